/**
 * The native menu, built from the one action registry (shared/actions.ts): its
 * layout, labels and accelerators are the registry's, never restated here. Each
 * action item sends its typed id to the renderer, which runs it through the same
 * registry as the toolbar and the keyboard. Shortcuts are shown but not registered
 * with the system (`registerAccelerator: false`, Windows and Linux): the renderer
 * owns the keys, so Ctrl+Z in a text field is handled once, by the renderer.
 * Cut, copy, paste and select all stay the system's roles so they serve text fields too.
 * File > Open Recent lists the recent files; choosing one asks the renderer to open it.
 * Every label is a catalogue text in the menu's language (`t`), role items included, so
 * the menu follows the app's language rather than the system's; the Language menu
 * lists each language in its own name, and main builds the menu again when it changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LAYOUT, actionLabelKey, menuAccelerator, type ActionId } from '../shared/actions';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../shared/i18n/languages';
import { translator } from '../shared/i18n/translator';
import type { LanguageInfo, MenuCommand } from '../shared/ipc';

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  /** Files for File > Open Recent, newest first. */
  recent?: readonly { path: string; name: string }[];
  /** Asks the renderer to open a path (a recent file). */
  openPath?: (path: string) => void;
  /** The UI language and the user's choice; the menu is written in `language.language`. English when absent. */
  language?: LanguageInfo;
  /** The user picked a language in the Language menu (null: follow the system). */
  chooseLanguage?: (language: Language | null) => void;
}

/** The system roles placed in MENU_LAYOUT, with the `menu.*` key of each one's label. */
const ROLES: Record<string, { role: MenuItemConstructorOptions['role']; label: string }> = {
  '@cut': { role: 'cut', label: 'menu.cut' },
  '@copy': { role: 'copy', label: 'menu.copy' },
  '@paste': { role: 'paste', label: 'menu.paste' },
  '@select-all': { role: 'selectAll', label: 'menu.selectAll' },
};

const ENGLISH: LanguageInfo = { language: 'en', chosen: null, system: 'en' };

export function menuTemplate(send: (command: MenuCommand) => void, options: MenuOptions): MenuItemConstructorOptions[] {
  const language = options.language ?? ENGLISH;
  const t = translator(language.language);
  const app = { app: options.appName };
  const item = (entry: string): MenuItemConstructorOptions => {
    if (entry === '-') return { type: 'separator' };
    if (entry === '@open-recent') return openRecent(options, t);
    const role = ROLES[entry];
    if (role) return { role: role.role, label: t(role.label) };
    const id = entry as MenuCommand & ActionId;
    const accelerator = menuAccelerator(id);
    return {
      id,
      label: t(actionLabelKey(id)),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => send(id),
    };
  };
  const submenu = (entries: readonly string[]) => entries.map(item);

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      ...submenu(MENU_LAYOUT.file),
      ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('menu.quit') } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = { label: t('menu.edit'), submenu: submenu(MENU_LAYOUT.edit) };
  const journey: MenuItemConstructorOptions = { label: t('menu.journey'), submenu: submenu(MENU_LAYOUT.journey) };

  // View: the registry's view actions; in development also reload and the developer tools.
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...submenu(MENU_LAYOUT.view),
      ...(options.isDev
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: t('menu.reload') } as const,
            { role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const,
          ]
        : []),
    ],
  };

  // Each language in its own name, so a user who cannot read the current one still finds theirs.
  const choose = options.chooseLanguage;
  const languages: MenuItemConstructorOptions = {
    id: 'language',
    label: t('menu.language'),
    submenu: [
      {
        id: 'language:system',
        type: 'radio',
        label: t('language.system', { language: LANGUAGE_NAMES[language.system] }),
        checked: language.chosen === null,
        click: () => choose?.(null),
      },
      { type: 'separator' },
      ...LANGUAGES.map((lang): MenuItemConstructorOptions => ({
        id: `language:${lang}`,
        type: 'radio',
        label: LANGUAGE_NAMES[lang],
        checked: language.chosen === lang,
        click: () => choose?.(lang),
      })),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [...submenu(MENU_LAYOUT.help), { type: 'separator' }, { role: 'about', label: t('menu.about', app) }],
  };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about', label: t('menu.about', app) },
            { type: 'separator' },
            { role: 'hide', label: t('menu.hide', app) },
            { role: 'hideOthers', label: t('menu.hideOthers') },
            { role: 'unhide', label: t('menu.unhide') },
            { type: 'separator' },
            { role: 'quit', label: t('menu.quit') },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, journey, view, languages, help];
}

/** File > Open Recent: one item per recent file (its name, then where it is), or a disabled placeholder. */
function openRecent(options: MenuOptions, t: (key: string) => string): MenuItemConstructorOptions {
  const recent = options.recent ?? [];
  const open = options.openPath;
  return {
    id: 'open-recent',
    label: t('menu.openRecent'),
    submenu:
      recent.length === 0 || !open
        ? [{ label: t('menu.noRecent'), enabled: false }]
        : recent.map((file) => ({
            // `&` marks a mnemonic in menu labels; a literal one is doubled.
            label: `${file.name} — ${file.path}`.replaceAll('&', '&&'),
            click: () => open(file.path),
          })),
  };
}
