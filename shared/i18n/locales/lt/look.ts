import type { Messages } from '../../messages';

/** lt: the visual system: theme choice and appearance settings, translated from ../en/look.ts. */
export const look: Messages = {
  look: {
    theme: {
      title: 'Išvaizda',
      system: 'Kaip sistemoje',
      light: 'Šviesi',
      dark: 'Tamsi',
      hint: '„Kaip sistemoje“ seka kompiuterio šviesų arba tamsų nustatymą.',
    },
    /** The toolbar's overflow menu: the actions that do not fit on its row. */
    more: 'Daugiau',
    moreTitle: 'Daugiau veiksmų',
  },
};
