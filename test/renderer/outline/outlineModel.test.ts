import { describe, expect, it } from 'vitest';
import { riskLevel, riskScore } from '../../../shared/analysis';
import { blankProject, defaultMoment, defaultStep } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/types';
import { buildTemplate } from '../../../shared/templates';
import {
  buildOutline,
  detailKey,
  detailsOf,
  hasChildren,
  isExpanded,
  journeyOrder,
  parentOf,
  visibleKeys,
} from '../../../renderer/editor/outline/outlineModel';
import { generateJourney } from '../../support/generate';

/** Two stages and a lane; the main path runs B -> A -> C although A is drawn left of B. */
function project(): Project {
  const p = blankProject({ id: 'p', name: 'P', now: '2024-01-01T00:00:00.000Z' });
  p.stages = [
    { id: 's1', name: 'Arrive' },
    { id: 's2', name: 'Pay' },
  ];
  p.lanes = [{ id: 'l1', name: 'Front stage' }];
  const moment = defaultMoment();
  moment.momentOfTruth = true;
  moment.risk = { likelihood: 3, impact: 4, description: 'Queue too long', mitigation: 'Open a till' };
  moment.emotion = -1;
  moment.servqual.reliability = { expectation: 7, perception: 4 };
  moment.senses.hearing = { engaged: true, valence: -1, note: 'Loud music' };
  moment.painPoints = ['Slow', ' '];
  p.steps = [
    defaultStep({ id: 'a', stageId: 's1', title: 'Find a basket', position: { x: 0, y: 0 } }),
    defaultStep({ id: 'b', stageId: 's1', title: 'Walk in', kind: 'start', position: { x: 300, y: 0 } }),
    defaultStep({ id: 'c', stageId: 's2', laneId: 'l1', title: 'Wait in the queue', moment, position: { x: 0, y: 0 } }),
    defaultStep({ id: 'x', stageId: 'gone', title: '', position: { x: 0, y: 0 } }),
  ];
  p.flows = [
    { id: 'f1', from: 'b', to: 'a', label: '', kind: 'main' },
    { id: 'f2', from: 'a', to: 'c', label: 'has a basket', kind: 'alternative' },
    { id: 'f3', from: 'a', to: 'c', label: '', kind: 'main' },
    { id: 'f4', from: 'nowhere', to: 'c', label: '', kind: 'failure' },
  ];
  return p;
}

describe('outline model', () => {
  it('lists stages in order, steps in journey order, and the steps and flows that fit no stage', () => {
    const outline = buildOutline(project());
    expect(outline.groups.map((g) => g.label)).toEqual([
      'Stage 1: Arrive',
      'Stage 2: Pay',
      'Steps in no stage',
      'Flows with a missing step',
    ]);
    expect(outline.groups[0].steps.map((s) => s.title)).toEqual(['Walk in', 'Find a basket']);
    expect(outline.groups[2].steps.map((s) => s.title)).toEqual(['Untitled step']);
    expect(outline.groups[3].flows.map((f) => f.name)).toEqual([
      'failure flow from a missing step to Wait in the queue',
    ]);
    expect(journeyOrder(project()).map((s) => s.id)).toEqual(['b', 'a', 'c', 'x']);
    expect([outline.stageCount, outline.stepCount, outline.flowCount]).toEqual([2, 4, 4]);
  });

  it('names flows by their ends and kind, under the step they leave', () => {
    const outline = buildOutline(project());
    const basket = outline.steps.get('a')!;
    expect(basket.flows.map((f) => f.name)).toEqual([
      'alternative flow "has a basket" from Find a basket to Wait in the queue',
      'main flow from Find a basket to Wait in the queue',
    ]);
    expect(parentOf(outline, 'flow:f2')).toBe('step:a');
    expect(parentOf(outline, 'step:a')).toBe('stage:s1');
    expect(parentOf(outline, detailKey('c', 3))).toBe('step:c');
  });

  it('says a step with its kind, lane and key figures, and its annotations in words from the analysis', () => {
    const p = project();
    const outline = buildOutline(p);
    expect(outline.steps.get('b')!.label).toBe('Walk in, start');
    const queue = outline.steps.get('c')!;
    const score = riskScore(p.steps[2].moment!.risk)!;
    expect(queue.label).toBe(
      `Wait in the queue, lane Front stage, contact moment, moment of truth, risk ${score} ${riskLevel(score)}, emotion -1`,
    );
    expect(detailsOf(queue)).toEqual([
      'Channel: In person',
      'Senses: Hearing negative (Loud music)',
      'Risk: score 12, high',
      'Risk: Queue too long',
      'Mitigation: Open a till',
      'Emotion: -1 negative',
      'SERVQUAL gap: mean -3.00, weighted -3.00; Reliability -3 (E 7, P 4)',
      'SERVQUAL evidence: Assumed',
      'Pain points: Slow',
    ]);
  });

  it('reuses the entries an edit did not touch, and renames the flows into a renamed step', () => {
    const p = project();
    const first = buildOutline(p);
    const renamed: Project = { ...p, steps: p.steps.map((s) => (s.id === 'c' ? { ...s, title: 'Queue' } : s)) };
    const second = buildOutline(renamed, first);
    expect(second.steps.get('b')).toBe(first.steps.get('b'));
    expect(second.steps.get('c')).not.toBe(first.steps.get('c'));
    // "Find a basket" is unchanged, but its flows now lead to "Queue".
    expect(second.steps.get('a')!.flows[1].name).toBe('main flow from Find a basket to Queue');
  });

  it('shows groups expanded and steps collapsed until toggled, and walks what is shown', () => {
    const outline = buildOutline(project());
    expect(visibleKeys(outline, new Set())).toEqual([
      'stage:s1',
      'step:b',
      'step:a',
      'stage:s2',
      'step:c',
      'group:no-stage',
      'step:x',
      'group:loose-flows',
      'flow:f4',
    ]);
    const toggled = new Set(['stage:s1', 'step:a']);
    expect(isExpanded('stage:s1', toggled)).toBe(false);
    expect(visibleKeys(outline, toggled).slice(0, 5)).toEqual([
      'stage:s1',
      'stage:s2',
      'step:c',
      'group:no-stage',
      'step:x',
    ]);
    const opened = visibleKeys(outline, new Set(['step:a']));
    expect(opened.slice(2, 5)).toEqual(['step:a', 'flow:f2', 'flow:f3']);
    expect(hasChildren(outline, 'step:x')).toBe(false);
    expect(hasChildren(outline, 'step:c')).toBe(true);
  });

  it('holds every step of a 2,000-step journey', () => {
    const big = generateJourney(2000);
    const outline = buildOutline(big);
    const listed = outline.groups.flatMap((g) => g.steps.map((s) => s.id));
    expect(listed.sort()).toEqual(big.steps.map((s) => s.id).sort());
  });

  it('reads the supermarket template stage by stage', () => {
    const sm = buildTemplate('supermarket', { id: 'x', name: 'x', now: new Date(0).toISOString() });
    const outline = buildOutline(sm);
    expect(outline.groups.map((g) => g.stageId)).toEqual(sm.stages.map((s) => s.id));
    for (const group of outline.groups)
      expect(group.steps.map((s) => s.id).sort()).toEqual(
        sm.steps
          .filter((s) => s.stageId === group.stageId)
          .map((s) => s.id)
          .sort(),
      );
  });
});
