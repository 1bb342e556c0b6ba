/**
 * The host's recovery journal while co-editing (npm run bench), in Node: the renderer's own
 * document store and journal (renderer/state/documentStore.ts, journal.ts) bound to main's real
 * handlers through main's IPC wrapper (the payload serialised and deserialised as Electron's IPC
 * does, inside the measured window), real files. A host and a peer Y.Doc share a generated
 * 1,000-step map (shared/sync binding); the peer makes REMOTE small edits (three step renames,
 * then a step added, over and over), each reaching the host's doc as a Yjs update; the host's
 * binding reads the merged project and the store takes it (applyShared), as in a workshop.
 *
 *   journal_remote_ms         per remote change: applyShared until the journal's append carrying
 *                             it is on disk (median)
 *   journal_remote_sync_ms    the synchronous part of that in the renderer (the store update, the
 *                             journal's entry, the IPC message serialised; median)
 *   journal_remote_bytes      journal bytes written per remote change (mean over the run)
 * The project is saved after every SAVE_EVERY remote changes (outside the measured windows), as
 * autosave would: the full snapshots would otherwise fill the journal's 50 MB cap within the run.
 * The baseline of each, in the same run on its own project: the journal as it was before
 * (a full snapshot of the project per remote change, cloned and appended the same way).
 * At the end the journal is replayed on the saved file, as recovery does after a crash, and
 * must give back the host's merged document.
 *
 * BENCH_JOURNAL_REMOTE (200) shrinks it for a quick check.
 */
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { createServices } from '../../electron/handlers';
import { registerHandlers } from '../../electron/ipc';
import { journalPath } from '../../electron/storage/layout';
import { applyCommand, type Command } from '../../shared/commands';
import { Channels, type Channel, type JournalEntry } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { createSyncedProject, seedDoc } from '../../shared/sync/binding';
import { generateJourney } from '../support/generate';
import { folderTrash } from '../support/trash';
import { median } from './measure';
import { Recorder, writeResults } from './results';

const STEPS = 1000;
const REMOTE = Number(process.env.BENCH_JOURNAL_REMOTE ?? 200);
/** The project is saved (outside the measured windows) after this many remote changes, as autosave would: a save empties the journal. */
const SAVE_EVERY = 40;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

async function mainProcess() {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-journal-'));
  const { library, handlers } = createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    log: () => {},
  });
  const listeners = new Map<string, Listener>();
  registerHandlers(
    { handle: (channel, listener) => void listeners.set(channel, listener as Listener) },
    handlers,
    () => true,
  );
  const event = { sender: {}, senderFrame: { url: 'app://touchmap/index.html', parent: null } };
  /** A renderer's message: serialised there (synchronously, inside the caller's turn), deserialised and handled in main. */
  const invoke = (channel: Channel, payload: unknown) => {
    const message = serialize(payload);
    return (async () => {
      const result = (await listeners.get(channel)!(event, deserialize(message))) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!result.ok) throw new Error(`${channel}: ${result.error}`);
      return result;
    })();
  };
  return { dataDir, library, invoke };
}

/** The peer's i-th small edit of its current project. */
function remoteEdit(project: Project, i: number): Command {
  const steps = project.steps;
  if (i % 4 === 3) {
    const like = steps[(i * 7) % steps.length]!;
    return { type: 'addStep', step: { ...like, id: `remote-step-${i}`, title: `Added by Ben ${i}` } };
  }
  return { type: 'updateStep', stepId: steps[(i * 13) % steps.length]!.id, changes: { title: `Renamed by Ben ${i}` } };
}

/** A host doc and a peer doc on one 1,000-step map; `edit(i)` makes the peer's i-th edit reach the host. */
function workshop(project: Project) {
  const hostDoc = new Y.Doc();
  seedDoc(hostDoc, project);
  const peerDoc = new Y.Doc();
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(hostDoc));
  const host = createSyncedProject(hostDoc);
  const peer = createSyncedProject(peerDoc);
  peerDoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'from-host') Y.applyUpdate(hostDoc, update, 'from-peer');
  });
  return {
    host,
    edit(i: number) {
      const result = applyCommand(peer.read().project, remoteEdit(peer.read().project, i));
      peer.commit(result.project);
    },
    destroy() {
      host.destroy();
      peer.destroy();
      hostDoc.destroy();
      peerDoc.destroy();
    },
  };
}

