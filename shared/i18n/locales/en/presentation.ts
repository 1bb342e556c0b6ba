/** Presentation mode for the projector (issue J): slides, their announcements, the workshop timer. */
export const presentation = {
  presentation: {
    /** The full-screen view's accessible name. */
    region: 'Presentation',
    /** The title slide. */
    kicker: 'Customer journey',
    stateName: 'Journey state: {{name}}',
    personaName: 'As lived by: {{name}}',
    stageCount_one: '{{count, number}} stage',
    stageCount_other: '{{count, number}} stages',
    stepCount_one: '{{count, number}} step',
    stepCount_other: '{{count, number}} steps',
    momentCount_one: '{{count, number}} moment of truth',
    momentCount_other: '{{count, number}} moments of truth',
    begin: 'Press the right arrow or Space to begin.',
    /** The stage and step headings' kickers. */
    stageOf: 'Stage {{n}} of {{total}}',
    noStage: 'Steps without a stage',
    stepOf: 'Step {{n}} of {{total}}',
    emptyStage: 'No steps in this stage yet.',
    noRows: 'The map shows no rows for these steps.',
    unnamed: 'Untitled',
    /** What the live region says when a slide is shown. */
    announceTitle: 'Title: {{name}}',
    announceStage: 'Stage {{n}} of {{total}}: {{name}}',
    announceNoStage: '{{name}}',
    announceStep: 'Step {{n}} of {{total}}: {{name}}',
    /** The slide counter in the corner and the stage progress above. */
    counter: 'Slide {{n}} of {{total}}',
    progress: 'Stages',
    keys: '← → move · 1–9 stage · T timer · Esc leave',
    leave: 'Leave the presentation',
    notFullScreen: 'Full screen was not allowed: presenting in the window.',
    /** A step's annotations on its slide. */
    notContact: 'Not a contact moment.',
    contactVia: '{{channel}}',
    contactBy: '{{channel}} · {{actor}}',
    riskScore: '{{score}} · {{level}}',
    riskFactors: 'Likelihood {{likelihood}} × impact {{impact}}',
    /** A label and its value ("Risk: 4 · Low"), a label before its text, an emotion's number and name. */
    labelled: '{{label}}: {{value}}',
    labelHead: '{{label}}:',
    emotionValue: '{{value}} {{name}}',
    mitigation: 'Mitigation',
    gapValue: '{{gap}} · {{band}}',
    measuresMet: '{{done}} of {{total}} measures met',
    moreNotes: '+{{count, number}} more',
    /** The workshop timer. */
    timer: {
      label: 'Workshop timer',
      start: 'Start the timer (T)',
      pause: 'Pause the timer (T)',
      reset: 'Reset the timer (R)',
      longer: 'One minute more on the countdown (+)',
      shorter: 'One minute less on the countdown (−)',
      countingUp: 'Counting up',
      countdown: 'Countdown of {{minutes, number}} min',
      started: 'Timer started',
      paused: 'Timer paused at {{time}}',
      resetDone: 'Timer reset',
      timeUp: 'Time is up',
    },
  },
} as const;
