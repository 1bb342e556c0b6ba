/**
 * The channel names, menu commands and file tokens, free of zod so the sandboxed
 * preload can bundle them without pulling in a validation library it cannot require.
 * Re-exported by ./ipc.ts, which is where everything else imports them from; the
 * contract of each channel (request schema, reply, size limit) is its table there.
 */
import { MENU_COMMANDS, type MenuCommand } from './actions';
import { isLanguage, type Language } from './i18n/languages';

/** The UI languages (plain data, no imports), for the preload's check of language events. */
export { isLanguage, type Language };

/**
 * Invoke channels (renderer -> main, with a reply), by the `Api` method that calls each:
 * the one list of them. ./ipc.ts gives each its contract under the same key.
 */
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
  getLanguage: 'settings:language',
  openFile: 'file:open',
  openDropped: 'file:open-dropped',
  saveAs: 'file:save-as',
  importFile: 'file:import',
  listRecent: 'file:recent',
  saveExport: 'export:save',
  getPdfFont: 'export:pdf-font',
  hostWorkshop: 'workshop:host',
  joinWorkshop: 'workshop:join',
  leaveWorkshop: 'workshop:leave',
  sendWorkshop: 'workshop:send',
  pollWorkshop: 'workshop:poll',
  removeParticipant: 'workshop:remove',
} as const;
/** An `Api` method that invokes a channel. */
export type Method = keyof typeof Channels;
export type Channel = (typeof Channels)[Method];

/**
 * The one channel whose request the page does not build: the preload resolves the dropped
 * `File` to its path itself (webUtils.getPathForFile), so the page can name no path.
 */
export const PRELOAD_BUILT = ['openDropped'] as const satisfies readonly Method[];

/** Event channels (main -> renderer, no reply). */
export const Events = {
  menuCommand: 'menu:command',
  /** A file token to open: for a path from the command line, a second instance, the OS, or File > Open Recent. */
  openFile: 'file:open-token',
  /** The UI language changed (the Language menu, the settings dialog): the page switches to it. */
  languageChanged: 'settings:language-changed',
  /**
   * A workshop join link was opened (a click on `touchmap://join?code=...`): its code, which the
   * page puts in the Join workshop dialog. Joining still waits for the user's Join.
   */
  joinLink: 'workshop:join-link',
} as const;

/**
 * A join code in its one spelling, as main sends it with a join link: 36 characters of the
 * code alphabet (shared/workshopJoin.ts, no I, L, O or U) in nine groups of four.
 */
export const JOIN_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){8}$/;

/** Whether a value received from main is a join code (the preload passes on nothing else). */
export function isJoinCode(value: unknown): value is string {
  return typeof value === 'string' && JOIN_CODE_PATTERN.test(value);
}

/** Commands the native menu sends to the renderer: the menu's actions in the one registry (./actions.ts). */
export { MENU_COMMANDS };
export type { MenuCommand };

/** Whether a value received from main is one of the menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The extension of project files; `isTouchmapPath` and main's checks use it. */
export const TOUCHMAP_EXTENSION = '.touchmap';

/** Whether a value looks like a project file path (a string ending in `.touchmap`). */
export function isTouchmapPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > TOUCHMAP_EXTENSION.length &&
    value.length <= 4096 &&
    !value.includes('\0') &&
    value.toLowerCase().endsWith(TOUCHMAP_EXTENSION)
  );
}

/**
 * An opaque name main gives the page for a file path main learned itself (recent list,
 * command line, the OS); the page opens the file by it and never sends a path.
 */
export type FileToken = string;

/** What a file token looks like: 32 url-safe base64 characters (192 random bits). */
export const FILE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function isFileToken(value: unknown): value is FileToken {
  return typeof value === 'string' && FILE_TOKEN_PATTERN.test(value);
}
