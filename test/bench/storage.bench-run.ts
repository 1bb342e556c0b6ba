/**
 * Save and journal figures (npm run bench), in Node over the real storage modules, the real
 * electron-store and real files, through main's own IPC wrapper (sender check, payload
 * validation, handler), with the payload deserialised the way Electron's IPC does it (V8's
 * structured clone) inside the measured window. Electron itself is not loaded: nothing here needs it.
 *
 *   save_sync_median_ms       synchronous time main spends on one save (event-loop active time)
 *   save_block_max_ms         longest single block of main's event loop during a save (worst save)
 *   (saves are prepared in main's save worker, built here as electron-vite builds it; the
 *   *_inprocess figures are the same saves prepared on main's thread, in the same run)
 *   journal_append_median_ms  one edit's append, from the request to flushed on disk
 *   save_naive_median_ms      electron-store `set` of the whole document (the naive way)
 *   journal_latency_p95_ms    edit made in the renderer -> on disk in the journal, with the real
 *                             renderer journal (renderer/state/journal.ts) and autosave-like saves
 *
 * BENCH_STORAGE_STEPS (1000), BENCH_STORAGE_REPS (30 saves / appends), BENCH_STORAGE_EDITS (300)
 * shrink it for a quick check.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { it } from 'vitest';
import Store from 'electron-store';
import { createServices } from '../../electron/handlers';
import { registerHandlers } from '../../electron/ipc';
import { folderTrash } from '../support/trash';
import { buildSaveWorker } from '../electron/storage/saveWorkerBuild';
import { sha256 } from '../../electron/storage/fingerprint';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { Channels, validateRequest, type Channel, type JournalEntry } from '../../shared/ipc';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model';
import { generateJourney } from '../support/generate';
import { median, percentile } from './measure';
import { Recorder, writeResults } from './results';

const STEPS = Number(process.env.BENCH_STORAGE_STEPS ?? 1000);
const REPS = Number(process.env.BENCH_STORAGE_REPS ?? 30);
const EDITS = Number(process.env.BENCH_STORAGE_EDITS ?? 300);

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

/** Main's IPC as registered by electron/ipc.ts, over the real handlers; `invoke` is what a renderer message does in main. */
async function mainProcess(saveWorker?: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-storage-'));
  const { library, handlers } = createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    log: () => {},
    ...(saveWorker ? { library: { saveWorker } } : {}),
  });
  const listeners = new Map<string, Listener>();
  registerHandlers(
    { handle: (channel, listener) => void listeners.set(channel, listener as Listener) },
    handlers,
    () => true,
  );
  const event = { sender: {}, senderFrame: { url: 'app://touchmap/index.html', parent: null } };
  /** Deliver a message serialised in the renderer: main deserialises it, then handles it. */
  const invoke = async (channel: Channel, message: Buffer) => {
    const result = (await listeners.get(channel)!(event, deserialize(message))) as { ok: boolean; error?: string };
    if (!result.ok) throw new Error(`${channel}: ${result.error}`);
    return result;
  };
  return { dataDir, library, invoke };
}

/** Run `work` and report main's event-loop active time during it and its longest block. */
async function onMainLoop(work: () => Promise<unknown>, withBlocks: boolean) {
  // Longest block: the largest gap between two turns of a setImmediate chain (a turn runs once per loop iteration).
  let maxGap = 0;
  let spinning = withBlocks;
  let last = performance.now();
  const spin = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (spinning) setImmediate(spin);
  };
  if (withBlocks) setImmediate(spin);
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  const active = performance.eventLoopUtilization(elu).active;
  spinning = false;
  await new Promise((r) => setImmediate(r));
  return { active, wall, maxGap };
}

