/**
 * The hardened main window. Every security-relevant preference is written out
 * even where it is Electron's default, so a reader (or a scanner) sees it.
 */
import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions, Rectangle, Session, WebContents } from 'electron';
import type { WindowState } from './storage/libraryStore';
import { PALETTES, type ThemeName } from '../shared/look/tokens';

export { CONTENT_SECURITY_POLICY } from './protocol';

const DEFAULT_SIZE = { width: 1280, height: 800 };

/** Window options with the security settings spelled out, and remembered bounds if they are on screen. */
export function windowOptions(
  preloadPath: string,
  bounds?: Rectangle | null,
  theme: ThemeName = 'light',
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Touchmap', // i18n-ignore: the product's name, the same in every language
    // The page's own background, so a dark theme does not flash white while the window loads.
    backgroundColor: PALETTES[theme].bg,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/**
 * Remembered bounds, if enough of the window would be visible on one of the
 * current displays (a monitor may have been unplugged since).
 */
export function visibleBounds(state: WindowState | null, workAreas: Rectangle[]): Rectangle | null {
  if (!state) return null;
  const { x, y, width, height } = state;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(x + width, area.x + area.width) - Math.max(x, area.x);
    const overlapY = Math.min(y + height, area.y + area.height) - Math.max(y, area.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return visible ? { x, y, width, height } : null;
}

/** Navigation and new windows are refused for any web contents the app creates. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The session grants no permissions (camera, notifications, ...) and loads
 * nothing remote: only our own scheme, inline data, blobs and devtools.
 * @param extraOrigins origins also allowed, e.g. the dev server in development
 */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
  >,
  extraOrigins: string[] = [],
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, extraOrigins) });
  });
}

export function isAllowedRequest(url: string, extraOrigins: string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['app:', 'data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  // The dev server's websocket (hot reload) shares its host with the page.
  const origin = parsed.protocol === 'ws:' ? `http://${parsed.host}` : parsed.origin;
  return extraOrigins.includes(origin);
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  bounds: { get(): WindowState | null; set(state: WindowState): void };
  /** The theme the window opens in (its background until the page paints). */
  theme?: ThemeName;
}

/** Create, harden and load the main window; its bounds are remembered when it closes. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = options.bounds.get();
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(windowOptions(options.preloadPath, visibleBounds(saved, workAreas), options.theme));
  hardenWebContents(window.webContents);
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    options.bounds.set({ x, y, width, height, maximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}
