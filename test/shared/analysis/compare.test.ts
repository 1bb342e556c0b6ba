import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import { compareStates, stageFigures } from '../../../shared/analysis/compare';
import { projectWithState, type Project, type Step } from '../../../shared/model';
import { supermarket } from '../commands/fixtures';

function future(...commands: Command[]): { today: Project; future: Project } {
  let p = applyCommand(supermarket(), {
    type: 'duplicateState',
    stateId: 'future',
    name: 'Future',
    current: { id: 'today', name: 'Today' },
  }).project;
  for (const c of commands) {
    const r = applyCommand(p, c);
    expect(r.rejected).toBeUndefined();
    p = r.project;
  }
  return { today: projectWithState(p, 'today'), future: p };
}

const compare = (x: { today: Project; future: Project }) => compareStates(x.today, x.future, x.today.servqualWeights);

describe('compareStates', () => {
  it('finds nothing between a state and its fresh copy', () => {
    const c = compare(future());
    expect(c.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 });
    expect(c.stages.map((s) => [s.a?.name, s.b?.name])).toEqual([
      ['Arrive', 'Arrive'],
      ['Shop', 'Shop'],
      ['Pay', 'Pay'],
      ['Leave', 'Leave'],
    ]);
  });

  it('lists added, removed and moved steps (stage change and order)', () => {
    const bag: Step = {
      id: 'bag',
      stageId: 'pay',
      title: 'Bag the shopping',
      description: '',
      kind: 'step',
      position: { x: 900, y: 40 },
    };
    const c = compare(
      future(
        { type: 'addStep', step: bag },
        { type: 'removeSelection', stepIds: ['restock'], flowIds: [] },
        { type: 'updateStep', stepId: 'queue', changes: { stageId: 'shop' } },
        // Take a basket goes before Enter in the same stage.
        { type: 'moveSteps', moves: [{ stepId: 'basket', position: { x: 0, y: 40 } }] },
      ),
    );
    const summary = c.changes.map((ch) =>
      ch.kind === 'added' || ch.kind === 'removed' ? `${ch.kind} ${ch.step.title}` : `${ch.kind} ${ch.a.title}`,
    );
    expect(summary).toContain('added Bag the shopping');
    expect(summary).toContain('removed Restock shelves');
    const moved = c.changes.filter((ch) => ch.kind === 'moved');
    // Enter and Take a basket swapped places: one of the two is listed as moved within its stage.
    expect(moved.map((m) => [m.a.stageId, m.stageChanged])).toEqual([
      ['arrive', false],
      ['pay', true],
    ]);
    expect(['enter', 'basket']).toContain(moved[0].a.id);
    const queue = moved.find((m) => m.a.id === 'queue')!;
    expect([queue.from?.name, queue.to?.name]).toEqual(['Pay', 'Shop']);
    // One step moved ahead of another counts once, not both.
    expect(c.counts).toEqual({ added: 1, removed: 1, moved: 2, changed: 0 });
  });

  it('lists changed annotations with the emotion, risk and SERVQUAL before and after', () => {
    const c = compare(
      future(
        { type: 'updateMoment', stepId: 'ask', changes: { emotion: 2, risk: { likelihood: 1 } } },
        { type: 'updateMoment', stepId: 'ask', changes: { servqual: { responsiveness: { perception: 6 } } } },
        { type: 'updateMoment', stepId: 'ask', changes: { painPoints: [] } },
        { type: 'setContactMoment', stepId: 'browse', on: true },
      ),
    );
    const changed = c.changes.filter((ch) => ch.kind === 'changed');
    expect(changed.map((ch) => [ch.a.id, ch.fields])).toEqual([
      ['browse', ['contactMoment']],
      ['ask', ['emotion', 'risk', 'servqual', 'painPoints']],
    ]);
    const ask = changed.find((ch) => ch.a.id === 'ask')!;
    expect(ask.risk).toEqual({ a: 12, b: 4, change: -8 });
    expect(ask.servqualWeighted).toEqual({ a: -3, b: 0, change: 3 });
    expect(ask.emotion).toEqual({ a: null, b: 2, change: null });
  });

  it('gives per stage the change in risk, SERVQUAL gap, emotion and metrics', () => {
    const c = compare(
      future(
        { type: 'updateMoment', stepId: 'ask', changes: { risk: { likelihood: 1 }, emotion: -1 } },
        { type: 'updateMoment', stepId: 'ask', changes: { servqual: { responsiveness: { perception: 5 } } } },
        { type: 'setContactMoment', stepId: 'browse', on: true },
        { type: 'updateMoment', stepId: 'browse', changes: { emotion: 1, risk: { likelihood: 2, impact: 2 } } },
      ),
    );
    const shop = c.stages.find((s) => s.a?.id === 'shop')!;
    expect(shop.risk.mean).toEqual({ a: 12, b: 4, change: -8 });
    expect(shop.risk.max).toEqual({ a: 12, b: 4, change: -8 });
    expect(shop.servqualWeighted).toEqual({ a: -3, b: -1, change: 2 });
    expect(shop.emotionMean).toEqual({ a: null, b: 0, change: null });
    const pay = c.stages.find((s) => s.a?.id === 'pay')!;
    expect(pay.emotionMean).toEqual({ a: 1, b: 1, change: 0 });
  });

  it('pairs stages by id, then by name, and keeps a stage only one state has', () => {
    const a = supermarket();
    const b: Project = {
      ...a,
      stages: [
        { id: 'arrive', name: 'Arrive' },
        { id: 'x-shop', name: ' shop ' },
        { id: 'online', name: 'Order online' },
        { id: 'pay', name: 'Pay' },
      ],
      steps: a.steps
        .filter((s) => s.stageId !== 'leave')
        .map((s) => (s.stageId === 'shop' ? { ...s, stageId: 'x-shop' } : s)),
    };
    const c = compareStates(a, b, a.servqualWeights);
    expect(c.stages.map((s) => [s.a?.id ?? null, s.b?.id ?? null])).toEqual([
      ['arrive', 'arrive'],
      ['shop', 'x-shop'],
      [null, 'online'],
      ['pay', 'pay'],
      ['leave', null],
    ]);
    // Steps in a stage paired by name are not moved.
    expect(c.changes.filter((ch) => ch.kind === 'moved')).toEqual([]);
    expect(c.counts.removed).toBe(2);
  });

  it('sets the steps of each stage side by side in map order, each marked with what changed', () => {
    const bag: Step = {
      id: 'bag',
      stageId: 'pay',
      title: 'Bag the shopping',
      description: '',
      kind: 'step',
      position: { x: 5000, y: 40 },
    };
    const c = compare(
      future(
        { type: 'addStep', step: bag },
        { type: 'removeSelection', stepIds: ['restock'], flowIds: [] },
        { type: 'updateStep', stepId: 'queue', changes: { stageId: 'shop' } },
        { type: 'updateMoment', stepId: 'ask', changes: { emotion: 2 } },
      ),
    );
    const view = (col: { step: Step; marks: string[]; fields: string[]; otherStage: { name: string } | null }[]) =>
      col.map((m) => [m.step.id, m.marks.join('+'), m.fields.join(','), m.otherStage?.name ?? ''].join(' '));
    const byStage = (id: string) => c.stages.find((s) => s.a?.id === id)!;
    const today = supermarket();
    const order = (stageId: string) =>
      today.steps
        .filter((s) => s.stageId === stageId)
        .sort((p, q) => p.position.x - q.position.x || p.position.y - q.position.y)
        .map((s) => s.id);
    // Column A holds A's steps of the stage in map order; B likewise.
    const shop = byStage('shop');
    expect(shop.stepsA.map((m) => m.step.id)).toEqual(order('shop'));
    expect(view(shop.stepsA)).toContain('ask changed emotion ');
    expect(view(shop.stepsB)).toContain('ask changed emotion ');
    // The queue went from Pay to Shop: A shows where it went, B where it came from.
    expect(view(byStage('pay').stepsA)).toContain('queue moved  Shop');
    expect(view(shop.stepsB)).toContain('queue moved  Pay');
    expect(view(byStage('pay').stepsB)).toContain('bag added  ');
    expect(byStage('pay').stepsB.at(-1)!.step.id).toBe('bag');
    const restockStage = today.steps.find((s) => s.id === 'restock')!.stageId;
    expect(view(byStage(restockStage).stepsA)).toContain('restock removed  ');
    expect(byStage(restockStage).stepsB.some((m) => m.step.id === 'restock')).toBe(false);
    // Unchanged steps carry no mark.
    expect(byStage('arrive').stepsA.every((m) => m.marks.length === 0)).toBe(true);
  });

  it('reads metrics where steps have them, by name', () => {
    const step = (value: number) =>
      ({
        ...supermarket().steps[0],
        metrics: [
          { name: 'CSAT', value },
          { name: 'NPS', value: 'n/a' },
        ],
      }) as Step;
    const f = stageFigures([step(3), step(5)], supermarket().servqualWeights);
    expect(f.metrics).toEqual({ CSAT: 4 });
  });
});
