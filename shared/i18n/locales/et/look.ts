import type { Messages } from '../../messages';

/** et: the visual system: theme choice and appearance settings, translated from ../en/look.ts. */
export const look: Messages = {
  look: {
    theme: {
      title: 'Välimus',
      system: 'Nagu süsteemis',
      light: 'Hele',
      dark: 'Tume',
      hint: '„Nagu süsteemis“ järgib arvuti heledat või tumedat seadet.',
    },
    /** The toolbar's overflow menu: the actions that do not fit on its row. */
    more: 'Veel',
    moreTitle: 'Veel toiminguid',
  },
};
