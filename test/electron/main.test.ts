// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { Channels, Events, FILE_TOKEN_PATTERN } from '../../shared/ipc';
import { blankProject } from '../../shared/model';
import { encodeJoinCode, joinLink } from '../../shared/workshopJoin';
import type * as ElectronMock from './electronMock';
import { useTempDirs } from './storage/tempDir';

vi.mock('electron', () => import('./electronMock'));

const tempDir = useTempDirs();

type Mock = typeof ElectronMock;

/**
 * Import main afresh (it runs at import) against a fresh mock, configured
 * first by `configure`, and let `whenReady().then(start)` run.
 */
async function startMain(configure: (electron: Mock) => void = () => undefined): Promise<Mock> {
  vi.resetModules();
  // The mock factory's result outlives resetModules: this is the instance main will see.
  const electron = (await import('electron')) as unknown as Mock;
  electron.resetElectronMock();
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  electron.app.userData = await tempDir();
  configure(electron);
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron;
}

type Invoke = (event: unknown, payload: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }>;

/** Call the open-file channel as the page in `window` would, with a token main sent it. */
async function openByToken(electron: Mock, token: unknown) {
  const window = electron.BrowserWindow.instances[0]!;
  const handle = electron.ipcMain.handle.mock.calls.find((c) => c[0] === Channels.openFile)![1] as Invoke;
  const event = { sender: window.webContents, senderFrame: { url: 'app://touchmap/index.html', parent: null } };
  return handle(event, { token });
}

/** The tokens main sent the page to open. */
function sentTokens(electron: Mock): unknown[] {
  const window = electron.BrowserWindow.instances[0]!;
  return window.webContents.send.mock.calls.filter((c) => c[0] === Events.openFile).map((c) => c[1]);
}

const projectText = (name: string) =>
  serializeProject(blankProject({ id: name.toLowerCase(), name, now: '2025-01-01T00:00:00.000Z' }));

