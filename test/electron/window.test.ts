// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from './electronMock';
import { DARK, LIGHT } from '../../shared/look/tokens';

vi.mock('electron', () => import('./electronMock'));

const { createMainWindow, hardenSession, hardenWebContents, isAllowedRequest, visibleBounds, windowOptions } =
  await import('../../electron/window');

beforeEach(() => resetElectronMock());

describe('windowOptions', () => {
  const prefs = windowOptions('/app/preload/index.cjs').webPreferences!;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('writes out %s: %s', (key, value) => {
    expect(Object.hasOwn(prefs, key)).toBe(true);
    expect(prefs[key]).toBe(value);
  });

  it('uses the given preload and no other script hooks', () => {
    expect(prefs.preload).toBe('/app/preload/index.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('uses remembered bounds when given, a default size otherwise', () => {
    expect(windowOptions('/p', { x: 1, y: 2, width: 900, height: 600 })).toMatchObject({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
    });
    const fresh = windowOptions('/p');
    expect(fresh).not.toHaveProperty('x');
    expect(fresh.width).toBeGreaterThan(0);
  });

  it("opens on the theme's own background, so a dark window does not flash white while loading", () => {
    expect(windowOptions('/p').backgroundColor).toBe(LIGHT.bg);
    expect(windowOptions('/p', null, 'dark').backgroundColor).toBe(DARK.bg);
  });
});

describe('visibleBounds', () => {
  const screenArea = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('keeps bounds that are on a display', () => {
    const state = { x: 100, y: 100, width: 800, height: 600, maximized: false };
    expect(visibleBounds(state, screenArea)).toEqual({ x: 100, y: 100, width: 800, height: 600 });
  });
  it('drops bounds on a display that is gone', () => {
    const state = { x: 3000, y: 100, width: 800, height: 600, maximized: false };
    expect(visibleBounds(state, screenArea)).toBeNull();
    expect(visibleBounds(null, screenArea)).toBeNull();
  });
});

describe('hardenWebContents', () => {
  it('cancels navigation, redirects and webviews, and denies new windows', () => {
    const contents = new BrowserWindow({}).webContents;
    hardenWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: unknown) => unknown;
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(check({}, 'notifications')).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);

    const filter = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: unknown, cb: unknown) => void;
    const decide = vi.fn();
    filter({ url: 'https://cdn.example/x.js' }, decide);
    expect(decide).toHaveBeenCalledWith({ cancel: true });
    filter({ url: 'app://touchmap/assets/a.js' }, decide);
    expect(decide).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('allows only the app, inline data, blobs, devtools and given dev origins', () => {
    expect(isAllowedRequest('app://touchmap/index.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AA==')).toBe(true);
    expect(isAllowedRequest('blob:app://touchmap/123')).toBe(true);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', ['http://localhost:5173'])).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', ['http://localhost:5173'])).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads the URL, restores bounds and remembers them on close', async () => {
    const saved: unknown[] = [];
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      url: 'app://touchmap/index.html',
      bounds: {
        get: () => ({ x: 50, y: 60, width: 1000, height: 700, maximized: true }),
        set: (state) => saved.push(state),
      },
    }) as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
    expect(window.maximize).toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://touchmap/index.html');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
    window.emit('close');
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: false }]);
  });
});
