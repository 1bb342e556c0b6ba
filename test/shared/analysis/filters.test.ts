import { describe, expect, it } from 'vitest';
import {
  MAX_FILTERS,
  filterKey,
  filtersFor,
  matchingStepIds,
  parseFilter,
  parseFilters,
  sameFilter,
  stepMatches,
  withFilter,
  type MapFilter,
} from '../../../shared/analysis/filters';
import { riskLevel, riskScore } from '../../../shared/analysis';
import type { Project } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';

const NOW = '2026-01-01T00:00:00.000Z';
const supermarket = (): Project => buildTemplate('supermarket', { id: 'p-1', name: 'Shop', now: NOW });

/** The ids of the steps a predicate picks, in document order: the expectation, from the template data. */
const idsWhere = (project: Project, pick: (step: Project['steps'][number]) => boolean) =>
  project.steps.filter(pick).map((s) => s.id);
const matched = (project: Project, filters: MapFilter[]) => [...(matchingStepIds(project, filters) ?? [])];

describe('map filters on the supermarket template', () => {
  const project = supermarket();

  it('sets nothing to dim without a filter', () => {
    expect(matchingStepIds(project, [])).toBeNull();
  });

  it('high and critical risk: the contact moments scored high or critical', () => {
    const expected = idsWhere(project, (s) => {
      const level = s.moment ? riskLevel(riskScore(s.moment.risk)) : null;
      return level === 'high' || level === 'critical';
    });
    expect(expected).toEqual(['sm-ask-help', 'sm-queue', 'sm-pay-step']);
    expect(matched(project, [{ kind: 'highRisk' }])).toEqual(expected);
  });

  it('moments of truth: exactly the steps marked so', () => {
    expect(matched(project, [{ kind: 'momentsOfTruth' }])).toEqual(['sm-ask-help', 'sm-pay-step']);
  });

  it('a channel: the contact moments on it (steps without a moment have none)', () => {
    const inPerson = matched(project, [{ kind: 'channel', channel: 'in person' }]);
    expect(inPerson).toEqual(idsWhere(project, (s) => s.moment?.channel === 'in person'));
    expect(inPerson).not.toContain('sm-start');
    expect(matched(project, [{ kind: 'channel', channel: 'phone' }])).toEqual([]);
  });

  it('a sense: the contact moments engaging it', () => {
    expect(matched(project, [{ kind: 'sense', sense: 'taste' }])).toEqual(['sm-browse']);
    expect(matched(project, [{ kind: 'sense', sense: 'smell' }])).toEqual(['sm-enter-store']);
    expect(matched(project, [{ kind: 'sense', sense: 'touch' }])).toEqual(
      idsWhere(project, (s) => s.moment?.senses.touch.engaged === true),
    );
  });

  it('steps with pain points', () => {
    const expected = idsWhere(project, (s) => (s.moment?.painPoints.length ?? 0) > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(matched(project, [{ kind: 'painPoints' }])).toEqual(expected);
  });

  it('a risk-matrix cell', () => {
    expect(matched(project, [{ kind: 'riskCell', likelihood: 3, impact: 4 }])).toEqual(['sm-ask-help']);
    expect(matched(project, [{ kind: 'riskCell', likelihood: 5, impact: 5 }])).toEqual([]);
  });

  it('a lane: its steps, and a step without a valid lane counts in the first lane', () => {
    const laned = supermarket();
    laned.lanes = [
      { id: 'front', name: 'Front stage' },
      { id: 'back', name: 'Back stage' },
    ];
    laned.steps[3].laneId = 'back';
    laned.steps[4].laneId = 'nowhere';
    expect(matched(laned, [{ kind: 'lane', laneId: 'back' }])).toEqual([laned.steps[3].id]);
    const front = matched(laned, [{ kind: 'lane', laneId: 'front' }]);
    expect(front).toHaveLength(laned.steps.length - 1);
    expect(front).toContain(laned.steps[4].id);
  });

  it('several filters narrow together: a step must pass every one', () => {
    const truth = matched(project, [{ kind: 'momentsOfTruth' }]);
    const both = matched(project, [{ kind: 'momentsOfTruth' }, { kind: 'sense', sense: 'touch' }]);
    expect(both).toEqual(['sm-pay-step']);
    expect(both.length).toBeLessThan(truth.length);
    const all = project.steps.filter((s) =>
      ([{ kind: 'highRisk' }, { kind: 'painPoints' }, { kind: 'channel', channel: 'in person' }] as MapFilter[]).every(
        (f) => stepMatches(project, s, f),
      ),
    );
    expect(
      matched(project, [{ kind: 'highRisk' }, { kind: 'painPoints' }, { kind: 'channel', channel: 'in person' }]),
    ).toEqual(all.map((s) => s.id));
  });
});

describe('the filter list', () => {
  it('tells filters apart by kind and parameter, whatever the key order', () => {
    expect(
      sameFilter({ kind: 'riskCell', likelihood: 2, impact: 3 }, {
        impact: 3,
        likelihood: 2,
        kind: 'riskCell',
      } as MapFilter),
    ).toBe(true);
    expect(sameFilter({ kind: 'sense', sense: 'smell' }, { kind: 'sense', sense: 'taste' })).toBe(false);
    expect(filterKey({ kind: 'channel', channel: 'web' })).not.toBe(filterKey({ kind: 'channel', channel: 'app' }));
  });

  it('adds a filter once; a channel, lane or cell replaces the one of its kind; senses add up', () => {
    let list: MapFilter[] = [];
    list = withFilter(list, { kind: 'momentsOfTruth' });
    list = withFilter(list, { kind: 'momentsOfTruth' });
    expect(list).toEqual([{ kind: 'momentsOfTruth' }]);
    list = withFilter(list, { kind: 'channel', channel: 'web' });
    list = withFilter(list, { kind: 'channel', channel: 'phone' });
    expect(list).toEqual([{ kind: 'momentsOfTruth' }, { kind: 'channel', channel: 'phone' }]);
    list = withFilter(list, { kind: 'sense', sense: 'smell' });
    list = withFilter(list, { kind: 'sense', sense: 'taste' });
    expect(list.filter((f) => f.kind === 'sense')).toHaveLength(2);
    list = withFilter(list, { kind: 'lane', laneId: 'a' });
    list = withFilter(list, { kind: 'lane', laneId: 'b' });
    list = withFilter(list, { kind: 'riskCell', likelihood: 1, impact: 1 });
    list = withFilter(list, { kind: 'riskCell', likelihood: 5, impact: 5 });
    expect(list.filter((f) => f.kind === 'lane')).toEqual([{ kind: 'lane', laneId: 'b' }]);
    expect(list.filter((f) => f.kind === 'riskCell')).toEqual([{ kind: 'riskCell', likelihood: 5, impact: 5 }]);
  });

  it('drops a lane filter whose lane is gone', () => {
    const project = supermarket();
    project.lanes = [{ id: 'kept', name: 'Kept' }];
    const list: MapFilter[] = [
      { kind: 'lane', laneId: 'gone' },
      { kind: 'painPoints' },
      { kind: 'lane', laneId: 'kept' },
    ];
    expect(filtersFor(project, list)).toEqual([{ kind: 'painPoints' }, { kind: 'lane', laneId: 'kept' }]);
  });
});

describe('parseFilter', () => {
  it('reads back every kind it writes', () => {
    const all: MapFilter[] = [
      { kind: 'highRisk' },
      { kind: 'momentsOfTruth' },
      { kind: 'channel', channel: 'in person' },
      { kind: 'lane', laneId: 'lane-1' },
      { kind: 'sense', sense: 'hearing' },
      { kind: 'painPoints' },
      { kind: 'riskCell', likelihood: 4, impact: 2 },
    ];
    for (const f of all) expect(parseFilter(JSON.parse(JSON.stringify(f)))).toEqual(f);
  });

  it('refuses junk', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'highRisk',
      [],
      [{ kind: 'highRisk' }],
      {},
      { kind: 'pigeons' },
      { kind: 'channel', channel: 'pigeon' },
      { kind: 'channel' },
      { kind: 'sense', sense: 'sixth' },
      { kind: 'lane', laneId: '' },
      { kind: 'lane', laneId: 7 },
      { kind: 'lane', laneId: 'x'.repeat(101) },
      { kind: 'riskCell', likelihood: 0, impact: 3 },
      { kind: 'riskCell', likelihood: 2.5, impact: 3 },
      { kind: 'riskCell', likelihood: '2', impact: 3 },
      { kind: 'toString' },
      { kind: 'constructor' },
      { kind: '__proto__' },
    ];
    for (const value of junk) expect(parseFilter(value), JSON.stringify(value) ?? String(value)).toBeNull();
  });

  it('ignores fields inherited from a prototype and keeps only the filter own fields', () => {
    expect(parseFilter(Object.create({ kind: 'highRisk' }))).toBeNull();
    expect(parseFilter({ kind: 'channel', __proto__: { channel: 'web' } })).toBeNull();
    expect(parseFilter(JSON.parse('{"__proto__": {"kind": "painPoints"}}'))).toBeNull();
    expect(parseFilter(JSON.parse('{"kind": "highRisk", "__proto__": {"polluted": true}, "extra": 1}'))).toEqual({
      kind: 'highRisk',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a saved list: unknown entries dropped, repeats dropped, at most MAX_FILTERS', () => {
    expect(parseFilters('nope')).toEqual([]);
    expect(
      parseFilters([{ kind: 'highRisk' }, { kind: 'channel', channel: 'pigeon' }, { kind: 'highRisk' }, 3]),
    ).toEqual([{ kind: 'highRisk' }]);
    const many = Array.from({ length: 40 }, (_, i) => ({ kind: 'lane', laneId: `l${i}` }));
    const read = parseFilters(many);
    expect(read).toHaveLength(MAX_FILTERS);
    expect(read[0]).toEqual({ kind: 'lane', laneId: 'l0' });
  });
});
