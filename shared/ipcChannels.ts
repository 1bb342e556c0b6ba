/**
 * The channel names and menu commands, free of zod so the sandboxed preload
 * can bundle them without pulling in a validation library it cannot require.
 * Re-exported by ./ipc.ts, which is where everything else imports them from.
 */
import type { Api } from './ipc';
import { MENU_COMMANDS, type MenuCommand } from './actions';

/** Invoke channels (renderer -> main, with a reply). */
export const Channels = {
  listProjects: 'library:list',
  createProject: 'project:create',
  openProject: 'project:open',
  saveProject: 'project:save',
  renameProject: 'project:rename',
  deleteProject: 'project:delete',
  listBackups: 'backup:list',
  restoreBackup: 'backup:restore',
  appendJournal: 'journal:append',
  readJournal: 'journal:read',
  discardJournal: 'journal:discard',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  openFile: 'file:open',
  saveAs: 'file:save-as',
  importFile: 'file:import',
  listRecent: 'file:recent',
  saveExport: 'export:save',
  getPdfFont: 'export:pdf-font',
} as const;
export type Channel = (typeof Channels)[keyof typeof Channels];

/** Event channels (main -> renderer, no reply). */
export const Events = {
  menuCommand: 'menu:command',
  /** A `.touchmap` path to open: from the command line, a second instance, the OS, or File > Open Recent. */
  openPath: 'file:open-path',
} as const;

/** Commands the native menu sends to the renderer: the menu's actions in the one registry (./actions.ts). */
export { MENU_COMMANDS };
export type { MenuCommand };

/** Whether a value received from main is one of the menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The extension of project files; `isTouchmapPath` and main's checks use it. */
export const TOUCHMAP_EXTENSION = '.touchmap';

/** Whether a value received from main looks like a project file path (a string ending in `.touchmap`). */
export function isTouchmapPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > TOUCHMAP_EXTENSION.length &&
    value.length <= 4096 &&
    !value.includes('\0') &&
    value.toLowerCase().endsWith(TOUCHMAP_EXTENSION)
  );
}

/** Which Api method calls which channel; the preload and the harness both build from this. */
export const API_METHODS = {
  listProjects: Channels.listProjects,
  createProject: Channels.createProject,
  openProject: Channels.openProject,
  saveProject: Channels.saveProject,
  renameProject: Channels.renameProject,
  deleteProject: Channels.deleteProject,
  listBackups: Channels.listBackups,
  restoreBackup: Channels.restoreBackup,
  appendJournal: Channels.appendJournal,
  readJournal: Channels.readJournal,
  discardJournal: Channels.discardJournal,
  getSettings: Channels.getSettings,
  setSettings: Channels.setSettings,
  openFile: Channels.openFile,
  saveAs: Channels.saveAs,
  importFile: Channels.importFile,
  listRecent: Channels.listRecent,
  saveExport: Channels.saveExport,
  getPdfFont: Channels.getPdfFont,
} as const satisfies Record<Exclude<keyof Api, 'onMenuCommand' | 'onOpenPath'>, Channel>;
