import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMOTIONAL_LOWS,
  SENSE_PERCEPTION_REFERENCE,
  emotionalLows,
  projectInsights,
  rankMomentsOfTruth,
  riskMatrix,
  senseInsights,
  servqualSummary,
  standardsCoverage,
} from '../../../shared/analysis';
import type { ProjectInsights } from '../../../shared/analysis';
import { SENSES, SERVQUAL_DIMENSIONS, defaultMoment, defaultStep, parseProject } from '../../../shared/model';
import type { FlowKind, Moment, Project, ServqualWeights } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';
import { NOW, makeProject, moment } from '../model/build';

/**
 * A small journey, computed by hand below. Flows: a -> b -> c -> d on the main flow,
 * b -> e as an alternative; f is not connected. Journey order of the contact moments:
 * b, c, d (main flow), then e, f (off it, document order since they share a position).
 *
 * | step | risk L x I | emotion | truth | SERVQUAL (E, P)         | senses            | standard                    |
 * | b    | 4 x 3      | -1      | yes   | rel (6, 4), emp (5, 5)  | sight +, hearing - | quality, measures 1 of 2 done |
 * | c    | 4 x 3      | -2      | yes   | rel (7, 6)              | sight 0, smell -   | none                        |
 * | d    | 2 x unset  | -1      | yes   | tan (3, 5)              | touch +            | ordinary blank: none        |
 * | e    | 5 x 5      | -2      | yes   | resp (6, 2)             | taste +            | measures 1 of 1 done        |
 * | f    | unset      | unset   | no    | assurance E only (4, -) | none               | none                        |
 *
 * Weights: tangibles 0.1, reliability 0.4, responsiveness 0.2, assurance 0.3, empathy 0.
 */
function sample(): Project {
  const project = makeProject({
    steps: [
      { id: 'a', kind: 'start' },
      {
        id: 'b',
        moment: moment((m) => {
          m.risk.likelihood = 4;
          m.risk.impact = 3;
          m.emotion = -1;
          m.momentOfTruth = true;
          m.servqual.reliability = { expectation: 6, perception: 4 };
          m.servqual.empathy = { expectation: 5, perception: 5 };
          m.senses.sight = { engaged: true, valence: 1, note: '' };
          m.senses.hearing = { engaged: true, valence: -1, note: '' };
          m.standard.quality = 'Greeted within 30 seconds';
          m.standard.measures = [
            { id: 'm1', text: 'greeted', done: true },
            { id: 'm2', text: 'thanked', done: false },
          ];
          m.painPoints = ['p1'];
        }),
      },
      {
        id: 'c',
        moment: moment((m) => {
          m.risk.likelihood = 4;
          m.risk.impact = 3;
          m.emotion = -2;
          m.momentOfTruth = true;
          m.servqual.reliability = { expectation: 7, perception: 6 };
          m.senses.sight = { engaged: true, valence: 0, note: '' };
          m.senses.smell = { engaged: true, valence: -1, note: '' };
          // Not engaged: its valence counts nowhere.
          m.senses.taste = { engaged: false, valence: 1, note: '' };
          m.painPoints = ['p2', 'p3'];
        }),
      },
      {
        id: 'd',
        moment: moment((m) => {
          m.risk.likelihood = 2;
          m.emotion = -1;
          m.momentOfTruth = true;
          m.servqual.tangibles = { expectation: 3, perception: 5 };
          m.senses.touch = { engaged: true, valence: 1, note: '' };
          m.standard.ordinary = '   ';
        }),
      },
      {
        id: 'e',
        moment: moment((m) => {
          m.risk.likelihood = 5;
          m.risk.impact = 5;
          m.emotion = -2;
          m.momentOfTruth = true;
          m.servqual.responsiveness = { expectation: 6, perception: 2 };
          m.senses.taste = { engaged: true, valence: 1, note: '' };
          m.standard.measures = [{ id: 'm3', text: 'called back', done: true }];
        }),
      },
      {
        id: 'f',
        moment: moment((m) => {
          m.servqual.assurance = { expectation: 4, perception: null };
        }),
      },
    ],
    flows: [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['b', 'e', 'alternative'],
    ],
  });
  project.servqualWeights = { tangibles: 0.1, reliability: 0.4, responsiveness: 0.2, assurance: 0.3, empathy: 0 };
  return project;
}