/** Save figures with main's library as configured: `saveWorker` as main has it, or none (in-process, `suffix` names it). */
async function saveTimes(project: Project, saveWorker: string | undefined) {
  const main = await mainProcess(saveWorker);
  const created = await main.library.create(project.name, 'blank');
  const doc = { ...project, id: created.id };
  await main.library.save(doc);
  const message = (i: number) =>
    serialize({ project: { ...doc, description: `save ${i}`, updatedAt: new Date().toISOString() } });
  // Warm-up (JIT, first backup).
  for (let i = 0; i < 3; i++) await main.invoke(Channels.saveProject, message(i));
  const sync: number[] = [];
  const blocks: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const m = message(100 + i);
    // The active time is read without the block probe (its own turns would count as activity).
    const a = await onMainLoop(() => main.invoke(Channels.saveProject, m), false);
    sync.push(a.active);
    walls.push(a.wall);
    const m2 = message(1000 + i);
    blocks.push((await onMainLoop(() => main.invoke(Channels.saveProject, m2), true)).maxGap);
  }
  await main.library.flush();
  return { main, doc, message, sync, blocks, walls };
}

async function saveFigures(project: Project, saveWorker: string, rec: Recorder) {
  // The same saves with the checks, serialisation and hashing in main's own thread, for comparison.
  const inProcess = await saveTimes(project, undefined);
  rec.add('save_sync_inprocess_median_ms', STEPS, median(inProcess.sync), 'ms');
  rec.add('save_block_inprocess_max_ms', STEPS, Math.max(...inProcess.blocks), 'ms');
  const { main, doc, message, sync, blocks, walls } = await saveTimes(project, saveWorker);
  rec.add('save_sync_median_ms', STEPS, median(sync), 'ms');
  rec.add('save_block_max_ms', STEPS, Math.max(...blocks), 'ms');
  rec.add('save_block_median_ms', STEPS, median(blocks), 'ms');
  rec.add('save_wall_median_ms', STEPS, median(walls), 'ms');

  // Where the synchronous time goes: the parts of a save, each timed alone on the same document.
  const parts: Record<string, number[]> = {
    deserialize: [],
    post_to_worker: [],
    validate: [],
    parse: [],
    serialize: [],
    hash: [],
    index: [],
  };
  for (let i = 0; i < REPS; i++) {
    const m = message(2000 + i);
    let t = performance.now();
    const payload = deserialize(m) as { project: Project };
    parts.deserialize.push(performance.now() - t);
    // Handing the document to the save worker: V8 serialises it in main.
    t = performance.now();
    serialize({ seq: i, request: { project: payload.project, updatedAt: '', maxBytes: 0, language: 'en' } });
    parts.post_to_worker.push(performance.now() - t);
    t = performance.now();
    validateRequest(Channels.saveProject, payload);
    parts.validate.push(performance.now() - t);
    t = performance.now();
    parseProject(payload.project);
    parts.parse.push(performance.now() - t);
    t = performance.now();
    const text = serializeProject(payload.project);
    parts.serialize.push(performance.now() - t);
    t = performance.now();
    sha256(text);
    parts.hash.push(performance.now() - t);
    // The library index (electron-store, written synchronously) learning of the new version.
    const entry = main.library.store.get(doc.id)!;
    t = performance.now();
    main.library.store.put({ ...entry });
    parts.index.push(performance.now() - t);
  }
  for (const [part, values] of Object.entries(parts))
    rec.add(`save_part_${part}_median_ms`, STEPS, median(values), 'ms');

  // One edit's entry: the patches of retitling one step.
  const appends: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const entry: JournalEntry = {
      at: new Date().toISOString(),
      patches: [{ op: 'replace', path: ['steps', i % project.steps.length, 'title'], value: `Edited ${i}` }],
    };
    const m = serialize({ id: doc.id, entries: [entry] });
    const started = performance.now();
    await main.invoke(Channels.appendJournal, m);
    appends.push(performance.now() - started);
  }
  rec.add('journal_append_median_ms', STEPS, median(appends), 'ms');

  // The naive way: the whole document as one electron-store value, written synchronously.
  const store = new Store<Record<string, unknown>>({ cwd: main.dataDir, name: 'naive' });
  const naive: number[] = [];
  for (let i = 0; i < REPS + 3; i++) {
    const value = { ...doc, description: `naive ${i}` };
    const started = performance.now();
    store.set('project', value);
    if (i >= 3) naive.push(performance.now() - started);
  }
  rec.add('save_naive_median_ms', STEPS, median(naive), 'ms');
}

