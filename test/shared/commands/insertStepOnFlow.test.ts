import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, type Command } from '../../../shared/commands';
import { boxOf, overlaps } from '../../../shared/layout/freeSpace';
import { GRID } from '../../../shared/layout/grid';
import type { Project, Step } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';
import { applyAndCheck, expectRejected, stepOf, supermarket } from './fixtures';

const template = (): Project =>
  buildTemplate('supermarket', { id: 'p', name: 'Groceries', now: '2026-01-01T00:00:00.000Z' });

const newStep = (over: Partial<Step> = {}): Step => ({
  id: 'new',
  stageId: 'arrive',
  title: 'Scan the loyalty card',
  description: '',
  kind: 'step',
  position: { x: 9999, y: 9999 },
  ...over,
});

const insert = (flowId: string, over: Partial<Command & { type: 'insertStepOnFlow' }> = {}): Command => ({
  type: 'insertStepOnFlow',
  flowId,
  step: newStep(),
  flowIds: ['in', 'out'],
  ...over,
});

/** No two steps of the same cell overlap. */
function expectNoOverlap(project: Project) {
  for (const a of project.steps)
    for (const b of project.steps) {
      if (a.id >= b.id || a.stageId !== b.stageId || (a.laneId ?? '') !== (b.laneId ?? '')) continue;
      expect(overlaps(boxOf(a.position), boxOf(b.position)), `${a.title} overlaps ${b.title}`).toBe(false);
    }
}

describe('insertStepOnFlow', () => {
  it('replaces the flow by two through a new step and moves the later steps of the stage right', () => {
    const before = template();
    const { project } = applyAndCheck(before, insert('sm-queue--sm-pay-step'));
    expect(project.flows.some((f) => f.id === 'sm-queue--sm-pay-step')).toBe(false);
    const into = project.flows.find((f) => f.id === 'in');
    const out = project.flows.find((f) => f.id === 'out');
    expect(into).toEqual({ id: 'in', from: 'sm-queue', to: 'new', label: '', kind: 'main' });
    expect(out).toEqual({ id: 'out', from: 'new', to: 'sm-pay-step', label: '', kind: 'main' });
    // The two flows take the old flow's place in the list (flow order is drawing order).
    const at = before.flows.findIndex((f) => f.id === 'sm-queue--sm-pay-step');
    expect(project.flows.slice(at, at + 2).map((f) => f.id)).toEqual(['in', 'out']);

    // The new step sits where Pay was, in the queue's stage; Pay moved one step right.
    const queue = stepOf(before, 'sm-queue');
    const pay = stepOf(before, 'sm-pay-step');
    const added = stepOf(project, 'new');
    expect(added.stageId).toBe('sm-pay');
    expect(added.position).toEqual(pay.position);
    expect(added.position.x).toBeGreaterThan(queue.position.x + GRID.defaultStepSize.width);
    expect(stepOf(project, 'sm-pay-step').position.x).toBeGreaterThanOrEqual(
      added.position.x + GRID.defaultStepSize.width,
    );
    // Steps before the flow, and those of other stages, stay where they were.
    for (const id of ['sm-prepare', 'sm-queue', 'sm-collect-bag', 'sm-browse'])
      expect(stepOf(project, id).position).toEqual(stepOf(before, id).position);
    expectNoOverlap(project);
  });

  it('keeps the kind on both flows and the label on the first, and moves nothing when there is room', () => {
    const before = template();
    const { project } = applyAndCheck(before, insert('sm-choose-goods--sm-ask-help'));
    expect(project.flows.find((f) => f.id === 'in')).toMatchObject({ kind: 'alternative', label: 'Needs advice' });
    expect(project.flows.find((f) => f.id === 'out')).toMatchObject({ kind: 'alternative', label: '' });
    const changed = project.steps.filter((s) => s.id !== 'new' && s !== before.steps.find((b) => b.id === s.id));
    expect(changed).toEqual([]);
    expectNoOverlap(project);
  });

  it('goes below a step that would still be in the way after the move', () => {
    const p = template();
    // Right of and just below "Wait in the queue": moved right with Pay, it would touch the new step.
    const queue = stepOf(p, 'sm-queue');
    const low: Step = { ...newStep(), id: 'low', stageId: 'sm-pay', title: 'Low' };
    low.position = { x: queue.position.x + 100, y: queue.position.y + GRID.defaultStepSize.height + 14 };
    const withLow = applyAndCheck(p, { type: 'addStep', step: low }).project;
    const { project } = applyAndCheck(withLow, insert('sm-queue--sm-pay-step'));
    expect(stepOf(project, 'new').position.y).toBeGreaterThan(stepOf(project, 'low').position.y);
    expectNoOverlap(project);
  });

  it('is one change: undo gives the identical document', () => {
    const before = template();
    const result = applyCommand(before, insert('sm-queue--sm-pay-step'));
    expect(applyPatchesToProject(result.project, result.inversePatches)).toStrictEqual(before);
  });

  it('takes the cell from the source, whatever the step says', () => {
    const { project } = applyAndCheck(
      supermarket(),
      insert('f6', { step: newStep({ stageId: 'leave', laneId: 'back' }) }),
    );
    expect(stepOf(project, 'new')).toMatchObject({ stageId: 'pay', laneId: 'customer' });
  });

  it('refuses an unknown flow, taken or equal flow ids, a taken step id and invalid fields', () => {
    const p = supermarket();
    expectRejected(p, insert('ghost'), 'not-found');
    expectRejected(p, insert('f6', { flowIds: ['f1', 'out'] }), 'duplicate-id');
    expectRejected(p, insert('f6', { flowIds: ['in', 'f6'] }), 'duplicate-id');
    expectRejected(p, insert('f6', { flowIds: ['same', 'same'] }), 'duplicate-id');
    expectRejected(p, insert('f6', { step: newStep({ id: 'queue' }) }), 'duplicate-id');
    expectRejected(p, insert('f6', { step: newStep({ title: 'x'.repeat(501) }) }), 'invalid-value');
  });
});
