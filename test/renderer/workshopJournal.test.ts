// @vitest-environment jsdom
/**
 * The host's recovery journal while co-editing: every change the shared document brings (a
 * peer's edit, the host's own commit) reaches the journal as the difference from the project the
 * store held, at once. If the app dies mid-workshop, the saved file plus the journal give back
 * the merged document, peers' edits included; and a peer's small edit costs a small entry, not
 * a copy of the map.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand, type Command } from '../../shared/commands';
import type { JournalEntry } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { createSyncedProject, seedDoc } from '../../shared/sync/binding';
import { replayJournal } from '../../renderer/app/recovery';
import { useDocument } from '../../renderer/state/documentStore';
import { coveredBySave, flushJournal, startJournal } from '../../renderer/state/journal';
import { supermarket } from '../shared/commands/fixtures';
import { generateJourney } from '../support/generate';

/** The journal on "disk": what main appended, in order; `hold` keeps appends in flight until released. */
function disk() {
  const entries: JournalEntry[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  window.touchmap = {
    appendJournal: ({ entries: sent }: { entries: JournalEntry[] }) =>
      new Promise((resolve) => {
        const write = () => {
          entries.push(...(JSON.parse(JSON.stringify(sent)) as JournalEntry[]));
          resolve({ ok: true, value: null });
        };
        if (hold) held.push(write);
        else write();
      }),
  } as never;
  return {
    entries,
    hold(on: boolean) {
      hold = on;
      if (!on) held.splice(0).forEach((write) => write());
    },
    /** Everything since the save that emptied the journal. */
    clear: () => entries.splice(0),
  };
}

/** A host app holding `saved`, in a workshop with one peer (their docs exchange updates at once). */
function workshop(saved: Project) {
  useDocument.getState().open(saved);
  const hostDoc = new Y.Doc();
  seedDoc(hostDoc, saved);
  const peerDoc = new Y.Doc();
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(hostDoc));
  hostDoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(peerDoc, u, 'host'));
  peerDoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'host' && Y.applyUpdate(hostDoc, u, 'peer'));
  const host = createSyncedProject(hostDoc);
  const peer = createSyncedProject(peerDoc);
  // As renderer/workshop/session.ts wires the host.
  useDocument.getState().applyShared(host.read().project);
  useDocument.getState().setShared({
    role: 'host',
    commit: (next) => host.commit(next),
    undo: () => host.undo(),
    redo: () => host.redo(),
    canUndo: () => host.canUndo(),
    canRedo: () => host.canRedo(),
  });
  const off = host.onChange((e) => useDocument.getState().applyShared(e.project));
  return {
    peer,
    peerDoes(command: Command) {
      peer.commit(applyCommand(peer.read().project, command).project);
    },
    stop() {
      off();
      host.destroy();
      peer.destroy();
    },
  };
}

const titleOf = (p: Project | null, id: string) => p?.steps.find((s) => s.id === id)?.title;

let stop: () => void = () => {};
beforeEach(() => {
  useDocument.getState().close();
  stop = startJournal();
});
afterEach(() => {
  stop();
  useDocument.getState().close();
});

describe('recovery journal while co-editing (host)', () => {
  it("gives back the merged document after a crash: the peer's edits and the host's own", async () => {
    const file = disk();
    const saved = supermarket();
    const session = workshop(saved);
    const [first, second, third] = saved.steps;
    session.peerDoes({ type: 'updateStep', stepId: first!.id, changes: { title: 'Renamed by Ben' } });
    session.peerDoes({ type: 'addStep', step: { ...second!, id: 'ben-1', title: 'Added by Ben' } });
    useDocument.getState().dispatch({ type: 'updateStep', stepId: third!.id, changes: { title: 'Renamed by Anna' } });
    session.peerDoes({ type: 'removeSelection', stepIds: [second!.id], flowIds: [] });
    await flushJournal();

    // The app dies here: what is on disk is the file as saved and the journal.
    const restored = replayJournal(saved, file.entries);
    const merged = useDocument.getState().project!;
    expect(restored).toEqual(merged);
    expect(titleOf(restored, first!.id)).toBe('Renamed by Ben');
    expect(titleOf(restored, 'ben-1')).toBe('Added by Ben');
    expect(titleOf(restored, third!.id)).toBe('Renamed by Anna');
    expect(titleOf(restored, second!.id)).toBeUndefined();
    session.stop();
  });

  it('records remote edits that arrive while an append is on its way, and across a save', async () => {
    const file = disk();
    const saved = supermarket();
    const session = workshop(saved);
    const ids = saved.steps.map((s) => s.id);
    file.hold(true);
    for (let i = 0; i < 12; i++)
      session.peerDoes({ type: 'updateStep', stepId: ids[i % ids.length]!, changes: { title: `Edit ${i}` } });
    file.hold(false);
    await flushJournal();

    // A save of what the host has now empties the journal; later remote edits build on it.
    const { project: atSave, revision } = useDocument.getState();
    coveredBySave(revision);
    file.clear();
    session.peerDoes({ type: 'addStep', step: { ...saved.steps[0]!, id: 'late', title: 'After the save' } });
    session.peerDoes({ type: 'updateStep', stepId: ids[0]!, changes: { title: 'Last word' } });
    await flushJournal();

    const restored = replayJournal(atSave!, file.entries);
    expect(restored).toEqual(useDocument.getState().project);
    expect(titleOf(restored, 'late')).toBe('After the save');
    expect(titleOf(restored, ids[0]!)).toBe('Last word');
    session.stop();
  });

  it("journals a peer's small edit of a 1,000-step map as a small entry, not a copy of the map", async () => {
    const file = disk();
    const saved = generateJourney(1000);
    const session = workshop(saved);
    await flushJournal();
    file.clear();
    session.peerDoes({ type: 'updateStep', stepId: saved.steps[700]!.id, changes: { title: 'Renamed by Ben' } });
    session.peerDoes({ type: 'addStep', step: { ...saved.steps[5]!, id: 'ben-2', title: 'Added by Ben' } });
    await flushJournal();
    expect(file.entries).toHaveLength(2);
    const sizes = file.entries.map((e) => JSON.stringify(e).length);
    const map = JSON.stringify(saved).length;
    // A rename is a title; an added step is the step: each well under a thousandth of the map.
    for (const size of sizes) expect(size).toBeLessThan(map / 1000);
    expect(replayJournal(saved, file.entries)).toEqual(useDocument.getState().project);
    session.stop();
  });
});
