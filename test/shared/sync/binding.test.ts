import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand, type Command } from '../../../shared/commands';
import { parseProject, type Project } from '../../../shared/model';
import { createSyncedProject, seedDoc, type SyncedProject } from '../../../shared/sync/binding';
import { decodeTop } from '../../../shared/sync/encode';
import { supermarket } from '../commands/fixtures';
import { STAFF, votingProject } from '../commands/votingSample';

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

  it('concurrent edits of different fields of one step merge; an order change moves one item only', () => {
    const { synced, hold, flush, docs } = peers(3, supermarket());
    const [a, b, c] = synced;
    const moment = a.read().project.steps.find((s) => s.moment)!;
    hold();
    run(a, { type: 'updateMoment', stepId: moment.id, changes: { risk: { likelihood: 4 } } });
    run(b, { type: 'updateMoment', stepId: moment.id, changes: { risk: { mitigation: 'Train staff' } } });
    run(c, { type: 'updateStep', stepId: moment.id, changes: { title: 'Renamed by C' } });
    const stages = a.read().project.stages;
    run(a, { type: 'moveStage', stageId: stages[stages.length - 1].id, toIndex: 0 });
    run(b, { type: 'addStage', stage: { id: 'b-stage', name: 'B' }, index: 1 });
    flush();
    const merged = a.read().project;
    const step = merged.steps.find((s) => s.id === moment.id)!;
    expect(step.moment!.risk.likelihood).toBe(4);
    expect(step.moment!.risk.mitigation).toBe('Train staff');
    expect(step.title).toBe('Renamed by C');
    expect(merged.stages[0].id).toBe(stages[stages.length - 1].id);
    expect(merged.stages.map((s) => s.id)).toContain('b-stage');
    expect(b.read()).toEqual(a.read());
    expect(c.read()).toEqual(a.read());
    expect(Y.encodeStateVector(docs[1])).toEqual(Y.encodeStateVector(docs[0]));
  });

  it('two people adding to the same list at the same moment both keep theirs: dots and notes', () => {
    const { synced, hold, flush } = peers(3, votingProject());
    const [a, b, c] = synced;
    run(c, { type: 'addNote', stepId: 'ask', row: 'thoughts', text: 'From Cy' });
    hold();
    run(a, { type: 'placeDot', roundId: 'r1', participant: 'Ann', target: STAFF });
    run(b, { type: 'placeDot', roundId: 'r1', participant: 'Ben', target: STAFF });
    run(a, { type: 'addNote', stepId: 'ask', row: 'thoughts', text: 'From Ann' });
    run(b, { type: 'addNote', stepId: 'ask', row: 'thoughts', text: 'From Ben' });
    run(c, { type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'From Cy' });
    flush();
    const merged = a.read().project;
    const round = merged.votingRounds!.find((r) => r.id === 'r1')!;
    // Ann had one dot already; each placed one more.
    expect(round.dots.filter((d) => d.participant === 'Ann')).toHaveLength(2);
    expect(round.dots.filter((d) => d.participant === 'Ben')).toHaveLength(1);
    const step = merged.steps.find((s) => s.id === 'ask')!;
    expect(step.thoughts).toEqual(expect.arrayContaining(['From Cy', 'From Ann', 'From Ben']));
    expect(step.moment!.painPoints).toContain('From Cy');
    expect(a.read().repairs).toEqual([]);
    expect(b.read()).toEqual(a.read());
    expect(c.read()).toEqual(a.read());
    expect(parseProject(merged).ok).toBe(true);

    // One removes a dot while another places one: the removal and the placing both hold.
    hold();
    run(a, { type: 'removeDot', roundId: 'r1', participant: 'Ann', target: STAFF });
    run(b, { type: 'placeDot', roundId: 'r1', participant: 'Ben', target: STAFF });
    flush();
    const after = b.read().project.votingRounds!.find((r) => r.id === 'r1')!;
    expect(after.dots.filter((d) => d.participant === 'Ann')).toHaveLength(1);
    expect(after.dots.filter((d) => d.participant === 'Ben')).toHaveLength(2);
    expect(a.read()).toEqual(b.read());

    // Each undo takes back only that person's own dot.
    expect(b.undo()).toBe(true);
    const undone = a.read().project.votingRounds!.find((r) => r.id === 'r1')!;
    expect(undone.dots.filter((d) => d.participant === 'Ben')).toHaveLength(1);
    expect(undone.dots.filter((d) => d.participant === 'Ann')).toHaveLength(1);
  });

  it('a field this build does not know (a later format) rides along untouched by commits', () => {
    const project = { ...supermarket(), comments: [{ id: 'c1', text: 'First' }] } as Project;
    const { synced, docs } = peers(2, project);
    const [a, b] = synced;
    run(a, { type: 'renameProject', name: 'A' });
    run(b, { type: 'addLane', lane: { id: 'lane-x', name: 'X' } });
    for (const doc of docs) expect(decodeTop(doc).comments).toEqual([{ id: 'c1', text: 'First' }]);
  });

  it('two peers that start the same new list at once both keep their item', () => {
    const { synced, hold, flush, docs } = peers(2, supermarket());
    hold();
    synced.forEach((s, i) =>
      s.commit({ ...s.read().project, comments: [{ id: `c${i}`, text: `by ${i}` }] } as unknown as Project),
    );
    flush();
    for (const doc of docs)
      expect((decodeTop(doc).comments as { id: string }[]).map((c) => c.id)).toEqual(['c0', 'c1']);
  });

  it('a step added to a stage removed concurrently is re-homed, a score typed while the scale shrank is clamped', () => {
    const { synced, hold, flush } = peers(2, supermarket());
    const [a, b] = synced;
    const project = a.read().project;
    const stage = project.stages[project.stages.length - 1];
    const moment = project.steps.find((s) => s.moment)!;
    expect(project.servqualScale).toBe(7);
    hold();
    run(a, { type: 'removeStage', stageId: stage.id });
    run(a, { type: 'setServqualScale', scale: 5 });
    run(b, {
      type: 'addStep',
      step: { id: 'late', stageId: stage.id, title: 'Late', description: '', kind: 'step', position: { x: 0, y: 0 } },
    });
    run(b, { type: 'updateMoment', stepId: moment.id, changes: { servqual: { empathy: { expectation: 7 } } } });
    flush();
    for (const s of synced) {
      const { project: merged, repairs } = s.read();
      const late = merged.steps.find((st) => st.id === 'late')!;
      expect(late.stageId).toBe(merged.stages[0].id);
      expect(repairs).toContainEqual({ kind: 'stepRehomed', id: 'late' });
      expect(merged.steps.find((st) => st.id === moment.id)?.moment?.servqual.empathy.expectation).toBe(5);
      expect(repairs).toContainEqual({ kind: 'valueClamped', id: moment.id });
      expect(parseProject(merged).ok).toBe(true);
    }
    expect(a.read()).toEqual(b.read());
  });
});
