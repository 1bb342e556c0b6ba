import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { applyCommand, type Command } from '../../shared/commands';
import { parseProject } from '../../shared/model';
import { seedDoc, type SyncedProject } from '../../shared/sync/binding';
import { COLLECTION_FIELD, ROOT } from '../../shared/sync/encode';
import { startSyncServer } from '../../server/syncServer';
import { supermarket } from '../shared/commands/fixtures';
import { join, leave, startServer, TOKEN, until, untilConverged, type Peer } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function session(n: number, options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  const host = await join(server.url, 'Host');
  seedDoc(host.doc, supermarket());
  const peers = [host];
  for (let i = 1; i < n; i++) peers.push(await join(server.url, `Peer ${i}`));
  await untilConverged(peers.map((p) => p.doc));
  cleanups.push(async () => {
    leave(...peers);
    await server.stop();
  });
  return { server, peers };
}

function run(s: SyncedProject, command: Command): void {
  const result = applyCommand(s.read().project, command);
  expect(result.rejected).toBeUndefined();
  s.commit(result.project);
}

/** A raw WebSocket to the server, open. */
function raw(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}
const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));

/** A Hocuspocus sync message (type 0) carrying `update` as a sync step 2 / update (2). */
function syncMessage(documentName: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}
function authMessage(documentName: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

const valid = (p: Peer) => parseProject(p.synced.read().project).ok;

describe('sync server', () => {
  it('relays edits, lists participants by name, and removes one on request', async () => {
    let latest: string[] = [];
    let notify = () => {};
    const { server, peers } = await session(3, {
      onParticipants: (list) => {
        latest = list.map((p) => p.name).sort();
        notify();
      },
    });
    const participantsAre = (names: string[]) =>
      new Promise<void>((resolve) => {
        notify = () => JSON.stringify(latest) === JSON.stringify(names) && resolve();
        notify();
      });
    const [host, a, b] = peers;
    await participantsAre(['Host', 'Peer 1', 'Peer 2']);
    expect(
      server
        .participants()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Host', 'Peer 1', 'Peer 2']);
    run(a.synced, { type: 'renameProject', name: 'Renamed by A' });
    await until([host.doc, b.doc], () => b.synced.read().project.name === 'Renamed by A');

    const refused = new Promise<void>((resolve) => b.client.provider.on('authenticationFailed', () => resolve()));
    expect(server.remove(b.client.clientId)).toBe(true);
    await participantsAre(['Host', 'Peer 1']);
    // Its reconnect is refused, and an edit of the host no longer reaches it.
    await refused;
    run(host.synced, { type: 'renameProject', name: 'After removal' });
    await until([a.doc], () => a.synced.read().project.name === 'After removal');
    expect(b.synced.read().project.name).toBe('Renamed by A');
    expect(server.remove('nobody')).toBe(false);
  });

  it('refuses a wrong token and rate-limits the address after repeated wrong tokens', async () => {
    const server = await startServer({ maxWrongTokens: 3 });
    cleanups.push(() => server.stop());
    for (let i = 0; i < 3; i++) {
      const ws = await raw(server.url);
      const answer = new Promise<Buffer>((resolve) => ws.on('message', (d: Buffer) => resolve(d)));
      ws.send(authMessage('workshop', 'wrong-token'));
      const reply = await answer;
      // The auth message type (2) with "permission denied" (1 in Hocuspocus's auth messages).
      const d = (await import('lib0/decoding')).createDecoder(new Uint8Array(reply));
      const decoding = await import('lib0/decoding');
      expect(decoding.readVarString(d)).toBe('workshop');
      expect(decoding.readVarUint(d)).toBe(2);
      expect(decoding.readVarUint(d)).toBe(1);
      ws.close();
    }
    // Now even the right token from this address is refused, before the WebSocket opens.
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.url);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
      ws.on('open', () => resolve(101));
    });
    expect(refused).toBe(429);
  });

  it('a client with the wrong token is told so and gets no document', async () => {
    const server = await startServer();
    cleanups.push(() => server.stop());
    const doc = new Y.Doc();
    const { connectClient } = await import('../../server/client');
    const failed = new Promise<string>((resolve) => {
      const c = connectClient({
        url: server.url,
        token: 'guess',
        name: 'Intruder',
        doc,
        WebSocketPolyfill: WebSocket,
        onAuthenticationFailed: (reason) => {
          c.destroy();
          resolve(reason);
        },
      });
    });
    expect(await failed).toBe('permission-denied');
    expect(doc.getMap(ROOT).size).toBe(0);
    expect(server.participants()).toEqual([]);
  });

  it('survives garbage bytes, an oversized message and an undecodable update; the others keep working', async () => {
    const { server, peers } = await session(2, { maxMessageBytes: 64 * 1024 });
    const [host, a] = peers;
    // Garbage: the sender is disconnected.
    const g = await raw(server.url);
    const gClosed = closed(g);
    g.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3]));
    expect(await gClosed).toBeGreaterThan(1000);
    // Oversized: closed with 1009 (message too big).
    const o = await raw(server.url);
    const oClosed = closed(o);
    o.send(new Uint8Array(100 * 1024));
    expect(await oClosed).toBe(1009);
    // An update that does not decode, sent after a correct auth: the sender is disconnected.
    const u = await raw(server.url);
    const uClosed = closed(u);
    u.send(authMessage('workshop', TOKEN));
    await new Promise<void>((resolve) => u.once('message', () => resolve()));
    u.send(syncMessage('workshop', new Uint8Array([9, 9, 9, 255, 255, 255, 255, 3])));
    expect(await uClosed).toBeGreaterThan(1000);
    // The session goes on.
    run(a.synced, { type: 'renameProject', name: 'Still here' });
    await until([host.doc], () => host.synced.read().project.name === 'Still here');
    expect(valid(host)).toBe(true);
  });

  it('a schema-breaking update from a peer is repaired on read by everyone; the host stays valid', async () => {
    const { server, peers } = await session(2);
    const [host, a] = peers;
    const evil = await join(server.url, 'Evil');
    cleanups.push(() => leave(evil));
    const steps = host.synced.read().project.steps;
    evil.doc.transact(() => {
      const root = evil.doc.getMap(ROOT);
      root.set('name', 42);
      root.set('servqualScale', 6);
      root.set('stages', 'not a list');
      root.set('steps', COLLECTION_FIELD);
      const col = evil.doc.getMap('c:steps');
      const step = col.get(`#${steps[0].id}`) as Y.Map<unknown>;
      step.set('title', 'x'.repeat(2000));
      step.set('position', { x: 'far', y: 0 });
      col.set('#junk', new Y.Text('junk'));
      evil.doc.getMap('c:flows').set('#f-evil', new Y.Map());
    });
    await untilConverged([host.doc, a.doc, evil.doc]);
    for (const p of [host, a]) {
      const { project, repairs } = p.synced.read();
      expect(parseProject(project).ok).toBe(true);
      expect(repairs.length).toBeGreaterThan(0);
    }
    expect(host.synced.read()).toEqual(a.synced.read());
    // A step whose position is broken is dropped; the others are kept.
    expect(host.synced.read().project.steps.length).toBe(steps.length - 1);
  });

  it('keeps every edit across a server restart with persistence, and the file on disk reloads', async () => {
    const dataDir = await mkdtemp(joinPath(tmpdir(), 'touchmap-sync-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let server = await startServer({ dataDir });
    const port = server.port;
    const host = await join(server.url, 'Host');
    seedDoc(host.doc, supermarket());
    const a = await join(server.url, 'A');
    cleanups.push(() => leave(host, a));
    await untilConverged([host.doc, a.doc]);
    run(a.synced, { type: 'addStage', stage: { id: 'before-restart', name: 'Before' } });
    await until([host.doc], () => host.synced.read().project.stages.some((s) => s.id === 'before-restart'));
    await server.stop();
    // While the server is down, both keep editing.
    run(host.synced, { type: 'addStage', stage: { id: 'host-offline', name: 'Host offline' } });
    run(a.synced, { type: 'addStage', stage: { id: 'a-offline', name: 'A offline' } });
    server = await startSyncServer({ host: '127.0.0.1', port, token: TOKEN, dataDir });
    cleanups.push(() => server.stop());
    expect(await readdir(dataDir)).toContain('workshop.yjs');
    await untilConverged([host.doc, a.doc], 30_000);
    await until([host.doc, a.doc], () => a.synced.read().project.stages.some((s) => s.id === 'host-offline'));
    const late = await join(server.url, 'Late');
    cleanups.push(() => leave(late));
    await until(
      [late.doc],
      () => late.synced.read().project.stages.length === host.synced.read().project.stages.length,
    );
    const ids = late.synced.read().project.stages.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['before-restart', 'host-offline', 'a-offline']));
    expect(late.synced.read()).toEqual(host.synced.read());
  });

  it('a step deleted while another adds a flow to it: the flow is dropped and reported on every peer', async () => {
    const { peers } = await session(3);
    const [host, a, b] = peers;
    const steps = host.synced.read().project.steps;
    const [from, gone] = [steps[0].id, steps[steps.length - 1].id];
    // Both commit in the same tick: neither has seen the other's edit.
    run(a.synced, { type: 'removeSelection', stepIds: [gone], flowIds: [] });
    run(b.synced, { type: 'connect', flow: { id: 'to-gone', from, to: gone, label: '', kind: 'main' } });
    await untilConverged([host.doc, a.doc, b.doc]);
    for (const p of peers) {
      const { project, repairs } = p.synced.read();
      expect(project.steps.some((s) => s.id === gone)).toBe(false);
      expect(project.flows.some((f) => f.id === 'to-gone')).toBe(false);
      expect(repairs).toContainEqual({ kind: 'flowDropped', id: 'to-gone' });
      expect(parseProject(project).ok).toBe(true);
    }
    expect(a.synced.read()).toEqual(host.synced.read());
    expect(b.synced.read()).toEqual(host.synced.read());
  });

  it('a client cut off edits offline, and its edits merge when it reconnects', async () => {
    const { peers } = await session(3);
    const [host, a, b] = peers;
    await a.client.disconnect();
    run(a.synced, { type: 'renameProject', name: 'Offline name' });
    const stepId = a.synced.read().project.steps[0].id;
    run(a.synced, { type: 'updateStep', stepId, changes: { title: 'Edited offline' } });
    run(b.synced, { type: 'addLane', lane: { id: 'lane-b', name: 'B online' } });
    await until([host.doc], () => host.synced.read().project.lanes.some((l) => l.id === 'lane-b'));
    expect(host.synced.read().project.name).not.toBe('Offline name');
    await a.client.connect();
    await untilConverged([host.doc, a.doc, b.doc]);
    for (const p of peers) {
      const project = p.synced.read().project;
      expect(project.name).toBe('Offline name');
      expect(project.steps[0].title).toBe('Edited offline');
      expect(project.lanes.some((l) => l.id === 'lane-b')).toBe(true);
    }
  });
});
