/**
 * The native menu, built from the one action registry (shared/actions.ts): its
 * layout, labels and accelerators are the registry's, never restated here. Each
 * action item sends its typed id to the renderer, which runs it through the same
 * registry as the toolbar and the keyboard. Shortcuts are shown but not registered
 * with the system (`registerAccelerator: false`, Windows and Linux): the renderer
 * owns the keys, so Ctrl+Z in a text field is handled once, by the renderer.
 * Cut, copy, paste and select all stay the system's roles so they serve text fields too.
 * File > Open Recent lists the recent files; choosing one asks the renderer to open it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_LABELS, MENU_LABELS, MENU_LAYOUT, menuAccelerator, type ActionId } from '../shared/actions';
import type { MenuCommand } from '../shared/ipc';

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  /** Files for File > Open Recent, newest first. */
  recent?: readonly { path: string; name: string }[];
  /** Asks the renderer to open a path (a recent file). */
  openPath?: (path: string) => void;
}

const ROLES: Record<string, MenuItemConstructorOptions['role']> = {
  '@cut': 'cut',
  '@copy': 'copy',
  '@paste': 'paste',
  '@select-all': 'selectAll',
};

export function menuTemplate(send: (command: MenuCommand) => void, options: MenuOptions): MenuItemConstructorOptions[] {
  const item = (entry: string): MenuItemConstructorOptions => {
    if (entry === '-') return { type: 'separator' };
    if (entry === '@open-recent') return openRecent(options);
    const role = ROLES[entry];
    if (role) return { role };
    const id = entry as MenuCommand & ActionId;
    const accelerator = menuAccelerator(id);
    return {
      id,
      label: ACTION_LABELS[id],
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => send(id),
    };
  };
  const submenu = (entries: readonly string[]) => entries.map(item);

  const file: MenuItemConstructorOptions = {
    label: MENU_LABELS.file,
    submenu: [
      ...submenu(MENU_LAYOUT.file),
      ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: MENU_LABELS.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = { label: MENU_LABELS.edit, submenu: submenu(MENU_LAYOUT.edit) };
  const journey: MenuItemConstructorOptions = { label: MENU_LABELS.journey, submenu: submenu(MENU_LAYOUT.journey) };

  const view: MenuItemConstructorOptions[] = options.isDev
    ? [{ label: MENU_LABELS.view, submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] }]
    : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: MENU_LABELS.help,
    submenu: [
      ...submenu(MENU_LAYOUT.help),
      { type: 'separator' },
      { role: 'about', label: MENU_LABELS.about.replace('{{app}}', options.appName) },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, journey, ...view, help];
}

/** File > Open Recent: one item per recent file (its name, then where it is), or a disabled placeholder. */
function openRecent(options: MenuOptions): MenuItemConstructorOptions {
  const recent = options.recent ?? [];
  const open = options.openPath;
  return {
    id: 'open-recent',
    label: MENU_LABELS.openRecent,
    submenu:
      recent.length === 0 || !open
        ? [{ label: MENU_LABELS.noRecent, enabled: false }]
        : recent.map((file) => ({
            // `&` marks a mnemonic in menu labels; a literal one is doubled.
            label: `${file.name} — ${file.path}`.replaceAll('&', '&&'),
            click: () => open(file.path),
          })),
  };
}
