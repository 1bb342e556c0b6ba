/**
 * Composition root: wires the main-process pieces together and nothing else.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { Events } from '../shared/ipc';
import type { MenuCommand } from '../shared/ipc';
import { createServices } from './handlers';
import { makeSenderCheck, registerHandlers } from './ipc';
import { menuTemplate } from './menu';
import { APP_ENTRY_URL, isAppUrl, registerAppScheme, serveApp } from './protocol';
import type { LibraryStore } from './storage/libraryStore';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const isDev = !app.isPackaged;
/** electron-vite's dev server, in development only. */
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;

let mainWindow: BrowserWindow | null = null;

// 1. One instance: a second launch focuses the existing window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  // 2. Before ready: the app:// scheme, and guards on every web contents ever created.
  registerAppScheme(protocol);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // 3. Ready: protocol, session, storage, IPC, menu, window.
  void app.whenReady().then(start);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function start(): void {
  serveApp(protocol, join(here, '../renderer'));
  hardenSession(session.defaultSession, devOrigin ? [devOrigin] : []);

  const { library, handlers } = createServices({
    dataDir: app.getPath('userData'),
    trash: (path) => shell.trashItem(path),
  });
  library.init().catch((error: unknown) => console.error('[touchmap] Library start-up failed:', error));

  const isOurUrl = (url: string) => isAppUrl(url) || (devOrigin !== null && url.startsWith(`${devOrigin}/`));
  const isOurWindow = (contents: unknown) => BrowserWindow.fromWebContents(contents as WebContents) !== null;
  registerHandlers(ipcMain, handlers, makeSenderCheck(isOurWindow, isOurUrl));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(sendMenuCommand, { isMac: process.platform === 'darwin', isDev, appName: app.name }),
    ),
  );

  openMainWindow(library.store);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(library.store);
  });

  // Let queued project writes finish before the process exits.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void library.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}

function openMainWindow(store: LibraryStore): void {
  mainWindow = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    bounds: { get: () => store.windowState(), set: (state) => store.setWindowState(state) },
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Menu commands go to the focused window (or the main one when none has focus). */
function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(Events.menuCommand, command);
}
