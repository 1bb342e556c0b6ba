/**
 * Convergence through real app pages (issue J, "Tests and figures"): one app hosts the
 * supermarket journey, a second joins with the code through its dialog, and a Node Yjs client
 * (server/client.ts, the real sync code) joins the host's server too. fast-check then drives
 * random command sequences (the command property test's generator) in all three at once: each
 * page dispatches its commands through its own document store (reached through the bench's
 * probe, which the app exposes only when `window.__TOUCHMAP_PROBE__` is defined before load),
 * with short random pauses so the others' updates arrive between them, and nobody waits for
 * sync between rounds. Afterwards every copy is the same project, valid by the file schema,
 * and the host's saved file holds it. In the undo runs one page undoes all it did (the store's
 * Undo while shared): its own steps, stages, lanes, personas and flows are gone, the others'
 * are all still there.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type CommandType } from '../../shared/commands';
import { Channels } from '../../shared/ipc';
import { parseProject, type Project } from '../../shared/model';
import { createSyncedProject, type SyncedProject } from '../../shared/sync/binding';
import { parseJoinInput } from '../../shared/workshopJoin';
import { connectClient, type SyncClient } from '../../server/client';
import { COMMAND_TYPES, Picker, randomCommand } from '../shared/commands/generate';
import { useApps, type App } from './harness';
import { joinWith, startHosting, supermarketProject } from './workshopSetup';

const start = useApps();

/** What the page's document store offers the test (renderer/state/documentStore.ts). */
interface PageStore {
  getState(): {
    project: Project | null;
    revision: number;
    savedRevision: number;
    shared: { canUndo(): boolean } | null;
    dispatch(command: Command): boolean;
    undo(): void;
  };
}

const STATE_COMMANDS: readonly CommandType[] = ['duplicateState', 'renameState', 'switchState', 'removeState'];
const ENTITIES = ['stages', 'lanes', 'steps', 'personas'] as const;