it('recovery journal while co-editing: a 1,000-step map, remote edits', async () => {
  const rec = new Recorder();
  const main = await mainProcess();
  const journalSize = async (id: string) =>
    (await stat(journalPath(main.library.layout, id)).catch(() => ({ size: 0 }))).size;
  const win = globalThis as unknown as { window?: unknown };
  win.window = {
    touchmap: {
      appendJournal: (req: unknown) => main.invoke(Channels.appendJournal, req),
    },
  };
  const { useDocument } = await import('../../renderer/state/documentStore');
  const { startJournal, flushJournal, coveredBySave } = await import('../../renderer/state/journal');
  const { replayJournal } = await import('../../renderer/app/recovery');

  // Baseline: the journal as before, a full snapshot of the merged project per remote change.
  const baseline = { ms: 0, sync: 0, bytes: 0 };
  {
    const created = await main.library.create('Baseline', 'blank');
    const project = { ...generateJourney(STEPS), id: created.id, name: 'Baseline' };
    await main.library.save(project);
    const shared = workshop(project);
    const sync: number[] = [];
    const total: number[] = [];
    const bytes: number[] = [];
    let latest: Project = project;
    const off = shared.host.onChange(({ project: merged }) => {
      latest = merged;
      const t0 = performance.now();
      const entry: JournalEntry = {
        at: new Date().toISOString(),
        patches: JSON.parse(JSON.stringify([{ op: 'replace', path: [], value: merged }])),
      };
      const appended = main.invoke(Channels.appendJournal, { id: project.id, entries: [entry] });
      sync.push(performance.now() - t0);
      void appended.then(() => total.push(performance.now() - t0));
    });
    for (let i = 0; i < REMOTE; i++) {
      const before = await journalSize(project.id);
      shared.edit(i);
      await expect.poll(() => total.length, { interval: 1 }).toBe(i + 1);
      bytes.push((await journalSize(project.id)) - before);
      if ((i + 1) % SAVE_EVERY === 0) await main.library.save(latest);
    }
    off();
    shared.destroy();
    baseline.ms = median(total);
    baseline.sync = median(sync);
    baseline.bytes = mean(bytes);
  }

  // The app: the store takes each merged project (applyShared) and the renderer's journal records it.
  const created = await main.library.create('Workshop', 'blank');
  const project = { ...generateJourney(STEPS), id: created.id, name: 'Workshop' };
  await main.library.save(project);
  const stop = startJournal();
  useDocument.getState().open(project);
  const shared = workshop(project);
  useDocument.getState().applyShared(shared.host.read().project);
  await flushJournal();
  const sync: number[] = [];
  const total: number[] = [];
  const bytes: number[] = [];
  let pendingT0 = 0;
  const off = shared.host.onChange(({ project: merged }) => {
    pendingT0 = performance.now();
    useDocument.getState().applyShared(merged);
    sync.push(performance.now() - pendingT0);
  });
  for (let i = 0; i < REMOTE; i++) {
    const before = await journalSize(project.id);
    shared.edit(i);
    await flushJournal();
    total.push(performance.now() - pendingT0);
    bytes.push((await journalSize(project.id)) - before);
    // Not the last: the journal must hold edits at the end, for the replay below.
    if ((i + 1) % SAVE_EVERY === 0 && i + 1 < REMOTE) {
      const { project: current, revision } = useDocument.getState();
      coveredBySave(revision);
      await main.library.save(current);
    }
  }
  off();
  rec.add('journal_remote_ms', STEPS, median(total), 'ms', baseline.ms);
  rec.add('journal_remote_sync_ms', STEPS, median(sync), 'ms', baseline.sync);
  rec.add('journal_remote_bytes', STEPS, mean(bytes), 'bytes', baseline.bytes);

  // As after a crash: the saved file plus the journal give back the merged document.
  const journal = await main.library.readJournal(project.id);
  const saved = await main.library.open(project.id);
  const restored = replayJournal(saved, journal.entries);
  // Saving stamps the file's updatedAt (the store keeps its own): the rest must be the host's document.
  const withoutStamp = (p: Project | null) => JSON.parse(JSON.stringify({ ...p, updatedAt: undefined })) as unknown;
  expect(withoutStamp(restored)).toEqual(withoutStamp(useDocument.getState().project));
  expect(restored!.steps).toHaveLength(STEPS + Math.floor(REMOTE / 4));
  expect(journal.entries.length).toBeGreaterThan(0);

  stop();
  shared.destroy();
  useDocument.getState().close();
  await main.library.flush();
  delete win.window;
  await writeResults(
    'workshopJournal',
    `The host's recovery journal in a workshop, in Node: the renderer's document store and journal over main's real handlers (IPC payload serialised and deserialised inside the measured window, real files). A generated ${STEPS}-step map shared by a host and a peer Y.Doc (shared/sync binding); the peer makes ${REMOTE} small edits (three step renames, then a step added, repeated), each reaching the host as a Yjs update and the store through applyShared. journal_remote_ms: per remote change, applyShared until the append carrying it is on disk (median); journal_remote_sync_ms: the synchronous part in the renderer (median); journal_remote_bytes: journal bytes written per remote change (mean). The project is saved after every ${SAVE_EVERY} remote changes (outside the measured windows), as autosave would. Baselines, same run, own project: a full snapshot of the merged project journalled per remote change (the journal before it took differences). The journal replayed on the saved file gives back the host's merged document.`,
    rec.results,
  );
}, 600_000);