/** Every non-empty cell as `L x I: ids`, for compact assertions. */
function occupied(insights: Pick<ProjectInsights, 'riskMatrix'>): string[] {
  return insights.riskMatrix.cells
    .flat()
    .filter((c) => c.count > 0)
    .map((c) => `${String(c.likelihood)}x${String(c.impact)}: ${c.stepIds.join(',')}`);
}

describe('risk matrix', () => {
  it('puts each contact moment with both values in its likelihood x impact cell, in journey order', () => {
    const matrix = riskMatrix(sample());
    expect(matrix.cells).toHaveLength(5);
    for (const [l, row] of matrix.cells.entries()) {
      expect(row).toHaveLength(5);
      for (const [i, cell] of row.entries()) {
        expect([cell.likelihood, cell.impact]).toEqual([l + 1, i + 1]);
        expect(cell.score).toBe((l + 1) * (i + 1));
      }
    }
    expect(matrix.cells[3][2]).toEqual({
      likelihood: 4,
      impact: 3,
      score: 12,
      level: 'high',
      count: 2,
      stepIds: ['b', 'c'],
    });
    expect(matrix.cells[4][4]).toMatchObject({ score: 25, level: 'critical', count: 1, stepIds: ['e'] });
    expect(occupied({ riskMatrix: matrix })).toEqual(['4x3: b,c', '5x5: e']);
    // d has no impact, f no risk at all; a is not a contact moment.
    expect(matrix.scored).toBe(3);
    expect(matrix.unscored).toBe(2);
    expect(matrix.cells[0][0]).toMatchObject({ level: 'low', count: 0, stepIds: [] });
  });
});

