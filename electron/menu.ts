/**
 * The native menu. Our own items send typed menu commands to the renderer,
 * which runs them through the same command registry as the toolbar and the
 * keyboard. Their shortcuts are shown but not registered with the system
 * (`registerAccelerator: false`, Windows and Linux): the renderer owns the
 * keys, so Ctrl+Z in a text field stays the field's own undo and nothing fires twice.
 * File > Open Recent lists the recent files; choosing one asks the renderer to open that path.
 */
import type { MenuItemConstructorOptions } from 'electron';
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

export function menuTemplate(send: (command: MenuCommand) => void, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(id),
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New project', 'new-project', 'CmdOrCtrl+N'),
      command('Open File…', 'open-file', 'CmdOrCtrl+O'),
      openRecent(options),
      // A new project from Mermaid `journey` text; the renderer picks and reads the file.
      command('Import Mermaid journey…', 'import-mermaid'),
      // Back to the project list; Ctrl+O now opens a file.
      command('Projects', 'open-project'),
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command('Close project', 'close-project', 'CmdOrCtrl+W'),
      ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions[] = options.isDev
    ? [{ label: '&View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] }]
    : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${options.appName}` }],
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

  return [...appMenu, file, edit, ...view, help];
}

/** File > Open Recent: one item per recent file (its name, then where it is), or a disabled placeholder. */
function openRecent(options: MenuOptions): MenuItemConstructorOptions {
  const recent = options.recent ?? [];
  const open = options.openPath;
  return {
    id: 'open-recent',
    label: 'Open Recent',
    submenu:
      recent.length === 0 || !open
        ? [{ label: 'No recent files', enabled: false }]
        : recent.map((file) => ({
            // `&` marks a mnemonic in menu labels; a literal one is doubled.
            label: `${file.name} — ${file.path}`.replaceAll('&', '&&'),
            click: () => open(file.path),
          })),
  };
}
