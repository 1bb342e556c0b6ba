/** The visual system: theme choice and appearance settings. */
export const look = {
  look: {
    theme: {
      title: 'Appearance',
      system: 'System',
      light: 'Light',
      dark: 'Dark',
      hint: 'System follows your computer’s light or dark setting.',
    },
    /** The toolbar's overflow menu: the actions that do not fit on its row. */
    more: 'More',
    moreTitle: 'More actions',
  },
} as const;
