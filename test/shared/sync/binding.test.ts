import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand, type Command } from '../../../shared/commands';
import { parseProject, type Project } from '../../../shared/model';
import { createSyncedProject, seedDoc, type SyncedProject } from '../../../shared/sync/binding';
import { supermarket } from '../commands/fixtures';

/** Two or more docs wired directly (updates cross as they would through the server). */
function peers(n: number, project: Project): { docs: Y.Doc[]; synced: SyncedProject[]; flush(): void; hold(): void } {
  const docs = Array.from({ length: n }, () => new Y.Doc());
  seedDoc(docs[0], project);
  for (let i = 1; i < n; i++) Y.applyUpdate(docs[i], Y.encodeStateAsUpdate(docs[0]));
  let held = false;
  const queue: { to: number; update: Uint8Array }[] = [];
  docs.forEach((doc, i) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'wire') return;
      for (let j = 0; j < n; j++) if (j !== i) queue.push({ to: j, update });
      if (!held) flush();
    }),
  );
  const flush = () => {
    while (queue.length) {
      const { to, update } = queue.shift()!;
      Y.applyUpdate(docs[to], update, 'wire');
    }
  };
  return {
    docs,
    synced: docs.map((d) => createSyncedProject(d)),
    flush() {
      held = false;
      flush();
    },
    hold() {
      held = true;
    },
  };
}

function run(s: SyncedProject, command: Command): void {
  const result = applyCommand(s.read().project, command);
  expect(result.rejected).toBeUndefined();
  s.commit(result.project);
}

describe('binding', () => {
  it('seeds a doc and reads the same project back', () => {
    const project = supermarket();
    const doc = new Y.Doc();
    seedDoc(doc, project);
    const { project: read, repairs } = createSyncedProject(doc).read();
    expect(repairs).toEqual([]);
    expect(read).toEqual(parseProject(project).ok && project);
  });

  it('a commit reaches a peer; each undo removes only its own edit', () => {
    const { synced } = peers(2, supermarket());
    const [a, b] = synced;
    run(a, { type: 'renameProject', name: 'A named it' });
    const stageA = { id: 'sa', name: 'From A' };
    run(b, { type: 'addStage', stage: stageA });
    run(a, { type: 'updateStep', stepId: a.read().project.steps[0].id, changes: { title: 'A title' } });
    expect(b.read().project).toEqual(a.read().project);
    expect(b.undo()).toBe(true);
    expect(a.read().project.stages.some((s) => s.id === 'sa')).toBe(false);
    expect(a.read().project.name).toBe('A named it');
    expect(a.read().project.steps[0].title).toBe('A title');
    expect(a.undo()).toBe(true);
    expect(b.read().project.steps[0].title).not.toBe('A title');
    expect(b.read().project.name).toBe('A named it');
    expect(a.redo()).toBe(true);
    expect(b.read().project.steps[0].title).toBe('A title');
  });

  it('a flow to a step deleted concurrently is dropped on every peer, and reported', () => {
    const { synced, hold, flush } = peers(2, supermarket());
    const [a, b] = synced;
    const steps = a.read().project.steps;
    const [s0, s1] = [steps[0].id, steps[steps.length - 1].id];
    hold();
    run(a, { type: 'removeSelection', stepIds: [s1], flowIds: [] });
    run(b, { type: 'connect', flow: { id: 'fresh-flow', from: s0, to: s1, label: '', kind: 'main' } });
    flush();
    for (const s of synced) {
      const { project, repairs } = s.read();
      expect(project.flows.some((f) => f.id === 'fresh-flow')).toBe(false);
      expect(repairs).toContainEqual({ kind: 'flowDropped', id: 'fresh-flow' });
      expect(parseProject(project).ok).toBe(true);
    }
    expect(a.read().project).toEqual(b.read().project);
  });
});
