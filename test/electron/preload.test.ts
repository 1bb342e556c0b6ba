// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, Events } from '../../shared/ipc';
import type { Api, MenuCommand } from '../../shared/ipc';
import { contextBridge, ipcRenderer } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

let api: Api;

beforeAll(async () => {
  await import('../../electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]! as unknown as [string, Api];
  expect(name).toBe('touchmap');
  api = exposed;
});

describe('preload', () => {
  it('exposes exactly the Api methods and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'onMenuCommand', 'onOpenPath'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it.each(Object.entries(API_METHODS))('%s invokes %s with the payload', async (method, channel) => {
    const payload = { id: 'p1' };
    await (api[method as keyof typeof API_METHODS] as (p: unknown) => Promise<unknown>)(payload);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, payload);
  });

  it('passes valid menu commands to the listener, drops others, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const off = api.onMenuCommand((command) => received.push(command));
    ipcRenderer.emit(Events.menuCommand, {}, 'undo');
    ipcRenderer.emit(Events.menuCommand, {}, 'format-disk');
    ipcRenderer.emit(Events.menuCommand, {}, { command: 'save' });
    off();
    ipcRenderer.emit(Events.menuCommand, {}, 'redo');
    expect(received).toEqual(['undo']);
  });
});

describe('preload open-path events', () => {
  it('holds paths that arrive before anyone listens, hands them to the first listener, and drops non-.touchmap ones', () => {
    // Sent by main right after the page loads, possibly before the app subscribed.
    ipcRenderer.emit(Events.openPath, {}, '/maps/early.touchmap');
    ipcRenderer.emit(Events.openPath, {}, '/etc/passwd');
    ipcRenderer.emit(Events.openPath, {}, { path: '/maps/x.touchmap' });
    const first: string[] = [];
    const off = api.onOpenPath((path) => first.push(path));
    expect(first).toEqual(['/maps/early.touchmap']);

    ipcRenderer.emit(Events.openPath, {}, '/maps/second.TOUCHMAP');
    const second: string[] = [];
    const offSecond = api.onOpenPath((path) => second.push(path));
    ipcRenderer.emit(Events.openPath, {}, '/maps/third.touchmap');
    off();
    ipcRenderer.emit(Events.openPath, {}, '/maps/fourth.touchmap');
    offSecond();
    expect(first).toEqual(['/maps/early.touchmap', '/maps/second.TOUCHMAP', '/maps/third.touchmap']);
    // A later listener gets only what arrives after it subscribed: held paths were already delivered.
    expect(second).toEqual(['/maps/third.touchmap', '/maps/fourth.touchmap']);
  });
});

describe('preload bundle', () => {
  it('imports at run time only electron and the zod-free channel list (a sandboxed preload cannot require more)', async () => {
    const { readFile } = await import('node:fs/promises');
    const runtimeImports = async (file: string) =>
      [...(await readFile(file, 'utf8')).matchAll(/^import (?!type)[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(await runtimeImports('electron/preload.ts')).toEqual(['electron', '../shared/ipcChannels']);
    // The menu commands come from the action registry, plain data with no imports of its own.
    expect(await runtimeImports('shared/ipcChannels.ts')).toEqual(['./actions']);
    expect(await runtimeImports('shared/actions.ts')).toEqual([]);
  });
});
