/**
 * Composition root: wires the main-process pieces together and nothing else.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { Events, isTouchmapPath } from '../shared/ipc';
import type { FileToken, LanguageInfo, MenuCommand } from '../shared/ipc';
import type { Language } from '../shared/i18n/languages';
import { electronDialogs, touchmapPathsFromArgv } from './files';
import { createServices } from './handlers';
import { joinCodeFromArgv, joinCodeFromLink, JoinLinkInbox, registerJoinScheme } from './joinLinks';
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
/** Whether the main window's page has loaded (and its preload can take open-path events). */
let pageLoaded = false;
/** Tokens of `.touchmap` files waiting for the page: from the command line, the system, a second instance. */
const pendingTokens: FileToken[] = [];
/** Grants the page a token for a path main learned (set once the services exist). */
let grantPath: ((path: string) => FileToken) | null = null;
/** Paths that arrived before the services existed (macOS hands files over before ready). */
const earlyPaths: string[] = [];
/** Join links' codes waiting for the page (a link can arrive before the window exists). */
const joinLinks = new JoinLinkInbox();
/** Opens the main window again if it was closed (set once the services exist). */
let reopenWindow: (() => void) | null = null;
const log = (message: string) => console.warn(message);

// 1. One instance: a second launch focuses the existing window instead, and opens the files it was given.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv: readonly string[] = [], workingDirectory: string = process.cwd()) => {
    focusMainWindow();
    void touchmapPathsFromArgv(argv.slice(1), workingDirectory).then((paths) => paths.forEach(openPath));
    // Windows and Linux start the app again with a clicked join link as an argument.
    const code = joinCodeFromArgv(argv.slice(1), log);
    if (code) openJoinLink(code);
  });
  // macOS hands over a clicked join link with this event, possibly before ready.
  app.on('open-url', (event, url: string) => {
    event.preventDefault();
    const code = joinCodeFromLink(url, log);
    if (code) openJoinLink(code);
  });
  // touchmap:// links open Touchmap (installers register it too, build/electron-builder.yml).
  registerJoinScheme(app, process, log);
  // macOS hands over files (double click, drag onto the dock icon) with this event, possibly before ready.
  app.on('open-file', (event, path: string) => {
    event.preventDefault();
    if (isTouchmapPath(path)) openPath(path);
  });

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

  // The menu is built again when the recent files or the UI language change.
  let recentFiles: readonly { path: string; name: string }[] = [];
  let language: LanguageInfo | undefined;
  let chooseLanguage: (choice: Language | null) => void = () => {};
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(sendMenuCommand, {
          isMac: process.platform === 'darwin',
          isDev,
          appName: app.name,
          recent: recentFiles,
          openPath,
          ...(language ? { language } : {}),
          chooseLanguage: (choice) => chooseLanguage(choice),
        }),
      ),
    );

  const {
    library,
    handlers,
    grants,
    language: languages,
    workshop,
  } = createServices({
    dataDir: app.getPath('userData'),
    trash: (path) => shell.trashItem(path),
    dialogs: electronDialogs(dialog, () => BrowserWindow.getFocusedWindow() ?? mainWindow),
    onRecentChange: (recent) => {
      recentFiles = recent;
      setMenu();
    },
    // The system's languages, best first; the UI follows the first Touchmap speaks (else English).
    systemLocales: [...app.getPreferredSystemLanguages(), app.getLocale()],
    onLanguageChange: (info) => {
      language = info;
      setMenu();
      // Every window switches live (the page keeps its document and selection).
      for (const window of BrowserWindow.getAllWindows())
        window.webContents.send(Events.languageChanged, info.language);
    },
    // The window frame, native menus and dialogs follow the app's theme, not only the page.
    onThemeChange: (theme) => {
      nativeTheme.themeSource = theme;
    },
    // Built next to main's own bundle (electron.vite.config.ts).
    library: { saveWorker: new URL('./saveWorker.js', import.meta.url) },
  });
  nativeTheme.themeSource = library.settings().theme;
  library.init().catch((error: unknown) => console.error('[touchmap] Library start-up failed:', error));

  const isOurUrl = (url: string) => isAppUrl(url) || (devOrigin !== null && url.startsWith(`${devOrigin}/`));
  const isOurWindow = (contents: unknown) => BrowserWindow.fromWebContents(contents as WebContents) !== null;
  registerHandlers(ipcMain, handlers, makeSenderCheck(isOurWindow, isOurUrl));
  grantPath = (path) => grants.grant(path);
  earlyPaths.splice(0).forEach(openPath);
  reopenWindow = () => {
    if (!mainWindow) openMainWindow(library.store);
  };

  language = languages.info();
  chooseLanguage = (choice) => {
    try {
      languages.choose(choice);
    } catch (error) {
      console.error('[touchmap] The language was not saved:', error);
    }
  };
  recentFiles = library.store.recent();
  setMenu();

  openMainWindow(library.store);
  // A project file given on the command line (a double click through the file association, say).
  void touchmapPathsFromArgv(process.argv.slice(1), process.cwd()).then((paths) => paths.forEach(openPath));
  // A join link the app was started with (Windows, Linux; macOS sends open-url instead).
  const startCode = joinCodeFromArgv(process.argv.slice(1), log);
  if (startCode) openJoinLink(startCode);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(library.store);
  });

  // Let queued project writes finish before the process exits.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    // A hosted workshop's server stops with the app: it listens only while hosting.
    void Promise.allSettled([library.flush(), workshop.leave()]).finally(() => {
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
    theme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light',
  });
  pageLoaded = false;
  mainWindow.webContents.on('did-finish-load', () => {
    pageLoaded = true;
    for (const token of pendingTokens.splice(0)) mainWindow?.webContents.send(Events.openFile, token);
    const window = mainWindow;
    joinLinks.connect((code) => window?.webContents.send(Events.joinLink, code));
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    pageLoaded = false;
    joinLinks.connect(null);
  });
}

/** Ask the page to open a `.touchmap` file main learned of, by a token for it, once the page can hear it. */
function openPath(path: string): void {
  if (!grantPath) {
    earlyPaths.push(path);
    return;
  }
  const token = grantPath(path);
  if (mainWindow && pageLoaded) mainWindow.webContents.send(Events.openFile, token);
  else pendingTokens.push(token);
}

/**
 * A join link was clicked: bring the main window forward (opening it again if it was closed)
 * and have its page open the Join workshop dialog with the code, once the page can hear it.
 */
function openJoinLink(code: string): void {
  reopenWindow?.();
  focusMainWindow();
  joinLinks.deliver(code);
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
