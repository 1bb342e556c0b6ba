/** Who you are, and comments pinned to steps, flows and stages (issue J). */
export const comments = {
  /** Who you are: the display name and colour for comments, votes and presence. */
  identity: {
    title: 'Who are you?',
    why: 'Your name and colour go with your comments and votes, and others see them in a workshop. They stay on this computer; you can change them in Settings.',
    name: 'Display name',
    colour: 'Colour',
    nameNeeded: 'Type the name others will see.',
    save: 'Save',
    cancel: 'Cancel',
    failed: 'Your name was not saved: {{detail}}',
    settingTitle: 'Who you are',
    settingHint: 'Shown with your comments and votes, and to others in a workshop.',
    notSet: 'Not set yet: asked the first time you comment or vote.',
    set: 'Set name and colour…',
    change: 'Change…',
    colours: {
      red: 'Red',
      orange: 'Orange',
      olive: 'Olive',
      green: 'Green',
      teal: 'Teal',
      blue: 'Blue',
      purple: 'Purple',
      magenta: 'Magenta',
      slate: 'Slate grey',
    },
  },
} as const;
