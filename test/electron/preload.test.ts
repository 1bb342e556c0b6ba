// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Channels, Events, PRELOAD_BUILT } from '../../shared/ipc';
import type { Api, MenuCommand, Method } from '../../shared/ipc';
import { encodeJoinCode, joinLink } from '../../shared/workshopJoin';
import { contextBridge, droppedPaths, ipcRenderer } from './electronMock';

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
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(Channels), 'onMenuCommand', 'onOpenFile', 'onLanguageChange', 'onJoinLink'].sort(),
    );
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  const direct = Object.entries(Channels).filter(([m]) => !(PRELOAD_BUILT as readonly string[]).includes(m));
  it.each(direct)('%s invokes %s with the payload', async (method, channel) => {
    const payload = { id: 'p1' };
    await (api[method as Exclude<Method, 'openDropped'>] as (p: unknown) => Promise<unknown>)(payload);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, payload);
  });

  it('opens a dropped file by the path Chromium recorded for it, never by one the page names', async () => {
    const fromDisk = new File(['{}'], 'hotel.touchmap');
    droppedPaths.set(fromDisk, '/home/ann/hotel.touchmap');
    ipcRenderer.invoke.mockClear();
    await api.openDropped(fromDisk);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(Channels.openDropped, {
      path: '/home/ann/hotel.touchmap',
    });

    // A File the page made, a path, an object with a path: none reaches main.
    ipcRenderer.invoke.mockClear();
    const forged: unknown[] = [
      new File(['{}'], '/etc/secret.touchmap'),
      '/etc/secret.touchmap',
      { path: '/etc/secret.touchmap' },
    ];
    for (const attempt of forged) {
      expect(await api.openDropped(attempt as File)).toEqual({
        ok: false,
        code: 'not-on-disk',
        error: 'not-on-disk',
      });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
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

  it('passes only known languages to a language listener, and unsubscribes', () => {
    const received: string[] = [];
    const off = api.onLanguageChange((language) => received.push(language));
    ipcRenderer.emit(Events.languageChanged, {}, 'hu');
    ipcRenderer.emit(Events.languageChanged, {}, 'klingon');
    ipcRenderer.emit(Events.languageChanged, {}, { language: 'lt' });
    off();
    ipcRenderer.emit(Events.languageChanged, {}, 'zh-CN');
    expect(received).toEqual(['hu']);
  });
});

describe('preload open-file events', () => {
  const token = (c: string) => c.repeat(32);
  it('holds tokens that arrive before anyone listens, hands them to the first listener, and drops anything else', () => {
    // Sent by main right after the page loads, possibly before the app subscribed.
    ipcRenderer.emit(Events.openFile, {}, token('a'));
    ipcRenderer.emit(Events.openFile, {}, '/maps/early.touchmap');
    ipcRenderer.emit(Events.openFile, {}, { token: token('x') });
    const first: string[] = [];
    const off = api.onOpenFile((t) => first.push(t));
    expect(first).toEqual([token('a')]);

    ipcRenderer.emit(Events.openFile, {}, token('b'));
    const second: string[] = [];
    const offSecond = api.onOpenFile((t) => second.push(t));
    ipcRenderer.emit(Events.openFile, {}, token('c'));
    off();
    ipcRenderer.emit(Events.openFile, {}, token('d'));
    offSecond();
    expect(first).toEqual([token('a'), token('b'), token('c')]);
    // A later listener gets only what arrives after it subscribed: held tokens were already delivered.
    expect(second).toEqual([token('c'), token('d')]);
  });
});

describe('preload join-link events', () => {
  const code = encodeJoinCode(
    '192.168.1.20',
    41234,
    Uint8Array.from({ length: 16 }, (_, i) => i * 7),
  );
  it('passes on only join codes, holds the latest for the first listener, and unsubscribes', () => {
    // A link the app was started with arrives as the page loads, before the app subscribed.
    ipcRenderer.emit(Events.joinLink, {}, encodeJoinCode('10.0.0.1', 80, new Uint8Array(16)));
    ipcRenderer.emit(Events.joinLink, {}, code);
    for (const forged of [joinLink(code), code.toLowerCase(), `${code}-AAAA`, { code }, 'x'.repeat(10_000), null])
      ipcRenderer.emit(Events.joinLink, {}, forged);
    const received: string[] = [];
    const off = api.onJoinLink((c) => received.push(c));
    expect(received).toEqual([code]);
    ipcRenderer.emit(Events.joinLink, {}, code);
    ipcRenderer.emit(Events.joinLink, {}, '../../etc/passwd');
    off();
    ipcRenderer.emit(Events.joinLink, {}, code);
    expect(received).toEqual([code, code]);
  });
});

describe('preload bundle', () => {
  it('imports at run time only electron and the zod-free channel list (a sandboxed preload cannot require more)', async () => {
    const { readFile } = await import('node:fs/promises');
    const runtimeImports = async (file: string) =>
      [...(await readFile(file, 'utf8')).matchAll(/^import (?!type)[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(await runtimeImports('electron/preload.ts')).toEqual(['electron', '../shared/ipcChannels']);
    // The menu commands come from the action registry, plain data with no imports of its own.
    expect(await runtimeImports('shared/ipcChannels.ts')).toEqual(['./actions', './i18n/languages']);
    expect(await runtimeImports('shared/actions.ts')).toEqual([]);
    expect(await runtimeImports('shared/i18n/languages.ts')).toEqual([]);
  });
});
