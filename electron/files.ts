/**
 * Files the user picks: the open and save dialogs, and `.touchmap` paths
 * arriving from the command line, a second instance or the system.
 *
 * Only types come from `electron` here: main passes the real `dialog` in, the
 * handlers and the end-to-end harness use the `Dialogs` interface (the harness
 * with a stub whose answers a test sets).
 */
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { isTouchmapPath, TOUCHMAP_EXTENSION } from '../shared/ipc';

/** The questions main asks the user about files. Each resolves to null (or false) when the user cancels. */
export interface Dialogs {
  /** Pick a `.touchmap` file to open. */
  showOpen(): Promise<string | null>;
  /** Pick where to save, suggesting `defaultName`. The dialog itself asks before replacing a file. */
  showSave(defaultName: string): Promise<string | null>;
  /** Ask whether to replace an existing file (for paths that did not come from the save dialog). */
  confirmOverwrite(path: string): Promise<boolean>;
  /** Pick where to write an export (an image or a report) of the given extension. */
  showExport(defaultName: string, extension: string): Promise<string | null>;
}

/** Used when no dialogs are wired (tests of other channels): every question is cancelled. */
export const NO_DIALOGS: Dialogs = {
  showOpen: async () => null,
  showSave: async () => null,
  confirmOverwrite: async () => false,
  showExport: async () => null,
};

const TOUCHMAP_FILTER = { name: 'Touchmap project', extensions: [TOUCHMAP_EXTENSION.slice(1)] };

/**
 * The dialogs over Electron's `dialog`, modal to the window `parent()` returns.
 * @param dialog Electron's dialog module (main passes it; tests pass a stand-in)
 */
export function electronDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  parent: () => BrowserWindow | null,
): Dialogs {
  return {
    async showOpen() {
      const options = {
        title: 'Open a Touchmap project',
        filters: [TOUCHMAP_FILTER, { name: 'Image exported by Touchmap', extensions: ['png', 'svg'] }],
        properties: ['openFile' as const],
      };
      const window = parent();
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const [path] = answer.filePaths;
      return answer.canceled || !path ? null : path;
    },
    async showSave(defaultName) {
      const options = {
        title: 'Save the project as',
        defaultPath: defaultName,
        filters: [TOUCHMAP_FILTER],
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
        title: 'Export',
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async confirmOverwrite(path) {
      const options = {
        type: 'question' as const,
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `"${basename(path)}" already exists. Replace it?`,
        detail: `The file at ${path} will be replaced by this project. The old file is kept as a backup.`,
      };
      const window = parent();
      const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return answer.response === 0;
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
  return `${safeFileBase(projectName) || 'Untitled journey'}${TOUCHMAP_EXTENSION}`;
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

/**
 * Why main will not touch a project path the renderer sent, or null if it may.
 * The schema already checked the extension; here: absolute (never relative to
 * wherever main happens to run).
 */
export function pathProblem(path: string): string | null {
  if (!isTouchmapPath(path)) return 'Only Touchmap project files (.touchmap) can be opened or saved.';
  if (!isAbsolute(path)) return `"${path}" is not a full path to a file.`;
  return null;
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
