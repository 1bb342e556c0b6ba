/** The personas and customer types (issue I). */
export const personas = {
  personas: {
    panel: {
      title: 'Personas',
      intro:
        'Who lives this journey. A persona can feel and think differently at a step; see the journey as one of them with the persona filter.',
      empty: 'No personas yet. Add one for each kind of customer the journey serves.',
      add: 'Add persona',
      newName: 'New persona',
      list: 'Personas of the journey',
      name: 'Name',
      description: 'Description',
      goals: 'Goals',
      goalsHint: 'One goal per line.',
      customerType: 'Customer type',
      remove: 'Remove persona',
      removeAsk: 'Remove the persona: {{name}}?',
      removeOverrides_one: 'Its own emotion or thoughts on {{count}} step go with it (Undo brings both back).',
      removeOverrides_other: 'Its own emotion or thoughts on {{count}} steps go with it (Undo brings both back).',
      removeConfirm: 'Remove',
      cancel: 'Cancel',
      close: 'Close personas',
      differsNone: 'Lives every step as the default',
      differs_one: 'Differs from the default on {{count}} step',
      differs_other: 'Differs from the default on {{count}} steps',
      seeAs: 'See the journey as this persona',
      seeingAs: 'The journey is shown as this persona',
    },
    guidance: {
      heading: 'How to serve this customer',
      source: 'From the customer types of the service material.',
      angry:
        'Stay in control and do not get caught up in the emotion.\nNever say "there is no reason to be angry": it makes things worse.\nGet past the feelings to the facts you need to solve the problem.\nPromise only what you can keep; be clear about what you can and cannot do.\nAsk how they would like the problem solved.',
      arguer: 'Speak softly.\nAsk for their opinion.\nFocus on what you agree on.\nCount to ten before you answer.',
      talker:
        'Show interest, but manage the time.\nSay clearly that you have other customers to serve.\nRemember they may talk so much because they are alone.',
      'chronic complainer':
        'Separate the real complaints from the rest.\nDo not get defensive, whatever is said; let them talk.\nWhen a complaint is justified, act to solve the problem.',
      rude: 'Do not try to put them in their place.\nBe courteous, especially courteous: they start to return the respect you show.\nUnder the arrogance they often feel alone and unsure.',
      demanding:
        'They interrupt and ask for attention at once, often out of insecurity.\nTreat them with the same respect as everyone else.\nGive no special treatment: do not give in to the demands.',
      none: 'The service material gives no special rules for this customer type.',
    },
    inspector: {
      heading: 'Persona',
      persona: 'Show as persona',
      none: 'Default (every customer)',
      emotion: 'Emotion of this persona',
      asDefault: 'As the default: {{value}}',
      notAssessed: 'not assessed',
      thoughts: 'Thoughts of this persona',
      thoughtsHint:
        'One thought per line. Until you change them, here or in the thoughts row, this persona has the default thoughts shown here.',
      defaultSection:
        'These are the default thoughts, for every customer. The thoughts of the chosen persona are under Persona.',
      useDefault: 'Use the default thoughts',
      defaultThoughts: 'Default thoughts: {{thoughts}}',
      goals: 'Goals: {{goals}}',
    },
    curve: {
      default: 'Default',
    },
    filter: {
      kind: 'Persona',
    },
    commands: {
      setOverride: 'Set persona emotion and thoughts',
      setEmotion: 'Set persona emotion',
      setThoughts: 'Set persona thoughts',
      clearOverride: 'Reset persona to the default',
      clear: {
        emotion: 'Reset persona emotion',
        thoughts: 'Reset persona thoughts',
      },
    },
  },
} as const;
