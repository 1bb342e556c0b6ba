// @vitest-environment node
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { makeSenderCheck, registerHandlers } from '../../electron/ipc';
import { isAppUrl } from '../../electron/protocol';
import { Channels, CONTRACT, MAX_PROJECT_FILE_BYTES } from '../../shared/ipc';
import type { Handlers } from '../../shared/ipc';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const appContents = { id: 1 };

function event(url: string, options: { contents?: unknown; parent?: unknown } = {}): IpcMainInvokeEvent {
  return {
    sender: options.contents ?? appContents,
    senderFrame: { url, parent: options.parent ?? null },
  } as unknown as IpcMainInvokeEvent;
}

function fakeHandlers(): Handlers {
  const ok = vi.fn(async () => ({ ok: true as const, value: null }));
  return Object.fromEntries(Object.values(Channels).map((c) => [c, ok])) as unknown as Handlers;
}

function setup(handlers = fakeHandlers()) {
  const registered = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => void registered.set(channel, listener)) };
  const log = vi.fn();
  const check = makeSenderCheck((contents) => contents === appContents, isAppUrl);
  registerHandlers(ipcMain, handlers, check, log);
  return { registered, handlers, log };
}

describe('registerHandlers', () => {
  it('registers every channel once', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.values(Channels).sort());
  });

  it('passes a valid call from the app window to the handler with the parsed payload', async () => {
    const { registered, handlers } = setup();
    const result = await registered.get(Channels.renameProject)!(event('app://touchmap/index.html'), {
      id: 'p1',
      name: '  Trimmed  ',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(handlers[Channels.renameProject]).toHaveBeenCalledWith({ id: 'p1', name: 'Trimmed' });
  });

  it('refuses an oversized project or journal by its size, before any schema or the handler runs', async () => {
    const { registered, handlers } = setup();
    const spies = [CONTRACT.saveProject.request, CONTRACT.saveAs.request, CONTRACT.appendJournal.request].map(
      (schema) => vi.spyOn(schema, 'safeParse'),
    );
    const big = 'x'.repeat(MAX_PROJECT_FILE_BYTES);
    const from = event('app://touchmap/index.html');
    const patches = [{ op: 'replace', path: ['description'], value: big }];
    const calls: [string, unknown][] = [
      [Channels.saveProject, { project: { id: 'p1', description: big } }],
      [Channels.saveAs, { project: { id: 'p1', description: big } }],
      [Channels.appendJournal, { id: 'p1', entries: [{ at: 'now', patches }] }],
    ];
    for (const [channel, payload] of calls) {
      const result = await registered.get(channel)!(from, payload);
      expect(result).toEqual({ ok: false, error: `Rejected ${channel}: the payload is larger than 50.0 MB.` });
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(handlers[Channels.saveProject]).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });

  it('rejects a payload that fails validation without calling the handler', async () => {
    const { registered, handlers, log } = setup();
    const result = await registered.get(Channels.createProject)!(event('app://touchmap/index.html'), {
      name: '',
      template: 'blank',
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Rejected project:create: name/) });
    expect(handlers[Channels.createProject]).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['a remote page', event('https://evil.example/index.html')],
    ['a file:// page', event('file:///tmp/index.html')],
    ['a subframe of the app', event('app://touchmap/index.html', { parent: {} })],
    ['a web contents that is not an app window', event('app://touchmap/index.html', { contents: { id: 2 } })],
    ['a destroyed frame', { sender: appContents, senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('rejects %s without calling the handler', async (_name, untrusted) => {
    const { registered, handlers, log } = setup();
    const result = await registered.get(Channels.deleteProject)!(untrusted, { id: 'p1' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/did not come from Touchmap's window/) });
    expect(handlers[Channels.deleteProject]).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'));
  });

  it('turns a handler that throws into a readable Result', async () => {
    const handlers = fakeHandlers();
    handlers[Channels.listProjects] = vi.fn(async () => {
      throw new Error('disk on fire');
    });
    const { registered } = setup(handlers);
    expect(await registered.get(Channels.listProjects)!(event('app://touchmap/'), undefined)).toEqual({
      ok: false,
      error: 'Something went wrong (disk on fire).',
    });
  });
});
