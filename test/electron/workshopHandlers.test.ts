// @vitest-environment node
/**
 * The workshop channels (shared/workshopIpc.ts) called as a compromised page or a hostile peer
 * would call them, through main's real IPC wrapper (electron/ipc.ts: sender check, size, schema)
 * and the real WorkshopService hosting on loopback: a wrong sender frame, wrong types, oversized
 * and non-text updates, malformed and overlong join codes, prototype-pollution-shaped objects,
 * calls with no workshop running, a guest removing someone, the host removing no one, garbage
 * Yjs updates from the page and from a peer. Each is refused with a readable error and changes
 * nothing: the workshop's document, the peers' documents and the library on disk stay as they were.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createServices } from '../../electron/handlers';
import { makeSenderCheck, registerHandlers } from '../../electron/ipc';
import { isAppUrl } from '../../electron/protocol';
import { checkedPeer } from '../../electron/workshop';
import { connectClient } from '../../server/client';
import { Channels } from '../../shared/ipc';
import type { Channel, Result } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { createSyncedProject } from '../../shared/sync/binding';
import { MAX_UPDATE_CHARS, MAX_UPDATES_PER_SEND, type WorkshopNews } from '../../shared/workshopIpc';
import { MAX_JOIN_TEXT, parseJoinInput } from '../../shared/workshopJoin';
import { supermarket } from '../shared/commands/fixtures';
import { folderTrash } from '../support/trash';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const APP_URL = 'app://touchmap/index.html';
const appContents = { id: 1 };
const identity = { name: 'Anna', colour: '#1b6fd6' };

interface From {
  url?: string;
  parent?: unknown;
  contents?: unknown;
}

/** Main's services with the workshop on loopback, behind the real IPC wrapper and sender check. */
async function boot() {
  const dataDir = await tempDir();
  const log = vi.fn();
  const services = createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    log,
    workshop: { bindAddress: '127.0.0.1', joinTimeoutMs: 3000 },
  });
  cleanups.push(() => services.workshop.leave());
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<Result<unknown>>>();
  const ipcMain = { handle: (channel: string, fn: never) => void registered.set(channel, fn) };
  const check = makeSenderCheck((contents) => contents === appContents, isAppUrl);
  registerHandlers(ipcMain as never, services.handlers, check, log);
  const invoke = (channel: Channel, payload: unknown, from: From = {}) =>
    registered.get(channel)!(
      {
        sender: from.contents ?? appContents,
        senderFrame: { url: from.url ?? APP_URL, parent: from.parent ?? null },
      },
      payload,
    );
  return { ...services, dataDir, invoke, log };
}
type Main = Awaited<ReturnType<typeof boot>>;

async function host(main: Main): Promise<string> {
  const hosted = (await main.invoke(Channels.hostWorkshop, { project: supermarket(), identity })) as Result<{
    code: string;
  }>;
  if (!hosted.ok) throw new Error(hosted.error);
  return hosted.value.code;
}

/** The workshop's document in main, as the page would read it on a fresh poll. */
async function mainProject(main: Main): Promise<Project> {
  const news = (await main.invoke(Channels.pollWorkshop, { fresh: true, waitMs: 0 })) as Result<WorkshopNews>;
  if (!news.ok) throw new Error(news.error);
  const doc = new Y.Doc();
  for (const update of news.value.updates) Y.applyUpdate(doc, Buffer.from(update, 'base64'));
  const project = createSyncedProject(doc).read().project;
  doc.destroy();
  return project;
}

/** A Node peer in the host's workshop, counting the updates that reach it. */
async function peer(code: string) {
  const parsed = parseJoinInput(code);
  if (!parsed.ok) throw new Error(parsed.reason);
  const doc = new Y.Doc();
  const client = connectClient({ ...parsed.target, name: 'Peer', doc, WebSocketPolyfill: WebSocket });
  await client.synced;
  let updates = 0;
  doc.on('update', () => updates++);
  cleanups.push(() => {
    client.destroy();
    doc.destroy();
  });
  return { doc, client, synced: createSyncedProject(doc), updates: () => updates };
}

