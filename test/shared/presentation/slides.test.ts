import { describe, expect, it } from 'vitest';
import { presentationSlides, rowEntry, slideGroups, stageRows } from '../../../shared/presentation/slides';
import { personaView } from '../../../shared/analysis/personas';
import { buildTemplate } from '../../../shared/templates';
import type { Project } from '../../../shared/model';
import { stepOf, supermarket } from '../commands/fixtures';

/** The slides as short strings: "title", "stage:shop", "step:shop:ask:2/3". */
function outline(project: Project): string[] {
  return presentationSlides(project).slides.map((s) =>
    s.kind === 'title'
      ? 'title'
      : s.kind === 'stage'
        ? `stage:${s.stageId ?? '-'}`
        : `step:${s.stageId ?? '-'}:${s.stepId}:${s.stepNumber}/${s.stepCount}`,
  );
}

describe('the presentation slide sequence', () => {
  it('tells the journey stage by stage, each stage followed by its steps in map order', () => {
    expect(outline(supermarket())).toEqual([
      'title',
      'stage:arrive',
      'step:arrive:enter:1/2',
      'step:arrive:basket:2/2',
      'stage:shop',
      // Same x: lane by lane, top to bottom (customer, front stage, back stage).
      'step:shop:browse:1/3',
      'step:shop:ask:2/3',
      'step:shop:restock:3/3',
      'stage:pay',
      'step:pay:queue:1/2',
      'step:pay:checkout:2/2',
      'stage:leave',
      'step:leave:exit:1/2',
      // A step without a lane in a project with lanes comes after the lanes' steps.
      'step:leave:note:2/2',
    ]);
  });

  it('orders steps left to right first, whatever their order in the file', () => {
    const p = supermarket();
    stepOf(p, 'enter').position.x = 500;
    p.steps.reverse();
    const arrive = slideGroups(p).find((g) => g.stageId === 'arrive')!;
    expect(arrive.stepIds).toEqual(['basket', 'enter']);
  });

  it('follows the stages in journey order, also after a reorder', () => {
    const p = supermarket();
    p.stages = [p.stages[2], p.stages[0], p.stages[1], p.stages[3]];
    const deck = presentationSlides(p);
    expect(deck.groups.map((g) => g.stageId)).toEqual(['pay', 'arrive', 'shop', 'leave']);
    const stages = deck.slides.filter((s) => s.kind === 'stage');
    expect(stages.map((s) => (s.kind === 'stage' ? s.stageNumber : null))).toEqual([1, 2, 3, 4]);
    expect(deck.stageCount).toBe(4);
    // "Go to stage N" lands on each stage's overview.
    expect(deck.groupStart.map((i) => deck.slides[i])).toEqual(stages);
  });

  it('gives an empty stage its overview slide and no step slides', () => {
    const p = supermarket();
    p.stages.splice(2, 0, { id: 'empty', name: 'Think it over' });
    const o = outline(p);
    const at = o.indexOf('stage:empty');
    expect(at).toBeGreaterThan(0);
    expect(o[at + 1]).toBe('stage:pay');
    expect(presentationSlides(p).stageCount).toBe(5);
  });

  it('puts steps whose stage does not exist last, in a group without a stage number', () => {
    const p = supermarket();
    stepOf(p, 'browse').stageId = 'gone';
    stepOf(p, 'enter').stageId = 'gone';
    const deck = presentationSlides(p);
    const last = deck.groups[deck.groups.length - 1];
    expect(last).toEqual({ stageId: null, name: '', stepIds: ['enter', 'browse'] });
    expect(outline(p).slice(-3)).toEqual(['stage:-', 'step:-:enter:1/2', 'step:-:browse:2/2']);
    const overview = deck.slides[deck.groupStart[deck.groups.length - 1]];
    expect(overview).toMatchObject({ kind: 'stage', stageId: null, stageNumber: null });
    // The real stages are still counted as before.
    expect(deck.stageCount).toBe(4);
  });

  it('has only the title slide for an empty project, and no group for steps without a stage when there are none', () => {
    const p = supermarket();
    p.steps = [];
    p.flows = [];
    p.stages = [];
    expect(outline(p)).toEqual(['title']);
    expect(slideGroups(supermarket()).some((g) => g.stageId === null)).toBe(false);
  });

  it('walks the whole supermarket template: every step once, stage after stage', () => {
    const p = buildTemplate('supermarket', { id: 'p', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
    const deck = presentationSlides(p);
    const steps = deck.slides.filter((s) => s.kind === 'step');
    expect(steps).toHaveLength(p.steps.length);
    expect(new Set(steps.map((s) => (s.kind === 'step' ? s.stepId : ''))).size).toBe(p.steps.length);
    expect(deck.slides.filter((s) => s.kind === 'stage')).toHaveLength(p.stages.length);
    const order = steps.map((s) => (s.kind === 'step' ? p.stages.findIndex((st) => st.id === s.stageId) : -1));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("a stage's rows on its overview slide", () => {
  it('shows the rows the map shows, in its order, with one entry per step', () => {
    const p = supermarket();
    const rows = stageRows(p, ['browse', 'ask', 'restock']);
    // Shown by default: emotion, touchpoint, thoughts, pain points, opportunities, risk; empty ones left out.
    expect(rows.map((r) => r.kind)).toEqual(['touchpoint', 'painPoints', 'risk']);
    const pain = rows.find((r) => r.kind === 'painPoints')!;
    expect(pain.entries).toEqual([null, { kind: 'painPoints', notes: ['Staff hard to find'] }, null]);
    expect(rows.find((r) => r.kind === 'risk')!.entries[1]).toEqual({ kind: 'risk', score: 12, level: 'high' });
    expect(rows.find((r) => r.kind === 'touchpoint')!.entries[1]).toEqual({
      kind: 'touchpoint',
      channel: 'in person',
      actor: 'Floor staff',
    });
  });

  it('follows the hidden and reordered rows of the project', () => {
    const p = supermarket();
    p.rows = [
      { kind: 'metrics', shown: true },
      { kind: 'standard', shown: true },
      { kind: 'servqualGap', shown: true },
      { kind: 'risk', shown: false },
    ];
    const rows = stageRows(p, ['ask']);
    expect(rows.map((r) => r.kind)).toEqual(['metrics', 'standard', 'servqualGap']);
    expect(rows[1].entries[0]).toEqual({ kind: 'standard', done: 1, total: 3 });
    expect(rows[2].entries[0]).toMatchObject({ kind: 'servqualGap', gap: -3, band: 'farShort' });
    expect(rows[0].entries[0]).toMatchObject({ kind: 'metrics' });
  });

  it('reads emotion and thoughts as the chosen persona lives the journey', () => {
    const p = supermarket();
    p.rows = [
      { kind: 'emotion', shown: true },
      { kind: 'thoughts', shown: true },
    ];
    const checkout = (q: Project) => stepOf(q, 'checkout');
    expect(rowEntry(p, checkout(p), 'emotion')).toEqual({ kind: 'emotion', emotion: 1, momentOfTruth: false });
    const asBert = personaView(p, 'bert');
    expect(stageRows(asBert, ['queue', 'checkout'])).toEqual([
      { kind: 'emotion', entries: [null, { kind: 'emotion', emotion: -1, momentOfTruth: false }] },
      { kind: 'thoughts', entries: [null, { kind: 'thoughts', notes: ['Why is only one till open?'] }] },
    ]);
  });

  it('leaves out steps that are not in the project, and is empty for a stage without steps', () => {
    const p = supermarket();
    expect(stageRows(p, [])).toEqual([]);
    expect(stageRows(p, ['gone', 'ask']).every((r) => r.entries.length === 1)).toBe(true);
  });
});
