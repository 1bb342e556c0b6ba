import { ACTION_LABELS, MENU_LABELS } from '../../../actions';

/** Main's words: actions (toolbar, menu, shortcuts sheet), menus, native dialogs, errors, the language choice. */
export const main = {
  /** Every action's label, from the one registry (shared/actions.ts). */
  actions: ACTION_LABELS,
  menu: MENU_LABELS,
  language: {
    /** The Language menu and the settings dialog's language field. */
    title: 'Language',
  },
} as const;
