import type { Messages } from '../../messages';

/** hu: the visual system: theme choice and appearance settings, translated from ../en/look.ts. */
export const look: Messages = {
  look: {
    theme: {
      title: 'Megjelenés',
      system: 'Rendszer szerint',
      light: 'Világos',
      dark: 'Sötét',
      hint: 'A „Rendszer szerint” a számítógép világos vagy sötét beállítását követi.',
    },
    /** The toolbar's overflow menu: the actions that do not fit on its row. */
    more: 'Továbbiak',
    moreTitle: 'További műveletek',
  },
};
