import { describe, expect, it } from 'vitest';
import { emotionPath } from '../../../shared/analysis';
import type { StepSpec } from '../model/build';
import { makeProject, moment } from '../model/build';

/** A contact-moment step with an emotion. */
function felt(id: string, emotion: number | null, extra: Partial<StepSpec> = {}): StepSpec {
  return { id, ...extra, moment: moment((m) => (m.emotion = emotion)) };
}

describe('emotionPath', () => {
  it('follows the main flow breadth-first from the start, then lists branches by stage and x', () => {
    const project = makeProject({
      stages: ['enter', 'choose', 'pay'],
      steps: [
        // Document order deliberately differs from journey order.
        felt('pay', -1, { stageId: 'pay', position: { x: 40, y: 40 } }),
        { id: 'start', kind: 'start', stageId: 'enter' },
        felt('help', 2, { stageId: 'choose', position: { x: 300, y: 200 } }),
        felt('basket', 0, { stageId: 'enter', position: { x: 240, y: 40 } }),
        felt('choose', 1, { stageId: 'choose', position: { x: 40, y: 40 } }),
        felt('complain', -2, { stageId: 'enter', position: { x: 500, y: 200 } }),
        { id: 'end', kind: 'end', stageId: 'pay' },
      ],
      flows: [
        ['start', 'basket'],
        ['basket', 'choose'],
        ['choose', 'help', 'alternative'],
        ['help', 'choose', 'alternative'],
        ['choose', 'pay'],
        ['pay', 'end'],
        ['pay', 'complain', 'failure'],
      ],
    });
    const path = emotionPath(project);
    expect(path.map((p) => p.stepId)).toEqual(['basket', 'choose', 'pay', 'complain', 'help']);
    expect(path.map((p) => p.emotion)).toEqual([0, 1, -1, -2, 2]);
    expect(path.map((p) => p.onMainPath)).toEqual([true, true, true, false, false]);
    expect(path[2]).toEqual({ stepId: 'pay', stageId: 'pay', emotion: -1, momentOfTruth: false, onMainPath: true });
  });

  it('visits breadth-first: both branches of a fork before what follows either', () => {
    const project = makeProject({
      steps: [felt('s', 0, { kind: 'start' }), felt('a', 1), felt('b', 1), felt('a2', 2), felt('b2', 2)],
      flows: [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 'a2'],
        ['b', 'b2'],
      ],
    });
    expect(emotionPath(project).map((p) => p.stepId)).toEqual(['s', 'a', 'b', 'a2', 'b2']);
  });

  it('reports moments of truth and unassessed emotions as they are', () => {
    const project = makeProject({
      steps: [{ id: 's', kind: 'start', moment: moment((m) => ((m.momentOfTruth = true), (m.emotion = null))) }],
    });
    expect(emotionPath(project)).toEqual([
      { stepId: 's', stageId: 's1', emotion: null, momentOfTruth: true, onMainPath: true },
    ]);
  });

  it('starts from steps without incoming flows when no step is marked start, and ends loops', () => {
    const project = makeProject({
      steps: [felt('b', 1), felt('a', 0), felt('c', -1)],
      flows: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'b'],
      ],
    });
    expect(emotionPath(project).map((p) => p.stepId)).toEqual(['a', 'b', 'c']);
  });

  it('orders a journey with no flows by stage, then x', () => {
    const project = makeProject({
      stages: ['one', 'two'],
      steps: [
        felt('two-left', 0, { stageId: 'two', position: { x: 10, y: 0 } }),
        felt('one-right', 0, { stageId: 'one', position: { x: 400, y: 0 } }),
        felt('one-left', 0, { stageId: 'one', position: { x: 20, y: 0 } }),
      ],
    });
    // No flows: every step is an entry, and entries are taken in stage, then x order.
    expect(emotionPath(project).map((p) => p.stepId)).toEqual(['one-left', 'one-right', 'two-left']);
  });

  it('walks a long looping journey of 5,000 steps quickly and completely', () => {
    const n = 5000;
    const steps: StepSpec[] = Array.from({ length: n }, (_, i) =>
      felt(`s${i}`, (i % 5) - 2, { kind: i === 0 ? 'start' : i === n - 1 ? 'end' : 'step', position: { x: i, y: 0 } }),
    );
    const flows: [string, string, 'main' | 'alternative'][] = [];
    for (let i = 0; i + 1 < n; i++) {
      flows.push([`s${i}`, `s${i + 1}`, 'main']);
      if (i % 10 === 9) flows.push([`s${i}`, `s${i - 9}`, 'alternative']); // loop back
    }
    const project = makeProject({ steps, flows });
    const started = performance.now();
    const path = emotionPath(project);
    const elapsed = performance.now() - started;
    expect(path).toHaveLength(n);
    expect(path[0].stepId).toBe('s0');
    expect(path[n - 1].stepId).toBe(`s${n - 1}`);
    expect(new Set(path.map((p) => p.stepId)).size).toBe(n);
    expect(elapsed).toBeLessThan(500);
  });
});
