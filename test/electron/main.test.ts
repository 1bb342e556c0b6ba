// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { Channels, Events } from '../../shared/ipc';
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

  it('quits at once when another instance holds the lock', async () => {
    const { app, protocol, BrowserWindow } = await startMain(({ app }) => {
      app.requestSingleInstanceLock.mockReturnValue(false);
    });
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