describe('main', () => {
  it('registers the scheme before ready, then wires protocol, session, IPC, menu and window', async () => {
    let registeredBeforeReady = false;
    const { protocol, session, ipcMain, Menu, BrowserWindow } = await startMain(({ app, protocol }) => {
      app.whenReady.mockImplementationOnce(() => {
        registeredBeforeReady = protocol.registerSchemesAsPrivileged.mock.calls.length === 1;
        return Promise.resolve();
      });
    });
    expect(registeredBeforeReady).toBe(true);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const channels = ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.values(Channels).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    expect(BrowserWindow.instances).toHaveLength(1);
    const [window] = BrowserWindow.instances;
    expect(window!.loadURL).toHaveBeenCalledWith('app://touchmap/index.html');
    const prefs = (window!.options as { webPreferences: { preload: string; sandbox: boolean } }).webPreferences;
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(prefs.sandbox).toBe(true);
  });

  it("sets Electron's theme source whenever the user changes the theme, and from the saved one at start", async () => {
    const electron = await startMain();
    expect(electron.nativeTheme.themeSource).toBe('system');
    const [window] = electron.BrowserWindow.instances;
    const handle = electron.ipcMain.handle.mock.calls.find((c) => c[0] === Channels.setSettings)![1] as Invoke;
    const event = { sender: window!.webContents, senderFrame: { url: 'app://touchmap/index.html', parent: null } };
    expect(await handle(event, { settings: { theme: 'dark' } })).toMatchObject({ ok: true });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    const dataDir = electron.app.userData;
    const again = await startMain(({ app }) => {
      app.userData = dataDir;
    });
    expect(again.nativeTheme.themeSource).toBe('dark');
  });

  it('sends menu commands to the main window', async () => {
    const { Menu, BrowserWindow } = await startMain();
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as {
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const save = template.flatMap((m) => m.submenu ?? []).find((i) => i.label === 'Save')!;
    save.click!();
    expect(BrowserWindow.instances[0]!.webContents.send).toHaveBeenCalledWith(Events.menuCommand, 'save');
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { app, BrowserWindow } = await startMain();
    const [window] = BrowserWindow.instances;
    app.emit('second-instance');
    expect(window!.focus).toHaveBeenCalled();
  });

  it('opens a .touchmap file named on the command line once the page has loaded, by a token for it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hotel.touchmap');
    await writeFile(file, projectText('Hotel'));
    const argv = process.argv;
    process.argv = [argv[0]!, '--inspect=0', file, join(dir, 'missing.touchmap'), join(dir, 'notes.txt')];
    try {
      const electron = await startMain();
      const [window] = electron.BrowserWindow.instances;
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Not before the page (and its preload) can hear it.
      expect(sentTokens(electron)).toEqual([]);
      window!.webContents.emit('did-finish-load');
      const tokens = sentTokens(electron);
      expect(tokens).toEqual([expect.stringMatching(FILE_TOKEN_PATTERN)]);
      // The page never sees the path travel back: it opens by the token.
      expect(JSON.stringify(window!.webContents.send.mock.calls)).not.toContain(file);
      expect(await openByToken(electron, tokens[0])).toMatchObject({ ok: true, value: { name: 'Hotel' } });
    } finally {
      process.argv = argv;
    }
  });

  it('opens the .touchmap files a second instance was given, relative to its working folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'shop.touchmap'), projectText('Shop'));
    const electron = await startMain();
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.emit('did-finish-load');
    electron.app.emit('second-instance', {}, ['/usr/bin/touchmap', 'shop.touchmap', '--no-sandbox', 'other.txt'], dir);
    await vi.waitFor(() => expect(sentTokens(electron)).toHaveLength(1));
    expect(await openByToken(electron, sentTokens(electron)[0])).toMatchObject({ ok: true, value: { name: 'Shop' } });
    expect(window!.focus).toHaveBeenCalled();
  });

  it('lists recent files under File > Open Recent, and choosing one asks the page to open it', async () => {
    const electron = await startMain(({ app }) => {
      // A library that already remembers a file from an earlier session.
      const recent = [{ path: '/maps/hotel.touchmap', name: 'Hotel stay', openedAt: '2025-03-01T10:00:00.000Z' }];
      writeFileSync(join(app.userData, 'library.json'), JSON.stringify({ recent }));
    });
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.emit('did-finish-load');
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Item[];
    const recent = flat(template).find((i) => i.label === 'Open Recent')!;
    expect(recent.submenu!.map((i) => i.label)).toEqual(['Hotel stay — /maps/hotel.touchmap']);
    recent.submenu![0]!.click!();
    const [token] = sentTokens(electron);
    // The token names that file (gone since): main reads the path behind it, and says so.
    const opened = await openByToken(electron, token);
    expect(opened.ok).toBe(false);
    expect(opened.error).toContain('the file /maps/hotel.touchmap is not there');
  });

  it('rebuilds Open Recent after a file is opened through the IPC channel', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shop.touchmap');
    await writeFile(file, projectText('Shop'));
    const electron = await startMain(({ dialog }) => {
      dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    });
    const { ipcMain, Menu, BrowserWindow } = electron;
    const [window] = BrowserWindow.instances;
    const handle = ipcMain.handle.mock.calls.find((c) => c[0] === Channels.openFile)![1] as Invoke;
    const event = { sender: window!.webContents, senderFrame: { url: 'app://touchmap/index.html', parent: null } };
    expect(await handle(event, {})).toMatchObject({ ok: true, value: { name: 'Shop' } });
    type Item = { label?: string; submenu?: Item[] };
    const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
    const latest = Menu.buildFromTemplate.mock.calls.at(-1)![0] as Item[];
    expect(
      flat(latest)
        .find((i) => i.label === 'Open Recent')!
        .submenu!.map((i) => i.label),
    ).toEqual([`Shop — ${file}`]);
  });

  describe('join links', () => {
    const code = encodeJoinCode(
      '192.168.1.20',
      41234,
      Uint8Array.from({ length: 16 }, (_, i) => i * 13),
    );
    const link = joinLink(code);
    /** The join codes main sent the page. */
    const sentCodes = (electron: Mock) =>
      electron.BrowserWindow.instances.flatMap((w) =>
        w.webContents.send.mock.calls.filter((c) => c[0] === Events.joinLink).map((c) => c[1]),
      );

    it('registers Touchmap as the handler of touchmap:// links', async () => {
      const { app } = await startMain();
      expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('touchmap');
    });

    it('a second instance started with a link focuses the window and sends the page its code', async () => {
      const electron = await startMain();
      const [window] = electron.BrowserWindow.instances;
      window!.webContents.emit('did-finish-load');
      window!.isMinimized.mockReturnValue(true);
      electron.app.emit(
        'second-instance',
        {},
        ['C:\\Touchmap\\Touchmap.exe', '--allow-file-access-from-files', link],
        '/',
      );
      expect(window!.restore).toHaveBeenCalled();
      expect(window!.focus).toHaveBeenCalled();
      expect(sentCodes(electron)).toEqual([code]);
      // The link's text (and so its token) is never sent as it came: only the checked code.
      expect(JSON.stringify(window!.webContents.send.mock.calls)).not.toContain('touchmap://');
    });

    it('sends nothing for an argument that is not exactly one join link', async () => {
      const electron = await startMain();
      const [window] = electron.BrowserWindow.instances;
      window!.webContents.emit('did-finish-load');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        for (const argv of [
          ['touchmap.exe', `--${link}`],
          ['touchmap.exe', `${link}&x=1`],
          ['touchmap.exe', link, link],
          ['touchmap.exe', `${link}${'9'.repeat(100_000)}`],
        ])
          electron.app.emit('second-instance', {}, argv, '/');
        expect(sentCodes(electron)).toEqual([]);
        expect(warn.mock.calls.flat().join('\n')).not.toContain(code.slice(0, 9));
      } finally {
        warn.mockRestore();
      }
    });

    it('holds a link macOS hands over before ready until the page has loaded (open-url)', async () => {
      let ready: () => void = () => undefined;
      const electron = await startMain(({ app }) => {
        app.whenReady.mockImplementationOnce(() => new Promise<void>((resolve) => (ready = resolve)));
      });
      const preventDefault = vi.fn();
      electron.app.emit('open-url', { preventDefault }, link);
      expect(preventDefault).toHaveBeenCalled();
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      ready();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [window] = electron.BrowserWindow.instances;
      expect(sentCodes(electron)).toEqual([]);
      window!.webContents.emit('did-finish-load');
      expect(sentCodes(electron)).toEqual([code]);
    });

    it('opens a link the app was started with, once the page has loaded', async () => {
      const argv = process.argv;
      process.argv = [argv[0]!, link];
      try {
        const electron = await startMain();
        const [window] = electron.BrowserWindow.instances;
        expect(sentCodes(electron)).toEqual([]);
        window!.webContents.emit('did-finish-load');
        expect(sentCodes(electron)).toEqual([code]);
      } finally {
        process.argv = argv;
      }
    });

    it('opens the window again for a link that arrives after it was closed (macOS)', async () => {
      const electron = await startMain();
      const [first] = electron.BrowserWindow.instances;
      first!.emit('closed');
      electron.app.emit('open-url', { preventDefault: () => undefined }, link);
      expect(electron.BrowserWindow.instances).toHaveLength(2);
      const second = electron.BrowserWindow.instances[1]!;
      second.webContents.emit('did-finish-load');
      expect(second.webContents.send).toHaveBeenCalledWith(Events.joinLink, code);
      expect(first!.webContents.send).not.toHaveBeenCalledWith(Events.joinLink, code);
    });
  });

  it('quits at once when another instance holds the lock', async () => {
    const { app, protocol, BrowserWindow } = await startMain(({ app }) => {
      app.requestSingleInstanceLock.mockReturnValue(false);
    });
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
