/**
 * npm run bench, live co-editing (issue J): the sync engine (shared/sync binding + the
 * Hocuspocus server of server/syncServer.ts) on loopback, in Node.
 * - sync_latency_p95_ms: 10 clients on one server; a client renames a step (read, command,
 *   commit) and the time until each of the 9 others has the change in its read() project
 *   (the binding's onChange) is one sample; EDITS edits per run, p95 of the samples;
 *   the median over REPS runs. Limit 100 ms.
 * - sync_join_ms: a 1,000-step map on the server; a new client connects, syncs and has a
 *   valid read() project with all 1,000 steps; median of REPS joins. Limit 1 s. This is
 *   the engine side of "joined and interactive": joining through the app, until the page
 *   has drawn the map, is sync_join_app_ms (syncJoinApp.bench-run.ts).
 * Merges into test/bench/results.json.
 */
import { expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { applyCommand } from '../../shared/commands';
import { parseProject } from '../../shared/model';
import { createSyncedProject, seedDoc, type SyncedProject } from '../../shared/sync/binding';
import { connectClient, type SyncClient } from '../../server/client';
import { startSyncServer } from '../../server/syncServer';
import { supermarket } from '../shared/commands/fixtures';
import { generateJourney } from '../support/generate';
import { median, percentile } from './measure';
import { Recorder, writeResults } from './results';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const CLIENTS = 10;
const EDITS = 40;
const JOIN_STEPS = 1000;
const TOKEN = 'bench-token';

interface Peer {
  doc: Y.Doc;
  client: SyncClient;
  synced: SyncedProject;
}

async function join(url: string, name: string, documentName: string): Promise<Peer> {
  const doc = new Y.Doc();
  const client = connectClient({ url, token: TOKEN, name, doc, documentName, WebSocketPolyfill: WebSocket });
  await client.synced;
  return { doc, client, synced: createSyncedProject(doc) };
}

function leave(peers: Peer[]): void {
  for (const p of peers) {
    p.synced.destroy();
    p.client.destroy();
    p.doc.destroy();
  }
}

async function latencyRun(url: string, documentName: string): Promise<number[]> {
  const host = await join(url, 'Host', documentName);
  seedDoc(host.doc, supermarket());
  const peers = [host];
  for (let i = 1; i < CLIENTS; i++) peers.push(await join(url, `P${i}`, documentName));
  const stepId = host.synced.read().project.steps[0].id;
  // Every peer has the map before the clock starts.
  await Promise.all(
    peers.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.synced.read().project.steps.length > 0) return resolve();
          const off = p.synced.onChange(({ project }) => project.steps.length > 0 && (off(), resolve()));
        }),
    ),
  );
  const samples: number[] = [];
  for (let e = 0; e < EDITS; e++) {
    const author = peers[e % CLIENTS];
    const title = `edit ${e}`;
    const others = peers.filter((p) => p !== author);
    const t0 = performance.now();
    const arrived = others.map(
      (p) =>
        new Promise<void>((resolve) => {
          const off = p.synced.onChange(({ project }) => {
            if (project.steps.find((s) => s.id === stepId)?.title !== title) return;
            samples.push(performance.now() - t0);
            off();
            resolve();
          });
        }),
    );
    const result = applyCommand(author.synced.read().project, { type: 'updateStep', stepId, changes: { title } });
    author.synced.commit(result.project);
    await Promise.all(arrived);
  }
  leave(peers);
  return samples;
}

it('sync: edit-to-peer latency with 10 clients, joining a 1,000-step map', async () => {
  const server = await startSyncServer({ host: '127.0.0.1', port: 0, token: TOKEN });
  try {
    const rec = new Recorder();
    await latencyRun(server.url, 'warmup');
    const p95s: number[] = [];
    for (let r = 0; r < REPS; r++) p95s.push(percentile(await latencyRun(server.url, `latency${r}`), 95));
    rec.add('sync_latency_p95_ms', CLIENTS, median(p95s), 'ms');

    const hostDoc = new Y.Doc();
    seedDoc(hostDoc, generateJourney(JOIN_STEPS));
    const host = await join(server.url, 'Host', 'big');
    Y.applyUpdate(host.doc, Y.encodeStateAsUpdate(hostDoc));
    await new Promise<void>((resolve) => {
      // The server has it once a second client sees it.
      void join(server.url, 'Check', 'big').then((check) => {
        const done = () => check.synced.read().project.steps.length === JOIN_STEPS;
        if (done()) {
          leave([check]);
          return resolve();
        }
        const off = check.synced.onChange(() => done() && (off(), leave([check]), resolve()));
      });
    });
    const joins: number[] = [];
    for (let r = 0; r <= REPS; r++) {
      const t0 = performance.now();
      const peer = await join(server.url, `Joiner ${r}`, 'big');
      const { project } = peer.synced.read();
      const ms = performance.now() - t0;
      expect(project.steps).toHaveLength(JOIN_STEPS);
      expect(parseProject(project).ok).toBe(true);
      if (r > 0) joins.push(ms); // the first is a warm-up
      leave([peer]);
    }
    rec.add('sync_join_ms', JOIN_STEPS, median(joins), 'ms');
    leave([host]);
    await writeResults(
      'sync',
      `Live co-editing engine in Node on loopback (shared/sync binding, Hocuspocus 3 server of server/syncServer.ts, ws clients). sync_latency_p95_ms: ${CLIENTS} clients, ${EDITS} step renames per run (read, command, commit), each of the 9 other clients' time until its read() project shows the change is a sample; p95 per run, median of REPS runs after a warm-up run. sync_join_ms: a generated ${JOIN_STEPS}-step map on the server; a new client connects, syncs and reads a valid project (schema-checked, repaired) with all steps; median of REPS joins after a warm-up. Engine side only: joining through the app until the page has drawn the map is sync_join_app_ms (syncJoinApp bench).`,
      rec.results,
    );
    expect(rec.results[0]!.value).toBeLessThanOrEqual(100);
    expect(rec.results[1]!.value).toBeLessThanOrEqual(1000);
  } finally {
    await server.stop();
  }
}, 600_000);
