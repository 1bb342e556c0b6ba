/**
 * The one Electron mock for main-process and preload tests. Use it with
 *   vi.mock('electron', () => import('./electronMock'));
 * Each export is a vi.fn()-based stand-in holding just what our modules call.
 * Call `resetElectronMock()` in beforeEach to clear recorded calls.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A tiny event emitter, enough for `on`/`once`/`emit` in tests. */
class Emitter {
  listeners = new Map<string, Listener[]>();
  on = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  });
  once = vi.fn((name: string, listener: Listener) => this.on(name, listener));
  removeListener = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  });
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export class MockWebContents extends Emitter {
  setWindowOpenHandler = vi.fn();
  send = vi.fn();
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = vi.fn(() => BrowserWindow.instances);
  static getFocusedWindow = vi.fn((): BrowserWindow | null => null);
  static fromWebContents = vi.fn(
    (contents: unknown) => BrowserWindow.instances.find((w) => w.webContents === contents) ?? null,
  );
  webContents = new MockWebContents();
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  maximize = vi.fn();
  isMaximized = vi.fn(() => false);
  isMinimized = vi.fn(() => false);
  restore = vi.fn();
  focus = vi.fn();
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  constructor(readonly options: unknown) {
    super();
    BrowserWindow.instances.push(this);
  }
}

class MockApp extends Emitter {
  isPackaged = false;
  name = 'Touchmap';
  userData = '/nonexistent-user-data';
  getPath = vi.fn(() => this.userData);
  getVersion = vi.fn(() => '0.0.0-test');
  requestSingleInstanceLock = vi.fn(() => true);
  /** Registering Touchmap as the handler of a URL scheme (touchmap:// join links). */
  setAsDefaultProtocolClient = vi.fn((_protocol: string, _path?: string, _args?: string[]) => true);
  quit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  /** The system's languages, as Electron reports them (a test may set others before main starts). */
  systemLanguages = ['en-US'];
  getPreferredSystemLanguages = vi.fn(() => this.systemLanguages);
  getLocale = vi.fn(() => this.systemLanguages[0] ?? 'en-US');
}

export const app = new MockApp();
export const ipcMain = Object.assign(new Emitter(), { handle: vi.fn() });
export const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn(async () => ({ ok: true, value: null })) });
export const contextBridge = { exposeInMainWorld: vi.fn() };
/** The path Chromium recorded for a dropped File: tests put the Files that came from disk here. */
export const droppedPaths = new Map<unknown, string>();
export const webUtils = { getPathForFile: vi.fn((file: unknown) => droppedPaths.get(file) ?? '') };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
/** Electron's theme source: main sets it from the settings; the mock keeps what was set. */
export const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark', shouldUseDarkColors: false };
export const shell = { trashItem: vi.fn(async () => undefined) };
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
};
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  },
};

export function resetElectronMock(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  nativeTheme.themeSource = 'system';
  nativeTheme.shouldUseDarkColors = false;
  app.listeners.clear();
  ipcMain.listeners.clear();
  ipcRenderer.listeners.clear();
}

const electron = {
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  webUtils,
  protocol,
  shell,
  nativeTheme,
  dialog,
  screen,
  Menu,
  session,
  BrowserWindow,
};
export default electron;
