import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import type { Project, Step } from '../../../shared/model';
import { applyAndCheck, expectRejected, stepOf, supermarket } from './fixtures';

const newStep = (over: Partial<Step> = {}): Step => ({
  id: 'new',
  stageId: 'shop',
  laneId: 'customer',
  title: 'Weigh fruit',
  description: '',
  kind: 'step',
  position: { x: 300, y: 40 },
  ...over,
});

/** Apply a valid move that changes nothing: same object back, no patches, no refusal. */
function applyAndCheckNoop(p: Project, moves: { stepId: string; position: { x: number; y: number } }[]) {
  const result = applyCommand(p, { type: 'moveSteps', moves });
  expect(result.project).toBe(p);
  expect(result.rejected).toBeUndefined();
  return result.patches;
}

describe('addStep', () => {
  it('appends the step as given', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'addStep', step: newStep() });
    expect(project.steps.at(-1)).toEqual(newStep());
    expect(project.steps).toHaveLength(supermarket().steps.length + 1);
  });

  it('drops unknown keys instead of storing them', () => {
    const step = { ...newStep(), colour: 'red' } as Step;
    const { project } = applyAndCheck(supermarket(), { type: 'addStep', step });
    expect(Object.keys(project.steps.at(-1) ?? {})).not.toContain('colour');
  });

  it('refuses a taken id, a missing stage or lane, and invalid fields', () => {
    const p = supermarket();
    expectRejected(p, { type: 'addStep', step: newStep({ id: 'enter' }) }, 'duplicate-id');
    expectRejected(p, { type: 'addStep', step: newStep({ stageId: 'nowhere' }) }, 'not-found');
    expectRejected(p, { type: 'addStep', step: newStep({ laneId: 'nowhere' }) }, 'not-found');
    expectRejected(p, { type: 'addStep', step: newStep({ title: 'x'.repeat(501) }) }, 'invalid-value');
    expectRejected(p, { type: 'addStep', step: newStep({ position: { x: Number.NaN, y: 0 } }) }, 'invalid-value');
  });
});

describe('addStepAfter', () => {
  it('adds the step and a main flow from the selected step', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'addStepAfter',
      fromStepId: 'checkout',
      step: newStep({ stageId: 'pay' }),
      flowId: 'f-new',
    });
    expect(stepOf(project, 'new').stageId).toBe('pay');
    expect(project.flows.at(-1)).toEqual({ id: 'f-new', from: 'checkout', to: 'new', label: '', kind: 'main' });
  });

  it('refuses an unknown origin or a taken flow id, adding nothing', () => {
    const p = supermarket();
    expectRejected(p, { type: 'addStepAfter', fromStepId: 'ghost', step: newStep(), flowId: 'f-new' }, 'not-found');
    expectRejected(p, { type: 'addStepAfter', fromStepId: 'enter', step: newStep(), flowId: 'f1' }, 'duplicate-id');
  });
});

describe('updateStep', () => {
  it('changes only the given fields', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateStep',
      stepId: 'browse',
      changes: { title: 'Look around', kind: 'decision' },
    });
    expect(stepOf(project, 'browse')).toEqual({
      ...stepOf(supermarket(), 'browse'),
      title: 'Look around',
      kind: 'decision',
    });
  });

  it('moves a step to another stage and lane, and clears the lane with null', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'updateStep',
      stepId: 'browse',
      changes: { stageId: 'pay', laneId: 'back' },
    }).project;
    expect(stepOf(p, 'browse')).toMatchObject({ stageId: 'pay', laneId: 'back' });
    p = applyAndCheck(p, { type: 'updateStep', stepId: 'browse', changes: { laneId: null } }).project;
    expect('laneId' in stepOf(p, 'browse')).toBe(false);
  });

  it('refuses unknown steps, stages, lanes and out-of-schema values', () => {
    const p = supermarket();
    expectRejected(p, { type: 'updateStep', stepId: 'ghost', changes: { title: 'x' } }, 'not-found');
    expectRejected(p, { type: 'updateStep', stepId: 'browse', changes: { stageId: 'ghost' } }, 'not-found');
    expectRejected(p, { type: 'updateStep', stepId: 'browse', changes: { laneId: 'ghost' } }, 'not-found');
    expectRejected(p, { type: 'updateStep', stepId: 'browse', changes: { title: 'x'.repeat(501) } }, 'invalid-value');
  });
});

