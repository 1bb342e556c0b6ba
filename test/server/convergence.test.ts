/**
 * Convergence through the real sync server (loopback): 3 to 10 Node clients run random
 * concurrent command sequences (the app's own commands, applied to each client's read()
 * project and committed), then all hold identical documents that pass the schema; one
 * client's undo of all its edits removes only its own.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCommand, type CommandType } from '../../shared/commands';
import { parseProject, type Project } from '../../shared/model';
import { seedDoc } from '../../shared/sync/binding';
import type { SyncServer } from '../../server/syncServer';
import { supermarket } from '../shared/commands/fixtures';
import { COMMAND_TYPES, Picker, randomCommand } from '../shared/commands/generate';
import { join, leave, startServer, untilConverged, type Peer } from './helpers';

/** Fresh ids carry the client's prefix, so each entity's author is known. */
class ClientPicker extends Picker {
  constructor(
    g: fc.GeneratorValue,
    private readonly prefix: string,
  ) {
    super(g);
  }
  override fresh(items: readonly { id: string }[]): string {
    const id = super.fresh(items);
    return /^n\d+$/.test(id) ? `${this.prefix}${id}` : id;
  }
}

const STATE_COMMANDS: readonly CommandType[] = ['duplicateState', 'renameState', 'switchState', 'removeState'];
const ENTITIES = ['stages', 'lanes', 'steps', 'personas'] as const;

let server: SyncServer;
let run = 0;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

async function workshop(n: number): Promise<Peer[]> {
  const name = `run${++run}`;
  const host = await join(server.url, 'Host', name);
  seedDoc(host.doc, supermarket());
  const peers = [host];
  for (let i = 1; i < n; i++) peers.push(await join(server.url, `P${i}`, name));
  await untilConverged(peers.map((p) => p.doc));
  return peers;
}

/** Each client applies a few random valid commands to its own view and commits, all in the same tick. */
function concurrentRound(g: fc.GeneratorValue, pickers: Picker[], peers: Peer[], types: readonly CommandType[]): void {
  peers.forEach((peer, k) => {
    const r = pickers[k];
    const count = r.int(1, 3);
    for (let c = 0; c < count; c++) {
      const project = peer.synced.read().project;
      const result = applyCommand(project, randomCommand(r, project, r.one(types)));
      if (result.patches.length > 0) peer.synced.commit(result.project);
    }
  });
  void g;
}

async function runSession(g: fc.GeneratorValue, n: number, types: readonly CommandType[]): Promise<Peer[]> {
  const peers = await workshop(n);
  const pickers = peers.map((_, k) => new ClientPicker(g, `c${k}-`));
  const rounds = pickers[0].int(2, 4);
  for (let round = 0; round < rounds; round++) {
    concurrentRound(g, pickers, peers, types);
    // Let some messages through (not all): the next round starts from partly merged views.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await untilConverged(
    peers.map((p) => p.doc),
    60_000,
  );
  return peers;
}

function expectSameValidProjects(peers: Peer[]): Project {
  const first = peers[0].synced.read();
  expect(parseProject(first.project).ok).toBe(true);
  for (const p of peers.slice(1)) expect(p.synced.read()).toEqual(first);
  return first.project;
}

const idsBy = (project: Project, prefix: string) =>
  ENTITIES.flatMap((key) => project[key].map((e) => e.id).filter((id) => id.startsWith(prefix)));

describe('convergence through the sync server', () => {
  it('3 to 10 clients with random concurrent commands end with identical valid documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 10 }), fc.gen(), async (n, g) => {
        const peers = await runSession(g, n, COMMAND_TYPES);
        try {
          expectSameValidProjects(peers);
        } finally {
          leave(...peers);
        }
      }),
      { numRuns: 4, seed: 20261128, endOnFailure: true },
    );
  }, 180_000);

  it("each client's undo removes only its own edits, after others edited", async () => {
    const types = COMMAND_TYPES.filter((t) => !STATE_COMMANDS.includes(t));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 6 }), fc.gen(), async (n, g) => {
        const peers = await runSession(g, n, types);
        try {
          const before = expectSameValidProjects(peers);
          const undoer = n - 1;
          const mine = `c${undoer}-`;
          const u = peers[undoer].synced;
          while (u.canUndo()) u.undo();
          await untilConverged(peers.map((p) => p.doc));
          const after = expectSameValidProjects(peers);
          const { repairs } = peers[0].synced.read();
          // Its own entities are gone...
          expect(idsBy(after, mine)).toEqual([]);
          expect(after.flows.filter((f) => f.id.startsWith(mine))).toEqual([]);
          // ...everyone else's are still there (a flow only if both its steps are: else the repair says so).
          for (let k = 0; k < n; k++) {
            if (k === undoer) continue;
            const theirs = `c${k}-`;
            expect(idsBy(after, theirs)).toEqual(expect.arrayContaining(idsBy(before, theirs)));
            const stepIds = new Set(after.steps.map((s) => s.id));
            for (const flow of before.flows.filter((f) => f.id.startsWith(theirs))) {
              if (stepIds.has(flow.from) && stepIds.has(flow.to)) {
                expect(after.flows.map((f) => f.id)).toContain(flow.id);
              } else {
                expect(repairs).toContainEqual({ kind: 'flowDropped', id: flow.id });
              }
            }
          }
        } finally {
          leave(...peers);
        }
      }),
      { numRuns: 4, seed: 4242, endOnFailure: true },
    );
  }, 180_000);
});