/** Fresh ids carry the author and the run (`p0r3-n1`), so each entity's author is known and ids never repeat. */
class AuthorPicker extends Picker {
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

/** JSON with every object's keys sorted: two peers may hold a map's keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

async function withProbe(page: Page) {
  await page.addInitScript(() => {
    window.__TOUCHMAP_PROBE__ = { renders: 0, marks: {} };
  });
}

const projectOf = (app: App) =>
  app.page.evaluate(() => (window.__TOUCHMAP_PROBE__!.store as PageStore).getState().project) as Promise<Project>;

/** Dispatch the commands one by one through the page's store, pausing `pauses[i]` ms after each. */
function dispatchIn(app: App, commands: Command[], pauses: number[]): Promise<number> {
  return app.page.evaluate(
    async ([list, waits]) => {
      const store = window.__TOUCHMAP_PROBE__!.store as PageStore;
      let applied = 0;
      for (let i = 0; i < list.length; i++) {
        if (store.getState().dispatch(list[i]!)) applied++;
        await new Promise((resolve) => setTimeout(resolve, waits[i]));
      }
      return applied;
    },
    [commands, pauses] as const,
  );
}

interface NodePeer {
  doc: Y.Doc;
  client: SyncClient;
  synced: SyncedProject;
}

async function nodePeer(code: string): Promise<NodePeer> {
  const parsed = parseJoinInput(code);
  if (!parsed.ok) throw new Error(`the host's code does not parse: ${parsed.reason}`);
  const doc = new Y.Doc();
  const client = connectClient({
    url: parsed.target.url,
    token: parsed.target.token,
    name: 'Node client',
    doc,
    WebSocketPolyfill: WebSocket,
  });
  await client.synced;
  return { doc, client, synced: createSyncedProject(doc) };
}

/** Host the supermarket journey through the UI; returns the app and its join code. */
async function hostSupermarket(): Promise<{ host: App; code: string }> {
  const host = await start({ beforeLoad: withProbe });
  await supermarketProject(host, 'Converging shop');
  const { code } = await startHosting(host, 'Anna');
  await host.page.keyboard.press('Escape');
  return { host, code };
}

async function joinByCode(code: string): Promise<App> {
  const guest = await start({ beforeLoad: withProbe });
  const dialog = await joinWith(guest, 'Ben', code);
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  return guest;
}

async function workshop() {
  const { host, code } = await hostSupermarket();
  const guest = await joinByCode(code);
  const node = await nodePeer(code);
  const pages = [host, guest];
  await untilSame(pages, node);
  return { host, guest, node, pages };
}

/**
 * Waits until both pages and the Node client hold the same project, twice in a row a moment
 * apart (nothing still on its way), and returns it.
 */
async function untilSame(pages: App[], node: NodePeer, ms = 30_000): Promise<Project> {
  const until = Date.now() + ms;
  let previous: string | null = null;
  let last: string[] = [];
  while (Date.now() < until) {
    const projects = [...(await Promise.all(pages.map(projectOf))), node.synced.read().project];
    last = projects.map(canonical);
    const same = last.every((p) => p === last[0]);
    if (same && previous === last[0]) return projects[0]!;
    previous = same ? last[0]! : null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Show where they differ.
  expect(last[1]).toBe(last[0]);
  expect(last[2]).toBe(last[0]);
  throw new Error('the copies did not settle');
}

/** The host's file once its autosave has caught up with the shared document (less `updatedAt`, which the save stamps). */
async function savedFile(host: App): Promise<Omit<Project, 'updatedAt'>> {
  await expect
    .poll(
      () =>
        host.page.evaluate(() => {
          const s = (window.__TOUCHMAP_PROBE__!.store as PageStore).getState();
          return s.revision === s.savedRevision;
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  const list = await host.handlers[Channels.listProjects](undefined);
  if (!list.ok) throw new Error(list.error);
  const opened = await host.handlers[Channels.openProject]({ id: list.value.projects[0]!.id });
  if (!opened.ok) throw new Error(opened.error);
  return withoutStamp(opened.value);
}

const withoutStamp = ({ updatedAt: _, ...rest }: Project) => rest;

/**
 * One session: `rounds` rounds in which every participant generates 1 to 4 commands against its
 * view at the round's start and all three apply theirs at once (the pages with random pauses,
 * so the others' updates land in between).
 */
async function concurrentRounds(
  g: fc.GeneratorValue,
  run: number,
  pages: App[],
  node: NodePeer,
  types: readonly CommandType[],
) {
  const pickers = [0, 1, 2].map((k) => new AuthorPicker(g, `p${k}r${run}-`));
  const rounds = pickers[0]!.int(2, 4);
  for (let round = 0; round < rounds; round++) {
    const views = await Promise.all(pages.map(projectOf));
    const work = pages.map((app, k) => {
      const r = pickers[k]!;
      let view = views[k]!;
      const commands: Command[] = [];
      const pauses: number[] = [];
      for (let c = r.int(1, 4); c > 0; c--) {
        const command = randomCommand(r, view, r.one(types));
        commands.push(command);
        pauses.push(r.int(0, 15));
        const result = applyCommand(view, command);
        if (result.patches.length > 0) view = result.project;
      }
      return dispatchIn(app, commands, pauses);
    });
    // The Node client edits in the same moment, a command per turn of the event loop.
    const r = pickers[2]!;
    const nodeWork = (async () => {
      for (let c = r.int(1, 4); c > 0; c--) {
        const view = node.synced.read().project;
        const result = applyCommand(view, randomCommand(r, view, r.one(types)));
        if (result.patches.length > 0) node.synced.commit(result.project);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([...work, nodeWork]);
  }
}

const idsBy = (project: Project, prefix: string) =>
  ENTITIES.flatMap((key) => project[key].map((e) => e.id).filter((id) => id.startsWith(prefix)));

function expectValid(project: Project) {
  const parsed = parseProject(project);
  expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems.slice(0, 3))).toBe(true);
}

describe('convergence through two app pages and a Node client', () => {
  it('random concurrent commands in both pages and the Node client end in one valid document, also in the host file', async () => {
    const { host, node, pages } = await workshop();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          run++;
          await concurrentRounds(g, run, pages, node, COMMAND_TYPES);
          const project = await untilSame(pages, node);
          expectValid(project);
        }),
        { numRuns: 6, seed: 20261128, endOnFailure: true },
      );
      const last = await untilSame(pages, node);
      expect(canonical(await savedFile(host))).toBe(canonical(withoutStamp(last)));
      for (const app of pages) expect(app.errors).toEqual([]);
    } finally {
      node.synced.destroy();
      node.client.destroy();
      node.doc.destroy();
    }
  }, 180_000);

  it("a page's Undo while shared removes only that page's edits, after the others edited", async () => {
    const { host, node, pages } = await workshop();
    const types = COMMAND_TYPES.filter((t) => !STATE_COMMANDS.includes(t));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          run++;
          await concurrentRounds(g, run, pages, node, types);
          const before = await untilSame(pages, node);
          expectValid(before);
          // The host and the guest take turns undoing everything they did so far.
          const undoer = run % 2;
          const undone = await pages[undoer]!.page.evaluate(() => {
            const store = window.__TOUCHMAP_PROBE__!.store as PageStore;
            let count = 0;
            while (store.getState().shared?.canUndo() && count < 1000) {
              store.getState().undo();
              count++;
            }
            return count;
          });
          const after = await untilSame(pages, node);
          expectValid(after);
          const mine = `p${undoer}r`;
          if (idsBy(before, mine).length > 0) expect(undone).toBeGreaterThan(0);
          // Its own entities and flows are gone...
          expect(idsBy(after, mine)).toEqual([]);
          expect(after.flows.filter((f) => f.id.startsWith(mine))).toEqual([]);
          // ...everyone else's are still there (a flow when both its steps are).
          const stepIds = new Set(after.steps.map((s) => s.id));
          for (const k of [0, 1, 2]) {
            if (k === undoer) continue;
            const theirs = `p${k}r`;
            expect(idsBy(after, theirs)).toEqual(expect.arrayContaining(idsBy(before, theirs)));
            for (const flow of before.flows.filter((f) => f.id.startsWith(theirs)))
              if (stepIds.has(flow.from) && stepIds.has(flow.to))
                expect(after.flows.map((f) => f.id)).toContain(flow.id);
          }
        }),
        { numRuns: 4, seed: 4242, endOnFailure: true },
      );
      const last = await untilSame(pages, node);
      expect(canonical(await savedFile(host))).toBe(canonical(withoutStamp(last)));
      for (const app of pages) expect(app.errors).toEqual([]);
    } finally {
      node.synced.destroy();
      node.client.destroy();
      node.doc.destroy();
    }
  }, 180_000);
});
