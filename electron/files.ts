/**
 * Files the user picks: the open and save dialogs, `.touchmap` paths arriving
 * from the command line, a second instance or the system, and the checks every
 * path passes before main opens or writes it.
 *
 * Only types come from `electron` here: main passes the real `dialog` in, the
 * handlers and the end-to-end harness use the `Dialogs` interface (the harness
 * with a stub whose answers a test sets).
 */
import { stat } from 'node:fs/promises';
import { extname, posix, resolve, win32 } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { isTouchmapPath, TOUCHMAP_EXTENSION } from '../shared/ipc';
import { mt } from './language';

/** The questions main asks the user about files. Each resolves to null (or false) when the user cancels. */
export interface Dialogs {
  /** Pick a `.touchmap` file to open. */
  showOpen(): Promise<string | null>;
  /** Pick where to save, suggesting `defaultName`. The dialog itself asks before replacing a file. */
  showSave(defaultName: string): Promise<string | null>;
  /** Pick where to write an export (an image or a report) of the given extension. */
  showExport(defaultName: string, extension: string): Promise<string | null>;
}

/** Used when no dialogs are wired (tests of other channels): every question is cancelled. */
export const NO_DIALOGS: Dialogs = {
  showOpen: async () => null,
  showSave: async () => null,
  showExport: async () => null,
};

/** The project files' filter, named in main's current language. */
const touchmapFilter = () => ({ name: mt('dialogs.projectFilter'), extensions: [TOUCHMAP_EXTENSION.slice(1)] });

/**
 * The dialogs over Electron's `dialog`, modal to the window `parent()` returns. Titles and
 * filter names are in main's current language; the system draws the rest in its own.
 * @param dialog Electron's dialog module (main passes it; tests pass a stand-in)
 */
export function electronDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  parent: () => BrowserWindow | null,
): Dialogs {
  return {
    async showOpen() {
      const options = {
        title: mt('dialogs.openTitle'),
        filters: [
          touchmapFilter(),
          { name: mt('dialogs.imageFilter'), extensions: ['png', 'svg'] },
          { name: mt('viewer.open.filter'), extensions: ['html', 'htm'] },
        ],
        properties: ['openFile' as const],
      };
      const window = parent();
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const [path] = answer.filePaths;
      return answer.canceled || !path ? null : path;
    },
    async showSave(defaultName) {
      const options = {
        title: mt('dialogs.saveTitle'),
        defaultPath: defaultName,
        filters: [touchmapFilter()],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      // Some systems drop the extension the filter implies; the project must stay a .touchmap file.
      return withTouchmapExtension(answer.filePath);
    },
    async showExport(defaultName, extension) {
      const options = {
        title: mt('dialogs.exportTitle'),
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}

/** `path` with the `.touchmap` extension, added if it has another one or none. */
export function withTouchmapExtension(path: string): string {
  return extname(path).toLowerCase() === TOUCHMAP_EXTENSION ? path : `${path}${TOUCHMAP_EXTENSION}`;
}

/**
 * The name the save dialog suggests for a project: its name made safe for every
 * file system (no separators, reserved characters or trailing dots), plus `.touchmap`.
 */
export function suggestedFileName(projectName: string): string {
  return `${safeFileBase(projectName) || safeFileBase(mt('dialogs.untitled'))}${TOUCHMAP_EXTENSION}`;
}

/** A name made safe for every file system: no separators, reserved or control characters, or trailing dots. */
export function safeFileBase(name: string): string {
  return name
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/[\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
}

/** Windows device names: `C:\maps\NUL.touchmap` names the null device, not a file. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * Why main will not open or write `path` on `platform`, or null if it may: it must be a full
 * path to a file on a drive. On Windows, network shares (`\\host\share`) and device paths
 * (`\\?\`, `\\.\`) are refused, since opening one can reach another machine or a device
 * rather than a file, as are device names (`NUL`) and alternate data streams (`a.touchmap:x`).
 *
 * @example
 * pathProblem('\\\\host\\share\\map.touchmap', 'win32') // 'Touchmap opens and saves files on this computer\'s drives only…'
 * pathProblem('/home/ann/map.touchmap', 'linux') // null
 */
export function pathProblem(path: string, platform: NodeJS.Platform): string | null {
  if (path.includes('\0')) return mt('errors.notAFileName');
  if (platform !== 'win32') return posix.isAbsolute(path) ? null : mt('errors.notFullPath', { path });
  const p = path.replaceAll('/', '\\');
  if (p.startsWith('\\\\')) return mt('errors.networkPath', { path });
  if (!/^[A-Za-z]:\\/.test(p)) return mt('errors.notFullPath', { path });
  if (p.slice(2).includes(':')) return mt('errors.colonInName', { path });
  const name = win32.basename(p).replace(/[. ]+$/, '');
  if (WINDOWS_DEVICE_NAME.test(name)) return mt('errors.deviceName', { name: win32.basename(p) });
  return null;
}

/** Why main will not open `path` as a project, an exported image or an exported HTML map, or null if it may. */
export function openablePathProblem(path: string, platform: NodeJS.Platform): string | null {
  if (!/\.(touchmap|png|svg|html?)$/i.test(path)) return mt('viewer.open.onlyOpenable');
  return pathProblem(path, platform);
}

/** Why main will not save a project at `path`, or null if it may. */
export function projectPathProblem(path: string, platform: NodeJS.Platform): string | null {
  if (!isTouchmapPath(path)) return mt('errors.onlyProjects');
  return pathProblem(path, platform);
}

/**
 * The `.touchmap` files named on a command line that exist, as absolute paths.
 * Flags (`--foo`, `-x`) and anything not ending in `.touchmap` are ignored, so
 * Electron's and Chromium's own arguments pass by; relative paths are taken from `cwd`.
 */
export async function touchmapPathsFromArgv(argv: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !isTouchmapPath(arg)) continue;
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && !found.includes(path)) found.push(path);
  }
  return found;
}