/** Names, sizes and contents of every file below `dir`. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<void> => {
    const items = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const path = join(folder, item.name);
      hash.update(`${path}\0${(await stat(path)).size}\0`);
      if (item.isDirectory()) await walk(path);
      else hash.update(await readFile(path));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectRefused(main: Main, cases: [string, Channel, unknown, RegExp, From?][]) {
  for (const [what, channel, payload, refusal, from] of cases) {
    const result = await main.invoke(channel, payload, from);
    expect(result.ok, what).toBe(false);
    if (!result.ok) expect(result.error, what).toMatch(refusal);
  }
}

describe('the workshop channels refuse a hostile page', () => {
  it('refuses every call from a frame that is not the app window, and the workshop stays as it was', async () => {
    const main = await boot();
    const code = await host(main);
    const other = await peer(code);
    const before = await mainProject(main);
    const garbageFree = Y.encodeStateAsUpdate(new Y.Doc());
    const strangers: [string, From][] = [
      ['a sub-frame', { parent: { url: APP_URL } }],
      ['another site', { url: 'https://evil.example/' }],
      ['a file page', { url: 'file:///tmp/x.html' }],
      ['another window', { contents: { id: 2 } }],
    ];
    for (const [who, from] of strangers) {
      await expectRefused(main, [
        [
          `${who}: host`,
          Channels.hostWorkshop,
          { project: supermarket(), identity },
          /did not come from Touchmap/,
          from,
        ],
        [`${who}: join`, Channels.joinWorkshop, { input: code, identity }, /did not come from Touchmap/, from],
        [`${who}: send`, Channels.sendWorkshop, { updates: [b64(garbageFree)] }, /did not come from Touchmap/, from],
        [`${who}: poll`, Channels.pollWorkshop, { fresh: true, waitMs: 0 }, /did not come from Touchmap/, from],
        [
          `${who}: remove`,
          Channels.removeParticipant,
          { id: other.client.clientId },
          /did not come from Touchmap/,
          from,
        ],
        [`${who}: leave`, Channels.leaveWorkshop, undefined, /did not come from Touchmap/, from],
      ]);
    }
    // Still hosting, the same document, the peer still in and told nothing.
    expect(main.workshop.active).toBe(true);
    expect(await mainProject(main)).toEqual(before);
    await settle();
    expect(other.updates()).toBe(0);
    const news = (await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 })) as Result<WorkshopNews>;
    expect(news).toMatchObject({ ok: true, value: { participants: [{ id: other.client.clientId, name: 'Peer' }] } });
  });

  it('refuses wrong types, oversized and non-text updates, bad codes and polluted objects, changing nothing', async () => {
    const main = await boot();
    const code = await host(main);
    const other = await peer(code);
    const before = await mainProject(main);
    const library = await fingerprint(main.dataDir);
    const longCode = 'A'.repeat(MAX_JOIN_TEXT + 1);
    const tooLong = 'A'.repeat(MAX_UPDATE_CHARS + 4);
    const polluted = (json: string) => JSON.parse(json) as unknown;
    await expectRefused(main, [
      ['an update as bytes', Channels.sendWorkshop, { updates: [new Uint8Array([1, 2, 3, 4])] }, /updates\.0/],
      ['an update as numbers', Channels.sendWorkshop, { updates: [[0, 0]] }, /updates\.0/],
      ['an update as an object', Channels.sendWorkshop, { updates: [{ length: 4 }] }, /updates\.0/],
      ['updates as one text', Channels.sendWorkshop, { updates: 'AAAA' }, /updates/],
      ['an update that is not base64', Channels.sendWorkshop, { updates: ['<script>'] }, /not base64/],
      ['an update over the limit', Channels.sendWorkshop, { updates: [tooLong] }, /updates\.0/],
      [
        'more updates than allowed',
        Channels.sendWorkshop,
        { updates: Array(MAX_UPDATES_PER_SEND + 1).fill('AAAA') },
        /updates/,
      ],
      ['a payload over the size limit', Channels.sendWorkshop, { updates: [tooLong, tooLong, tooLong] }, /larger than/],
      ['a send with an extra field', Channels.sendWorkshop, { updates: [], path: '/etc/passwd' }, /Unrecognized key/],
      [
        'a presence out of range',
        Channels.sendWorkshop,
        { updates: [], presence: { selection: [], pointer: { x: 1e300, y: 0 } } },
        /presence/,
      ],
      [
        'a presence with an odd selection',
        Channels.sendWorkshop,
        { updates: [], presence: { selection: [{ id: 'x' }], pointer: null } },
        /presence/,
      ],
      ['a poll wait of an hour', Channels.pollWorkshop, { fresh: false, waitMs: 3_600_000 }, /waitMs/],
      ['a poll wait as text', Channels.pollWorkshop, { fresh: false, waitMs: '10' }, /waitMs/],
      ['a poll with fresh as text', Channels.pollWorkshop, { fresh: 'yes', waitMs: 0 }, /fresh/],
      ['a participant id as a number', Channels.removeParticipant, { id: 7 }, /id/],
      ['an overlong participant id', Channels.removeParticipant, { id: 'x'.repeat(101) }, /id/],
      ['a join code as a number', Channels.joinWorkshop, { input: 1234, identity }, /input/],
      ['a join code too long', Channels.joinWorkshop, { input: longCode, identity }, /input/],
      ['a join without identity', Channels.joinWorkshop, { input: code }, /identity/],
      [
        'an identity with markup for a colour',
        Channels.joinWorkshop,
        { input: code, identity: { name: 'Eve', colour: 'red;background:url(x)' } },
        /colour/,
      ],
      [
        'an empty display name',
        Channels.joinWorkshop,
        { input: code, identity: { name: '  ', colour: '#000000' } },
        /name/,
      ],
      ['a host without a project', Channels.hostWorkshop, { identity }, /project/],
      ['leave with a payload', Channels.leaveWorkshop, { now: true }, /Rejected/],
      [
        'a polluted poll',
        Channels.pollWorkshop,
        polluted('{"fresh":false,"waitMs":0,"__proto__":{"polluted":true}}'),
        /Unrecognized key|__proto__/,
      ],
      [
        'a polluted identity',
        Channels.joinWorkshop,
        polluted(`{"input":"${code}","identity":{"name":"Eve","colour":"#000000","__proto__":{"polluted":true}}}`),
        /Unrecognized key|__proto__/,
      ],
      [
        'a polluted presence',
        Channels.sendWorkshop,
        polluted(
          '{"updates":[],"presence":{"selection":[],"pointer":null,"constructor":{"prototype":{"polluted":true}}}}',
        ),
        /Unrecognized key|constructor/,
      ],
      [
        'a polluted removal',
        Channels.removeParticipant,
        polluted('{"id":"x","__proto__":{"polluted":true}}'),
        /Unrecognized key|__proto__/,
      ],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Join codes that pass the contract but are not codes: refused by main's parser, and the
    // host's workshop is not left for them.
    await expectRefused(main, [
      ['a word for a code', Channels.joinWorkshop, { input: 'hello', identity }, /not a join code/],
      [
        'another scheme',
        Channels.joinWorkshop,
        { input: `https://evil.example/join?code=${code}`, identity },
        /not a join code/,
      ],
      ['a code one group short', Channels.joinWorkshop, { input: code.slice(5), identity }, /not a join code/],
      [
        'a code with a forbidden letter',
        Channels.joinWorkshop,
        { input: `U${code.slice(1)}`, identity },
        /not a join code/,
      ],
      ['nothing', Channels.joinWorkshop, { input: '', identity }, /Type the join code/],
    ]);
    expect(main.workshop.active).toBe(true);
    expect((await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 })).ok).toBe(true);
    expect(await mainProject(main)).toEqual(before);
    await settle();
    expect(other.updates()).toBe(0);
    expect(await fingerprint(main.dataDir)).toBe(library);
  }, 60_000);

  it('refuses sends and removals with no workshop running, and a removal by a guest or of no one', async () => {
    const main = await boot();
    const update = b64(Y.encodeStateAsUpdate(new Y.Doc()));
    await expectRefused(main, [
      ['a send with no workshop', Channels.sendWorkshop, { updates: [update] }, /No workshop is running/],
      [
        'a presence with no workshop',
        Channels.sendWorkshop,
        { updates: [], presence: { selection: [], pointer: null } },
        /No workshop is running/,
      ],
      ['a removal with no workshop', Channels.removeParticipant, { id: 'someone' }, /No workshop is running/],
    ]);
    const news = (await main.invoke(Channels.pollWorkshop, { fresh: true, waitMs: 0 })) as Result<WorkshopNews>;
    expect(news).toMatchObject({ ok: true, value: { active: false, updates: [] } });
    expect(main.workshop.active).toBe(false);

    const code = await host(main);
    const guest = await boot();
    expect(
      await guest.invoke(Channels.joinWorkshop, { input: code, identity: { name: 'Ben', colour: '#b83da0' } }),
    ).toEqual({ ok: true, value: null });
    await expect
      .poll(async () => (await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 })) as Result<WorkshopNews>)
      .toMatchObject({ ok: true, value: { participants: [{ name: 'Ben' }] } });
    const news2 = (await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 })) as Result<WorkshopNews>;
    if (!news2.ok) throw new Error(news2.error);
    const ben = news2.value.participants[0]!.id;
    await expectRefused(guest, [
      ['a guest removing the host', Channels.removeParticipant, { id: ben }, /Only the host can remove people/],
    ]);
    await expectRefused(main, [
      ['the host removing no one', Channels.removeParticipant, { id: 'nobody-here' }, /not in the workshop/],
    ]);
    // Ben is still in, and still gets the host's edits.
    expect(guest.workshop.active).toBe(true);
    const after = (await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 })) as Result<WorkshopNews>;
    expect(after).toMatchObject({ ok: true, value: { participants: [{ id: ben, name: 'Ben' }] } });
  }, 60_000);
});

describe('garbage Yjs updates', () => {
  it('from the page: refused whole, before any of the batch reaches the document or the peers', async () => {
    const main = await boot();
    const code = await host(main);
    const other = await peer(code);
    const before = await mainProject(main);
    // A real edit from the page, batched with garbage: the batch is refused whole.
    const pageDoc = new Y.Doc();
    const fresh = (await main.invoke(Channels.pollWorkshop, { fresh: true, waitMs: 0 })) as Result<WorkshopNews>;
    if (!fresh.ok) throw new Error(fresh.error);
    Y.applyUpdate(pageDoc, Buffer.from(fresh.value.updates[0]!, 'base64'));
    const pageSynced = createSyncedProject(pageDoc);
    const vector = Y.encodeStateVector(pageDoc);
    pageSynced.commit({ ...pageSynced.read().project, name: 'Renamed by the page' });
    const realEdit = Y.encodeStateAsUpdate(pageDoc, vector);
    const garbage = [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
      new Uint8Array([1, 1, 200, 200, 200, 1, 0, 40, 1, 7, 'p'.charCodeAt(0)]),
      new Uint8Array([9, 9, 9, 255, 255, 255, 255, 3]),
      realEdit.slice(0, Math.floor(realEdit.length / 2)),
    ];
    for (const [i, bad] of garbage.entries()) {
      const result = await main.invoke(Channels.sendWorkshop, { updates: [b64(realEdit), b64(bad)] });
      expect(result, `garbage ${i}`).toEqual({ ok: false, error: 'An edit could not be read and was not shared.' });
    }
    expect(await mainProject(main)).toEqual(before);
    await settle();
    expect(other.updates()).toBe(0);
    // The real edit alone goes through, to main and to the peer.
    expect(await main.invoke(Channels.sendWorkshop, { updates: [b64(realEdit)] })).toEqual({ ok: true, value: null });
    expect((await mainProject(main)).name).toBe('Renamed by the page');
    await expect.poll(() => other.synced.read().project.name).toBe('Renamed by the page');
  });

  it('from a peer: refused at the host, main keeps running and neither its document nor the page sees it', async () => {
    const main = await boot();
    const code = await host(main);
    const parsed = parseJoinInput(code);
    if (!parsed.ok) throw new Error(parsed.reason);
    const other = await peer(code);
    const before = await mainProject(main);
    const library = await fingerprint(main.dataDir);
    // Drain what the page has not polled yet.
    await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 0 });

    const message = (type: number, body: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'workshop');
      encoding.writeVarUint(e, type);
      body(e);
      return encoding.toUint8Array(e);
    };
    const auth = message(2, (e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, parsed.target.token);
    });
    const sync = (update: Uint8Array) =>
      message(0, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, update);
      });
    const sends: [string, Uint8Array][] = [
      ['an undecodable update', sync(new Uint8Array([9, 9, 9, 255, 255, 255, 255, 3]))],
      ['an unknown sync type', message(0, (e) => encoding.writeVarUint(e, 77))],
      ['bytes that are no message', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1])],
    ];
    for (const [what, bytes] of sends) {
      const ws = new WebSocket(parsed.target.url);
      await new Promise<void>((resolve, reject) => {
        ws.on('open', () => resolve());
        ws.on('error', reject);
      });
      const closed = new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
      ws.send(auth);
      await new Promise<void>((resolve) => ws.once('message', () => resolve()));
      ws.send(bytes);
      expect(await closed, what).toBeGreaterThan(1000);
    }
    // Main still hosts; nothing new for the page; its document and the peer's as they were.
    expect(main.workshop.active).toBe(true);
    const news = (await main.invoke(Channels.pollWorkshop, { fresh: false, waitMs: 300 })) as Result<WorkshopNews>;
    expect(news).toMatchObject({ ok: true, value: { active: true, updates: [] } });
    expect(await mainProject(main)).toEqual(before);
    expect(other.updates()).toBe(0);
    expect(await fingerprint(main.dataDir)).toBe(library);
    // The session goes on: the peer's next edit reaches main.
    other.synced.commit({ ...other.synced.read().project, name: 'Still here' });
    await expect.poll(async () => (await mainProject(main)).name).toBe('Still here');
  });

  it('a peer presence shaped to pollute or to smuggle markup is not passed on', () => {
    expect(checkedPeer(1, JSON.parse('{"__proto__":{"user":{"name":"Eve","colour":"#000000"}}}'))).toBeNull();
    expect(checkedPeer(2, { user: { name: 'Eve', colour: 'url(javascript:x)' } })).toBeNull();
    expect(checkedPeer(3, { user: { name: 'x'.repeat(500), colour: '#000000' } })).toBeNull();
    expect(
      checkedPeer(4, {
        user: { name: 'Eve', colour: '#000000' },
        presence: { selection: Array(5000).fill('s'), pointer: { x: Infinity, y: 0 } },
      }),
    ).toEqual({ clientId: 4, name: 'Eve', colour: '#000000', selection: [], pointer: null });
    expect(({} as Record<string, unknown>).user).toBeUndefined();
  });
});

describe('a hostile host', () => {
  it('sending garbage to a guest cannot crash main nor reach the page', async () => {
    const { WebSocketServer } = await import('ws');
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const frame = (type: number, body: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'workshop');
      encoding.writeVarUint(e, type);
      body(e);
      return encoding.toUint8Array(e);
    };
    const garbage = [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1]),
      frame(77, () => undefined),
      frame(0, (e) => encoding.writeVarUint(e, 77)),
      frame(0, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, new Uint8Array([9, 9, 9, 255, 255, 255, 255, 3]));
      }),
      frame(1, (e) => encoding.writeVarUint8Array(e, new Uint8Array([200, 200, 200]))),
      new Uint8Array([]),
    ];
    server.on('connection', (ws) => {
      for (const bytes of garbage) ws.send(bytes);
      // An auth "success" followed by more garbage.
      ws.send(frame(2, (e) => encoding.writeVarUint(e, 2)));
      for (const bytes of garbage) ws.send(bytes);
    });
    const port = (server.address() as { port: number }).port;
    const { encodeJoinCode } = await import('../../shared/workshopJoin');
    const code = encodeJoinCode('127.0.0.1', port, new Uint8Array(16).fill(7));
    const guest = await boot();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    cleanups.push(() => void process.off('uncaughtException', onError));
    const joined = await guest.invoke(Channels.joinWorkshop, { input: code, identity });
    expect(joined).toEqual({ ok: false, error: expect.stringMatching(/did not answer/) });
    expect(errors).toEqual([]);
    expect(guest.workshop.active).toBe(false);
    const news = (await guest.invoke(Channels.pollWorkshop, { fresh: true, waitMs: 0 })) as Result<WorkshopNews>;
    expect(news).toMatchObject({ ok: true, value: { active: false, updates: [] } });
  }, 30_000);
});