/**
 * The renderer's journal in this process, bound to main through the same wrapper: edits come
 * as typing (one every 60-120 ms) and dragging (one per 16 ms frame) on a fixed timeline, with a save every second
 * as autosave does, and each edit's wait until the append carrying it has resolved is recorded.
 */
async function journalLatency(project: Project, saveWorker: string, rec: Recorder) {
  const main = await mainProcess(saveWorker);
  const created = await main.library.create(project.name, 'blank');
  const doc = { ...project, id: created.id };
  await main.library.save(doc);
  const madeAt = new Map<string, number>();
  const latencies: number[] = [];
  const win = globalThis as unknown as { window?: unknown };
  const hadWindow = 'window' in win;
  win.window = {
    touchmap: {
      appendJournal: async (req: { id: string; entries: JournalEntry[] }) => {
        const result = await main.invoke(Channels.appendJournal, serialize(req));
        const now = performance.now();
        for (const entry of req.entries)
          for (const p of entry.patches) {
            const made = typeof p.value === 'string' ? madeAt.get(p.value) : undefined;
            if (made !== undefined) latencies.push(now - made);
          }
        return result;
      },
    },
  };
  const { useDocument } = await import('../../renderer/state/documentStore');
  const { startJournal, coveredBySave, flushJournal } = await import('../../renderer/state/journal');
  const stop = startJournal();
  useDocument.getState().open(doc);
  let saving: Promise<unknown> = Promise.resolve();
  const saver = setInterval(() => {
    const { project: current, revision } = useDocument.getState();
    coveredBySave(revision);
    saving = saving.then(() => main.invoke(Channels.saveProject, serialize({ project: current })));
  }, 1000);
  // Edits follow a fixed timeline; an edit due while this one thread is busy (a save in "main")
  // is made late, but its wait is counted from when it was due, as a renderer of its own would make it.
  const due: number[] = [];
  for (let t = 0; due.length < EDITS;) {
    for (let i = 0; i < 40 && due.length < EDITS; i++) due.push((t += 60 + ((due.length * 37) % 60)));
    for (let i = 0; i < 60 && due.length < EDITS; i++) due.push((t += 16));
  }
  const t0 = performance.now();
  for (const [n, offset] of due.entries()) {
    const wait = t0 + offset - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const title = `Edit ${n}`;
    madeAt.set(title, t0 + offset);
    useDocument
      .getState()
      .dispatch({ type: 'updateStep', stepId: doc.steps[n % doc.steps.length].id, changes: { title } });
  }
  clearInterval(saver);
  await flushJournal();
  await saving;
  await main.library.flush();
  stop();
  useDocument.getState().close();
  if (hadWindow) win.window = undefined;
  else delete win.window;
  // Edits dropped because a save covered them before they were sent do not wait for the journal.
  rec.add('journal_latency_p95_ms', STEPS, percentile(latencies, 95), 'ms');
  rec.add('journal_latency_median_ms', STEPS, median(latencies), 'ms');
}

it('storage benchmarks', async () => {
  const started = Date.now();
  const rec = new Recorder();
  const project = generateJourney(STEPS);
  const saveWorker = await buildSaveWorker('bench-save-worker');
  await saveFigures(project, saveWorker, rec);
  await journalLatency(project, saveWorker, rec);
  await writeResults(
    'storage',
    `${REPS} saves / appends at ${STEPS} steps through main's IPC wrapper over the real storage (Node, real files), saves prepared in main's save worker as in the app (the *_inprocess figures: the same saves prepared in main's thread); save_sync = event-loop active time during a save (performance.eventLoopUtilization), save_block = longest gap between setImmediate turns during a save; journal latency over ${EDITS} edits (typing and dragging, a save each second) with the renderer's own journal module`,
    rec.results,
  );
  console.log(`storage bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