describe('moveSteps', () => {
  it('moves several steps, across columns and lanes, as one change', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'moveSteps',
      moves: [
        { stepId: 'browse', position: { x: 500, y: 90 } },
        { stepId: 'restock', position: { x: 10, y: 20 }, stageId: 'arrive', laneId: 'front' },
        { stepId: 'note', position: { x: 40, y: 40 }, laneId: 'back' },
      ],
    });
    expect(stepOf(project, 'browse')).toMatchObject({
      stageId: 'shop',
      laneId: 'customer',
      position: { x: 500, y: 90 },
    });
    expect(stepOf(project, 'restock')).toMatchObject({
      stageId: 'arrive',
      laneId: 'front',
      position: { x: 10, y: 20 },
    });
    expect(stepOf(project, 'note').laneId).toBe('back');
  });

  it('gives no patches when nothing actually moves', () => {
    const p = supermarket();
    const result = applyAndCheckNoop(p, [{ stepId: 'browse', position: { x: 40, y: 40 } }]);
    expect(result).toEqual([]);
  });

  it('refuses the whole move when one part is invalid', () => {
    const p = supermarket();
    const good = { stepId: 'browse', position: { x: 1, y: 1 } };
    expectRejected(p, { type: 'moveSteps', moves: [good, { stepId: 'ghost', position: { x: 0, y: 0 } }] }, 'not-found');
    expectRejected(p, { type: 'moveSteps', moves: [good, { ...good, stageId: 'ghost' }] }, 'not-found');
    expectRejected(
      p,
      { type: 'moveSteps', moves: [good, { stepId: 'enter', position: { x: 2e7, y: 0 } }] },
      'invalid-value',
    );
  });
});

describe('removeSelection', () => {
  it('removes the steps and every flow touching them', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removeSelection', stepIds: ['browse'], flowIds: [] });
    expect(project.steps.map((s) => s.id)).not.toContain('browse');
    // f2, f3, f4, f5 and f8 all touch "browse".
    expect(project.flows.map((f) => f.id)).toEqual(['f1', 'f6', 'f7']);
  });

  it('removes selected flows while keeping their steps, ignoring unknown ids', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'removeSelection',
      stepIds: ['ghost'],
      flowIds: ['f1', 'f7', 'nope'],
    });
    expect(project.steps).toHaveLength(supermarket().steps.length);
    expect(project.flows.map((f) => f.id)).toEqual(['f2', 'f3', 'f4', 'f5', 'f6', 'f8']);
  });

  it('is a no-op when nothing selected exists', () => {
    const p = supermarket();
    const result = applyCommand(p, { type: 'removeSelection', stepIds: ['ghost'], flowIds: ['nope'] });
    expect(result.project).toBe(p);
    expect(result.patches).toEqual([]);
  });
});

describe('connect', () => {
  const flow = { id: 'f-new', from: 'exit', to: 'enter', label: 'next week', kind: 'alternative' as const };

  it('adds a flow, loops between distinct steps included', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'connect', flow });
    expect(project.flows.at(-1)).toEqual(flow);
  });

  it('refuses self-loops, exact duplicate pairs, missing ends and taken ids', () => {
    const p = supermarket();
    expectRejected(p, { type: 'connect', flow: { ...flow, to: 'exit' } }, 'self-loop');
    expectRejected(p, { type: 'connect', flow: { ...flow, from: 'enter', to: 'basket' } }, 'duplicate-flow');
    expectRejected(p, { type: 'connect', flow: { ...flow, to: 'ghost' } }, 'not-found');
    expectRejected(p, { type: 'connect', flow: { ...flow, id: 'f1' } }, 'duplicate-id');
  });

  it('allows the reverse direction of an existing flow', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'connect',
      flow: { ...flow, from: 'basket', to: 'enter' },
    });
    expect(project.flows).toHaveLength(supermarket().flows.length + 1);
  });
});

describe('updateFlow', () => {
  it('changes the label and kind', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateFlow',
      flowId: 'f5',
      changes: { label: 'found everything', kind: 'alternative' },
    });
    expect(project.flows.find((f) => f.id === 'f5')).toEqual({
      id: 'f5',
      from: 'browse',
      to: 'queue',
      label: 'found everything',
      kind: 'alternative',
    });
  });

  it('refuses unknown flows and invalid kinds', () => {
    const p = supermarket();
    expectRejected(p, { type: 'updateFlow', flowId: 'nope', changes: { label: 'x' } }, 'not-found');
    expectRejected(p, { type: 'updateFlow', flowId: 'f1', changes: { kind: 'sideways' as 'main' } }, 'invalid-value');
  });
});