describe('SERVQUAL by dimension', () => {
  it('gives mean E, P and gap with n per dimension, and the overall score plain and weighted', () => {
    const sq = servqualSummary(sample());
    expect(sq.moments).toBe(5);
    expect(sq.dimensions).toEqual([
      { dimension: 'tangibles', expectation: 3, perception: 5, gap: 2, n: 1, weight: 0.1 },
      // b (6, 4) and c (7, 6): E 6.5, P 5, gap (-2 + -1) / 2
      { dimension: 'reliability', expectation: 6.5, perception: 5, gap: -1.5, n: 2, weight: 0.4 },
      { dimension: 'responsiveness', expectation: 6, perception: 2, gap: -4, n: 1, weight: 0.2 },
      // f scored only E: not a sample.
      { dimension: 'assurance', expectation: null, perception: null, gap: null, n: 0, weight: 0.3 },
      { dimension: 'empathy', expectation: 5, perception: 5, gap: 0, n: 1, weight: 0 },
    ]);
    // (2 - 1.5 - 4 + 0) / 4
    expect(sq.plain).toBe(-0.875);
    // (0.1*2 + 0.4*-1.5 + 0.2*-4 + 0*0) / (0.1 + 0.4 + 0.2 + 0): assurance's 0.3 is left out, it has no gap.
    expect(sq.weighted).toBeCloseTo(-1.2 / 0.7, 12);
  });

  it('has no weighted score when every weight is 0, but keeps the plain one', () => {
    const project = sample();
    project.servqualWeights = { tangibles: 0, reliability: 0, responsiveness: 0, assurance: 0, empathy: 0 };
    const sq = servqualSummary(project);
    expect(sq.plain).toBe(-0.875);
    expect(sq.weighted).toBeNull();
    expect(sq.dimensions.map((d) => d.weight)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('moments of truth ranked', () => {
  it('by risk score, highest first, ties in journey order, unscored last', () => {
    const { byRisk } = rankMomentsOfTruth(sample());
    expect(byRisk.map((m) => [m.stepId, m.riskScore, m.riskLevel])).toEqual([
      ['e', 25, 'critical'],
      ['b', 12, 'high'],
      ['c', 12, 'high'],
      ['d', null, null],
    ]);
  });

  it('by weighted gap, most negative first, with the project weights', () => {
    const { byGap } = rankMomentsOfTruth(sample());
    // b: reliability -2 (w 0.4) and empathy 0 (w 0) -> -0.8 / 0.4 = -2, plain -1.
    expect(byGap.map((m) => [m.stepId, m.weightedGap, m.gap])).toEqual([
      ['e', -4, -4],
      ['b', -2, -1],
      ['c', -1, -1],
      ['d', 2, 2],
    ]);
    expect(byGap.map((m) => m.order)).toEqual([3, 0, 1, 2]);
  });

  it('breaks equal gaps by journey order, not by document order', () => {
    const project = makeProject({
      steps: ['z', 'y', 'x'].map((id) => ({
        id,
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.servqual.empathy = { expectation: 5, perception: 4 };
        }),
      })),
      flows: [
        ['x', 'y'],
        ['y', 'z'],
      ],
    });
    expect(rankMomentsOfTruth(project).byGap.map((m) => m.stepId)).toEqual(['x', 'y', 'z']);
    expect(rankMomentsOfTruth(project).byRisk.map((m) => m.stepId)).toEqual(['x', 'y', 'z']);
  });
});

describe('sense coverage', () => {
  it('gives the share of contact moments engaging each sense, with valence', () => {
    const senses = senseInsights(sample());
    expect(senses.moments).toBe(5);
    expect(senses.senses).toEqual([
      { sense: 'sight', engaged: 2, positive: 1, neutral: 1, negative: 0, share: 0.4 },
      { sense: 'hearing', engaged: 1, positive: 0, neutral: 0, negative: 1, share: 0.2 },
      { sense: 'smell', engaged: 1, positive: 0, neutral: 0, negative: 1, share: 0.2 },
      { sense: 'taste', engaged: 1, positive: 1, neutral: 0, negative: 0, share: 0.2 },
      { sense: 'touch', engaged: 1, positive: 1, neutral: 0, negative: 0, share: 0.2 },
    ]);
  });

  it("sets the seed's perception split beside the journey's mix of the same senses", () => {
    expect(SENSE_PERCEPTION_REFERENCE.map((g) => [g.group, g.senses, g.share])).toEqual([
      ['sight', ['sight'], 0.4],
      ['hearing', ['hearing'], 0.35],
      ['smell-taste', ['smell', 'taste'], 0.25],
    ]);
    // sight 2, hearing 1, smell + taste 2 engagements; touch (1) has no reference and is left out.
    expect(senseInsights(sample()).reference).toEqual([
      { group: 'sight', senses: ['sight'], reference: 0.4, engaged: 2, mix: 0.4 },
      { group: 'hearing', senses: ['hearing'], reference: 0.35, engaged: 1, mix: 0.2 },
      { group: 'smell-taste', senses: ['smell', 'taste'], reference: 0.25, engaged: 2, mix: 0.4 },
    ]);
  });
});

describe('emotional lows', () => {
  it('are the three lowest emotions, ties in journey order, with their pain points', () => {
    const lows = emotionalLows(sample());
    // c and e are both -2: c is on the main flow (order 1), e on a branch (order 3);
    // b and d are both -1: b comes first.
    expect(lows).toEqual([
      { stepId: 'c', order: 1, emotion: -2, momentOfTruth: true, onMainPath: true, painPoints: ['p2', 'p3'] },
      { stepId: 'e', order: 3, emotion: -2, momentOfTruth: true, onMainPath: false, painPoints: [] },
      { stepId: 'b', order: 0, emotion: -1, momentOfTruth: true, onMainPath: true, painPoints: ['p1'] },
    ]);
    expect(EMOTIONAL_LOWS).toBe(3);
  });

  it('leave out moments whose emotion was not assessed, and can be fewer than three', () => {
    const project = makeProject({
      steps: [
        { id: 'a', moment: moment((m) => (m.emotion = 2)) },
        { id: 'b', moment: moment() },
      ],
    });
    expect(emotionalLows(project).map((l) => [l.stepId, l.emotion])).toEqual([['a', 2]]);
  });

  it('return copies of the pain points, not the document arrays', () => {
    const project = sample();
    const [low] = emotionalLows(project);
    low.painPoints.push('changed');
    expect(project.steps.find((s) => s.id === 'c')?.moment?.painPoints).toEqual(['p2', 'p3']);
  });
});

describe('standards coverage', () => {
  it('counts moments with ordinary or quality wording or measures, and measures done of total', () => {
    expect(standardsCoverage(sample())).toEqual({
      moments: 5,
      withStandard: 2, // b (quality, measures) and e (measures); d's ordinary text is blank
      momentsOfTruth: 4,
      momentsOfTruthWithStandard: 2,
      measuresDone: 2,
      measuresTotal: 3,
      measuresShare: 2 / 3,
    });
  });

  it('counts ordinary wording alone as a standard', () => {
    const project = makeProject({ steps: [{ id: 'a', moment: moment((m) => (m.standard.ordinary = 'Be quick')) }] });
    expect(standardsCoverage(project)).toMatchObject({ moments: 1, withStandard: 1, measuresShare: null });
  });
});

describe('filters (a subset of step ids)', () => {
  it('count only the contact moments among the given steps, keeping journey order', () => {
    // e before c in the list, a is not a contact moment, ghost does not exist.
    const insights = projectInsights(sample(), { stepIds: ['e', 'c', 'a', 'ghost'] });
    expect(insights.moments).toBe(2);
    expect(occupied(insights)).toEqual(['4x3: c', '5x5: e']);
    expect(insights.riskMatrix).toMatchObject({ scored: 2, unscored: 0 });
    expect(insights.servqual.dimensions.map((d) => [d.dimension, d.gap, d.n])).toEqual([
      ['tangibles', null, 0],
      ['reliability', -1, 1],
      ['responsiveness', -4, 1],
      ['assurance', null, 0],
      ['empathy', null, 0],
    ]);
    expect(insights.servqual.plain).toBe(-2.5);
    // (0.4*-1 + 0.2*-4) / (0.4 + 0.2)
    expect(insights.servqual.weighted).toBeCloseTo(-2, 12);
    expect(insights.momentsOfTruth.byRisk.map((m) => m.stepId)).toEqual(['e', 'c']);
    expect(insights.emotionalLows.map((l) => l.stepId)).toEqual(['c', 'e']);
    expect(insights.senses.senses.map((s) => s.engaged)).toEqual([1, 0, 1, 1, 0]);
    expect(insights.standards).toMatchObject({ moments: 2, withStandard: 1, measuresDone: 1, measuresTotal: 1 });
  });

  it('with every step id give the same figures as no filter, and with none give empty figures', () => {
    const project = sample();
    expect(projectInsights(project, { stepIds: project.steps.map((s) => s.id) })).toEqual(projectInsights(project));
    expect(projectInsights(project, { stepIds: [] })).toEqual(projectInsights({ ...project, steps: [], flows: [] }));
  });

  it('take any iterable, such as the Set a filter keeps', () => {
    expect(riskMatrix(sample(), { stepIds: new Set(['b']) }).cells[3][2].stepIds).toEqual(['b']);
  });
});

describe('a project without contact moments', () => {
  it('gives zero counts and null means and shares, never NaN', () => {
    const insights = projectInsights(makeProject({ steps: [{ id: 'a' }, { id: 'b' }], flows: [['a', 'b']] }));
    expect(insights.moments).toBe(0);
    expect(insights.riskMatrix.cells.flat().every((c) => c.count === 0 && c.stepIds.length === 0)).toBe(true);
    expect(insights.riskMatrix).toMatchObject({ scored: 0, unscored: 0 });
    expect(insights.servqual).toMatchObject({ plain: null, weighted: null, moments: 0 });
    for (const d of insights.servqual.dimensions) expect(d).toMatchObject({ expectation: null, gap: null, n: 0 });
    expect(insights.momentsOfTruth).toEqual({ byRisk: [], byGap: [] });
    expect(insights.senses.senses.map((s) => s.share)).toEqual([null, null, null, null, null]);
    expect(insights.senses.reference.map((g) => g.mix)).toEqual([null, null, null]);
    expect(insights.emotionalLows).toEqual([]);
    expect(insights.standards).toEqual({
      moments: 0,
      withStandard: 0,
      momentsOfTruth: 0,
      momentsOfTruthWithStandard: 0,
      measuresDone: 0,
      measuresTotal: 0,
      measuresShare: null,
    });
    expect(JSON.stringify(insights)).not.toContain('NaN');
  });
});

describe('the supermarket template', () => {
  // Figures worked out by hand from shared/templates/supermarket.ts: eleven contact moments
  // (parking, locker, entrance, basket, directions, browse, choose, ask for help, queue,
  // pay, collect the bag), default weights.
  const insights = projectInsights(buildTemplate('supermarket', { id: 'p', name: 'Shop', now: NOW }));

  it('risk matrix', () => {
    expect(insights.moments).toBe(11);
    expect(occupied(insights)).toEqual([
      '1x4: sm-collect-bag',
      '2x2: sm-parking',
      '2x5: sm-pay-step',
      '3x2: sm-take-basket',
      '3x3: sm-locker,sm-choose-goods',
      '3x4: sm-ask-help',
      '4x3: sm-queue',
    ]);
    // Entrance, directions and browse carry no risk.
    expect(insights.riskMatrix).toMatchObject({ scored: 8, unscored: 3 });
  });

  it('SERVQUAL', () => {
    const byDim = Object.fromEntries(insights.servqual.dimensions.map((d) => [d.dimension, d]));
    // Tangibles: parking (5,3), entrance (5,6), basket (5,3), directions (5,4), browse (5,6).
    expect(byDim.tangibles).toMatchObject({ n: 5, expectation: 5, weight: 0.11 });
    expect(byDim.tangibles.perception).toBeCloseTo(4.4, 12);
    expect(byDim.tangibles.gap).toBeCloseTo(-0.6, 12);
    // Reliability: locker (6,4), choose (6,5), pay (7,6), collect (6,6).
    expect(byDim.reliability).toMatchObject({ n: 4, expectation: 6.25, perception: 5.25, gap: -1 });
    // Responsiveness: entrance (5,4), ask for help (6,4), queue (6,3), pay (6,5).
    expect(byDim.responsiveness).toMatchObject({ n: 4, expectation: 5.75, perception: 4, gap: -1.75 });
    expect(byDim.assurance).toMatchObject({ n: 1, expectation: 6, perception: 5, gap: -1 });
    expect(byDim.empathy).toMatchObject({ n: 2, expectation: 5, perception: 4.5, gap: -0.5 });
    // (-0.6 - 1 - 1.75 - 1 - 0.5) / 5
    expect(insights.servqual.plain).toBeCloseTo(-0.97, 12);
    // 0.11*-0.6 + 0.32*-1 + 0.22*-1.75 + 0.19*-1 + 0.16*-0.5; the default weights add up to 1.
    expect(insights.servqual.weighted).toBeCloseTo(-1.041, 12);
  });

  it('moments of truth, emotional lows, senses and standards', () => {
    expect(insights.momentsOfTruth.byRisk.map((m) => [m.stepId, m.riskScore])).toEqual([
      ['sm-ask-help', 12],
      ['sm-pay-step', 10],
    ]);
    // Ask for help: (0.22*-2 + 0.19*-1 + 0.16*-1) / 0.57; pay: (0.32*-1 + 0.22*-1 + 0.16*0) / 0.70.
    const [help, pay] = insights.momentsOfTruth.byGap;
    expect(help.stepId).toBe('sm-ask-help');
    expect(help.weightedGap).toBeCloseTo(-0.79 / 0.57, 12);
    expect(pay.stepId).toBe('sm-pay-step');
    expect(pay.weightedGap).toBeCloseTo(-0.54 / 0.7, 12);

    // The queue (-2), then parking and the basket (-1 each, parking first on the main flow). Issue H
    // gave the queue and the basket a second pain point each (the template's own sense notes).
    expect(insights.emotionalLows.map((l) => [l.stepId, l.emotion, l.painPoints])).toEqual([
      ['sm-queue', -2, ['Queues of more than 7 minutes at rush hour', 'Only two of five tills open']],
      ['sm-parking', -1, ['Too few bike racks at peak hours']],
      ['sm-take-basket', -1, ['Sticky handles', 'Baskets stacked out of reach']],
    ]);

    const sight = insights.senses.senses[0];
    // Sight at parking -, locker 0, entrance +, basket -, directions 0, browse +, choose 0, help 0, queue -.
    expect(sight).toMatchObject({ sense: 'sight', engaged: 9, positive: 2, neutral: 4, negative: 3 });
    expect(sight.share).toBeCloseTo(9 / 11, 12);
    // Engagements: sight 9, hearing 4, smell 1 + taste 1.
    expect(insights.senses.reference.map((g) => g.engaged)).toEqual([9, 4, 2]);
    expect(insights.senses.reference[0].mix).toBeCloseTo(9 / 15, 12);

    // Locker, entrance, ask for help, queue and pay have standards: 2 + 2 + 3 + 2 + 4 measures, none done.
    expect(insights.standards).toMatchObject({
      moments: 11,
      withStandard: 5,
      momentsOfTruth: 2,
      momentsOfTruthWithStandard: 2,
      measuresDone: 0,
      measuresTotal: 13,
    });
  });
});

// ---------------------------------------------------------------------------------------
// Properties over random journeys.

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const score7 = nullable(fc.integer({ min: 1, max: 7 }));

const momentArb: fc.Arbitrary<Moment> = fc
  .record({
    momentOfTruth: fc.boolean(),
    likelihood: nullable(fc.integer({ min: 1, max: 5 })),
    impact: nullable(fc.integer({ min: 1, max: 5 })),
    emotion: nullable(fc.integer({ min: -2, max: 2 })),
    servqual: fc.array(fc.tuple(score7, score7), { minLength: 5, maxLength: 5 }),
    senses: fc.array(fc.tuple(fc.boolean(), fc.constantFrom(-1 as const, 0 as const, 1 as const)), {
      minLength: 5,
      maxLength: 5,
    }),
    ordinary: fc.constantFrom('', ' ', 'Be quick'),
    quality: fc.constantFrom('', 'Within 30 seconds'),
    measures: fc.array(fc.boolean(), { maxLength: 4 }),
    painPoints: fc.array(fc.constantFrom('queue', 'noise'), { maxLength: 2 }),
  })
  .map((r) => {
    const m = defaultMoment();
    m.momentOfTruth = r.momentOfTruth;
    m.risk.likelihood = r.likelihood;
    m.risk.impact = r.impact;
    m.emotion = r.emotion;
    SERVQUAL_DIMENSIONS.forEach((dim, i) => {
      m.servqual[dim] = { expectation: r.servqual[i][0], perception: r.servqual[i][1] };
    });
    SENSES.forEach((sense, i) => {
      m.senses[sense] = { engaged: r.senses[i][0], valence: r.senses[i][1], note: '' };
    });
    m.standard = {
      ordinary: r.ordinary,
      quality: r.quality,
      measures: r.measures.map((done, i) => ({ id: `m${String(i)}`, text: 'check', done })),
    };
    m.painPoints = r.painPoints;
    return m;
  });

const weight = fc.constantFrom(0, 0.1, 0.25, 0.5, 1);
const weightsArb: fc.Arbitrary<ServqualWeights> = fc.record({
  tangibles: weight,
  reliability: weight,
  responsiveness: weight,
  assurance: weight,
  empathy: weight,
});

const projectArb: fc.Arbitrary<{ project: Project; subset: string[] }> = fc
  .record({
    steps: fc.array(
      fc.record({ moment: fc.option(momentArb, { nil: undefined }), x: fc.integer({ max: 3, min: 0 }) }),
      {
        maxLength: 14,
      },
    ),
    flows: fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.constantFrom<FlowKind>('main', 'alternative', 'failure')), {
      maxLength: 20,
    }),
    weights: weightsArb,
    keep: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  })
  .map(({ steps, flows, weights, keep }) => {
    const project = makeProject();
    project.servqualWeights = weights;
    project.steps = steps.map((s, i) =>
      defaultStep({ id: `s${String(i)}`, stageId: 's1', position: { x: s.x * 100, y: 0 }, moment: s.moment }),
    );
    project.flows = flows
      .filter(([from, to]) => from < steps.length && to < steps.length)
      .map(([from, to, kind], i) => ({
        id: `f${String(i)}`,
        from: `s${String(from)}`,
        to: `s${String(to)}`,
        label: '',
        kind,
      }));
    return { project, subset: project.steps.filter((_, i) => keep[i]).map((s) => s.id) };
  });

/**
 * What must hold for any journey and any filter. Returns the broken rules, so one assertion
 * per run reports them all (and a run stays cheap: hundreds of `expect` calls per run made
 * this test several times slower).
 */
function brokenRules(project: Project, stepIds: string[] | undefined): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string) => {
    if (!ok) broken.push(rule);
  };
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const keep = stepIds ? new Set(stepIds) : null;
  const moments = project.steps.filter((s) => s.moment && (!keep || keep.has(s.id)));
  const momentOf = (id: string) => project.steps.find((s) => s.id === id)!.moment!;
  const insights = projectInsights(project, { stepIds });
  check(insights.moments === moments.length, 'moments counted');

  // Matrix counts add up to the moments with both risk values; each sits in its own cell.
  const cells = insights.riskMatrix.cells.flat();
  const both = moments.filter((s) => s.moment!.risk.likelihood !== null && s.moment!.risk.impact !== null);
  check(cells.length === 25, '25 cells');
  check(cells.reduce((sum, c) => sum + c.count, 0) === both.length, 'cell counts sum to moments with both values');
  check(insights.riskMatrix.scored === both.length, 'scored');
  check(insights.riskMatrix.unscored === moments.length - both.length, 'unscored');
  for (const cell of cells) {
    check(cell.stepIds.length === cell.count, 'cell ids match count');
    for (const id of cell.stepIds) {
      const { likelihood, impact } = momentOf(id).risk;
      check(likelihood === cell.likelihood && impact === cell.impact, 'moment in its own cell');
    }
  }

  // n never exceeds the moments; the gap is P - E of the means; scores stay within the dimension gaps.
  const gaps: number[] = [];
  for (const d of insights.servqual.dimensions) {
    check(d.n <= moments.length, 'n <= moments');
    if (d.n === 0) {
      check(d.expectation === null && d.perception === null && d.gap === null, 'no sample, no means');
      continue;
    }
    check(near(d.gap!, d.perception! - d.expectation!), 'gap = P - E');
    gaps.push(d.gap!);
  }
  const within = (x: number) => x >= Math.min(...gaps) - 1e-9 && x <= Math.max(...gaps) + 1e-9;
  const { plain, weighted } = insights.servqual;
  check(gaps.length === 0 ? plain === null : plain !== null && within(plain), 'plain score');
  check(weighted === null || within(weighted), 'weighted score within the dimension gaps');
  const weightUsed = insights.servqual.dimensions.reduce((sum, d) => sum + (d.gap === null ? 0 : d.weight), 0);
  check((weighted === null) === (weightUsed === 0), 'weighted is null exactly when no weight is used');

  // Rankings hold exactly the moments of truth, ordered as promised.
  const truths = moments
    .filter((s) => s.moment!.momentOfTruth)
    .map((s) => s.id)
    .sort();
  const { byRisk, byGap } = insights.momentsOfTruth;
  check(JSON.stringify(byRisk.map((m) => m.stepId).sort()) === JSON.stringify(truths), 'byRisk holds the truths');
  check(JSON.stringify(byGap.map((m) => m.stepId).sort()) === JSON.stringify(truths), 'byGap holds the truths');
  for (let i = 1; i < byRisk.length; i++) {
    const [a, b] = [byRisk[i - 1], byRisk[i]];
    if (b.riskScore === null) check(a.riskScore !== null || a.order < b.order, 'unscored last, in order');
    else
      check(
        a.riskScore !== null && (a.riskScore > b.riskScore || (a.riskScore === b.riskScore && a.order < b.order)),
        'byRisk order',
      );
  }
  for (let i = 1; i < byGap.length; i++) {
    const [a, b] = [byGap[i - 1], byGap[i]];
    if (b.weightedGap === null) check(a.weightedGap !== null || a.order < b.order, 'no gap last, in order');
    else
      check(
        a.weightedGap !== null &&
          (a.weightedGap < b.weightedGap || (a.weightedGap === b.weightedGap && a.order < b.order)),
        'byGap order',
      );
  }

  // Senses: valences split the engaged count; the mix adds up to 1.
  for (const s of insights.senses.senses) {
    check(s.positive + s.neutral + s.negative === s.engaged, 'valences split engaged');
    check(s.engaged <= moments.length, 'engaged <= moments');
  }
  const mixes = insights.senses.reference.map((g) => g.mix);
  if (mixes[0] !== null)
    check(
      near(
        mixes.reduce((sum, m) => sum! + m!, 0)!,
        1,
      ),
      'mix sums to 1',
    );

  // Lows: at most three, lowest first, ties in journey order, nothing left out lower than the last.
  const felt = moments.filter((s) => s.moment!.emotion !== null);
  const lows = insights.emotionalLows;
  check(lows.length === Math.min(EMOTIONAL_LOWS, felt.length), 'three lows or all rated');
  for (let i = 1; i < lows.length; i++) {
    const [a, b] = [lows[i - 1], lows[i]];
    check(a.emotion < b.emotion || (a.emotion === b.emotion && a.order < b.order), 'lows order');
  }
  const listed = new Set(lows.map((l) => l.stepId));
  for (const s of felt)
    if (!listed.has(s.id)) check(s.moment!.emotion! >= lows.at(-1)!.emotion, 'no lower emotion left out');

  // Standards: never more than there are.
  const st = insights.standards;
  check(st.withStandard <= st.moments, 'with standard <= moments');
  check(st.momentsOfTruthWithStandard <= Math.min(st.momentsOfTruth, st.withStandard), 'truths with standard');
  check(st.measuresDone <= st.measuresTotal, 'measures done <= total');
  return broken;
}

describe('properties', () => {
  it('are checked on valid documents', () => {
    // Validating is the slow part, so a smaller sample shows the generator makes valid files.
    fc.assert(
      fc.property(projectArb, ({ project }) => {
        expect(parseProject(project).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('hold for random journeys, with and without a filter', () => {
    fc.assert(
      fc.property(projectArb, ({ project, subset }) => {
        expect(brokenRules(project, undefined)).toEqual([]);
        expect(brokenRules(project, subset)).toEqual([]);
        // A filter keeping every step changes nothing (compared as JSON: a deep toEqual per run is slow).
        const all = projectInsights(project, { stepIds: project.steps.map((s) => s.id) });
        expect(JSON.stringify(all)).toBe(JSON.stringify(projectInsights(project)));
      }),
      { numRuns: 300 },
    );
  });
});
