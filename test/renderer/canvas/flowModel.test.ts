import { describe, expect, it } from 'vitest';
import { buildEdges, gridOf } from '../../../renderer/editor/flowModel';
import { applyCommand } from '../../../shared/commands';
import { buildTemplate } from '../../../shared/templates';

const template = () => buildTemplate('supermarket', { id: 'p', name: 'Groceries', now: '2026-01-01T00:00:00.000Z' });
const names = (project: ReturnType<typeof template>) =>
  buildEdges(project, gridOf(project), new Set(), new Map()).map((e) => e.ariaLabel);

describe('flow names', () => {
  it('name every flow by its kind, its label and the titles of its ends', () => {
    const all = names(template());
    expect(all).toContain('main flow from Wait in the queue to Pay');
    expect(all).toContain('alternative flow "Needs advice" from Choose goods to Ask a sales assistant for help');
    expect(all).toContain('alternative flow "Found it" from Ask a sales assistant for help to Choose goods');
    expect(new Set(all).size).toBe(all.length);
  });

  it('follow a renamed step and a changed kind, even when the flow object is reused', () => {
    const before = template();
    const edges = buildEdges(before, gridOf(before), new Set(), new Map());
    const cache = new Map(edges.map((e) => [e.id, e]));
    let after = applyCommand(before, {
      type: 'updateStep',
      stepId: 'sm-pay-step',
      changes: { title: 'Pay at the till' },
    }).project;
    after = applyCommand(after, {
      type: 'updateFlow',
      flowId: 'sm-prepare--sm-queue',
      changes: { kind: 'failure' },
    }).project;
    const renamed = buildEdges(after, gridOf(after), new Set(), cache).map((e) => e.ariaLabel);
    expect(renamed).toContain('main flow from Wait in the queue to Pay at the till');
    expect(renamed).toContain('main flow from Pay at the till to Collect the bag');
    expect(renamed).toContain('failure flow from Prepare to pay to Wait in the queue');
    expect(renamed).not.toContain('main flow from Wait in the queue to Pay');
  });
});

describe('flow drawing order', () => {
  it('draws the longer of two flows from the same step first, so the short one is on top', () => {
    const before = template();
    const step = { ...before.steps[0], id: 'below', title: 'Ask for a bag', stageId: 'sm-pay' };
    delete step.moment;
    const { project } = applyCommand(before, {
      type: 'addStepAfter',
      fromStepId: 'sm-queue',
      flowId: 'to-below',
      step: { ...step, position: { x: 504, y: 180 } },
    });
    const order = buildEdges(project, gridOf(project), new Set(), new Map()).map((e) => e.id);
    expect(order.indexOf('to-below')).toBeLessThan(order.indexOf('sm-queue--sm-pay-step'));
  });
});
