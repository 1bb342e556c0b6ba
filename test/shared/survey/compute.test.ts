import { describe, expect, it } from 'vitest';
import type { ServqualWeights, Survey } from '../../../shared/model/types';
import { computeSurvey, guessMapping, importanceWeights, parseCsv, type SurveyTable } from '../../../shared/survey';
import { sampleSurvey } from './sample';

const EVEN: ServqualWeights = { tangibles: 1, reliability: 1, responsiveness: 1, assurance: 1, empathy: 1 };

function ok(survey: Parameters<typeof computeSurvey>[0], weights = EVEN) {
  const r = computeSurvey(survey, weights);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.result;
}

function table(csv: string): SurveyTable {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table;
}

describe('respondents layout', () => {
  it('computes statement, dimension and moment means, gaps and n; a missing answer is skipped and counted', () => {
    const result = ok(sampleSurvey(['checkout']));
    expect(result.statements.map((s) => [s.id, s.expectation, s.perception, s.gap, s.respondents, s.missing])).toEqual([
      ['s1', 6, 5, -1, 3, 0],
      ['s2', 6.5, 5.5, -1, 2, 1],
    ]);
    expect(result.dimensions.tangibles).toEqual({ expectation: 6, perception: 5, gap: -1, respondents: 3 });
    expect(result.dimensions.reliability).toEqual({ expectation: 6.5, perception: 5.5, gap: -1, respondents: 2 });
    expect(result.dimensions.empathy).toEqual({ expectation: null, perception: null, gap: null, respondents: 0 });
    expect(result.moments.checkout!.reliability).toEqual(result.dimensions.reliability);
    expect(result.missing).toBe(1);
    expect(result.respondents).toBe(3);
    expect(result.unweighted).toBe(-1);
  });

  it('weights each respondent by their own importance points, then averages', () => {
    const result = ok(sampleSurvey([]));
    // r1: (40 x -2 + 60 x 0) / 100 = -0.8; r2: -2; r3 answered only tangibles: +1.
    expect(result.weighted).toBeCloseTo((-0.8 - 2 + 1) / 3, 12);
    expect(result.importance).toEqual({ tangibles: 40, reliability: 60, responsiveness: 0, assurance: 0, empathy: 0 });
    expect(importanceWeights(result)).toEqual({
      tangibles: 0.4,
      reliability: 0.6,
      responsiveness: 0,
      assurance: 0,
      empathy: 0,
    });
  });

  it('uses the project weights when the file has no importance points', () => {
    const survey = sampleSurvey([]);
    const noPoints: Survey = {
      ...survey,
      mapping: { ...survey.mapping, importance: { ...survey.mapping.importance, tangibles: null, reliability: null } },
    };
    const result = ok(noPoints, { ...EVEN, tangibles: 0.25, reliability: 0.75 });
    // r1: 0.25 x -2 + 0.75 x 0 = -0.5; r2: -2; r3: +1 (tangibles only).
    expect(result.weighted).toBeCloseTo((-0.5 - 2 + 1) / 3, 12);
    expect(result.importance).toBeNull();
  });

  it('reverses a reverse-scored statement on the scale (1..scale)', () => {
    const survey = sampleSurvey([]);
    const reversed: Survey = {
      ...survey,
      mapping: {
        ...survey.mapping,
        statements: survey.mapping.statements.map((s) => (s.id === 's1' ? { ...s, reversed: true } : s)),
      },
    };
    const s1 = ok(reversed).statements[0]!;
    // E 7,6,5 -> 1,2,3; P 5,4,6 -> 3,4,2.
    expect([s1.expectation, s1.perception, s1.gap, s1.reversed]).toEqual([2, 3, 1, true]);
  });

  it('per dimension: each respondent first, then the mean over respondents (Parasuraman, Zeithaml and Berry)', () => {
    const t = table('E1,P1,E5,P5,E6,P6\n7,7,3,5,5,5\n5,5,,,7,1\n');
    const mapping = guessMapping(t);
    expect(mapping.statements.map((s) => s.dimension)).toEqual([null, null, null]);
    mapping.statements[1]!.dimension = 'reliability';
    mapping.statements[2]!.dimension = 'reliability';
    const r = ok({ ...t, scale: 7, mapping });
    // r1: E (3+5)/2 = 4, P 5; r2: only statement 6: E 7, P 1. Means over respondents: E 5.5, P 3.
    expect(r.dimensions.reliability).toEqual({ expectation: 5.5, perception: 3, gap: -2.5, respondents: 2 });
  });

  it('names row and column of text where a number belongs and of an answer outside the scale', () => {
    const t = table('E1,P1,E2,P2\n7,5,6,6\n6,seven,7,5\n5,6,9,3\n');
    const mapping = guessMapping(t);
    const r = computeSurvey({ ...t, scale: 7, mapping }, EVEN);
    expect(r).toEqual({
      ok: false,
      problems: [
        { kind: 'notANumber', row: 3, column: 2, header: 'P1', value: 'seven' },
        { kind: 'outOfScale', row: 4, column: 3, header: 'E2', value: '9', min: 1, max: 7 },
      ],
    });
  });

  it('says which header a stored mapping needs and the file lacks', () => {
    const survey = sampleSurvey([]);
    const renamed = { ...survey, headers: ['E1', 'P1', 'E2', 'Perception 2', 'W tangibles', 'W reliability'] };
    expect(computeSurvey(renamed, EVEN)).toEqual({ ok: false, problems: [{ kind: 'headerMissing', header: 'P2' }] });
  });

  it('says when nothing is mapped', () => {
    const t = table('name,age\nAnn,40\n');
    expect(computeSurvey({ ...t, scale: 7, mapping: guessMapping(t) }, EVEN)).toEqual({
      ok: false,
      problems: [{ kind: 'noStatements' }],
    });
  });

  it('guesses the 22 statements of the standard questionnaire and their dimensions, and importance columns', () => {
    const headers = [
      ...Array.from({ length: 22 }, (_, i) => [`Q${i + 1}_E`, `Q${i + 1}_P`]).flat(),
      'Points tangibles',
      'Points reliability',
      'Points responsiveness',
      'Points assurance',
      'Points empathy',
    ];
    const t = table(`${headers.join(';')}\n${headers.map(() => '5').join(';')}\n`);
    const m = guessMapping(t);
    expect(m.layout).toBe('respondents');
    expect(m.statements).toHaveLength(22);
    expect(m.statements[0]).toMatchObject({ expectation: 'Q1_E', perception: 'Q1_P', dimension: 'tangibles' });
    expect(m.statements.map((s) => s.dimension).filter((d) => d === 'reliability')).toHaveLength(5);
    expect(m.statements[21]!.dimension).toBe('empathy');
    expect(m.importance.assurance).toBe('Points assurance');
  });
});

describe('statements layout', () => {
  it('reads one row per statement with its means and n; dimensions and moments are the means of their statements', () => {
    const t = table(
      'Statement;Dimension;E;P;n\nModern equipment;Tangibles;4,2;3,8;150\nClean;tangibles;4,4;4,0;140\nOn time;Reliability;4,6;3,6;150\n',
    );
    const m = guessMapping(t);
    expect(m.layout).toBe('statements');
    expect(m.columns).toEqual({ expectation: 'E', perception: 'P', respondents: 'n' });
    m.statements[0]!.stepIds = ['checkout'];
    m.statements[2]!.stepIds = ['checkout'];
    const r = ok({ ...t, scale: 5, mapping: m }, { ...EVEN, tangibles: 1, reliability: 3 });
    expect(r.dimensions.tangibles.expectation).toBeCloseTo(4.3, 12);
    expect(r.dimensions.tangibles.perception).toBeCloseTo(3.9, 12);
    expect(r.dimensions.tangibles.respondents).toBe(140);
    expect(r.moments.checkout!.tangibles.expectation).toBeCloseTo(4.2, 12);
    expect(r.moments.checkout!.reliability.gap).toBeCloseTo(-1, 12);
    expect(r.unweighted).toBeCloseTo((-0.4 - 1) / 2, 12);
    expect(r.weighted).toBeCloseTo((1 * -0.4 + 3 * -1) / 4, 12);
  });

  it('names the cell of a mean outside the scale', () => {
    const t = table('Statement,E,P\nA,4.2,5.5\n');
    expect(computeSurvey({ ...t, scale: 5, mapping: guessMapping(t) }, EVEN)).toEqual({
      ok: false,
      problems: [{ kind: 'outOfScale', row: 2, column: 3, header: 'P', value: '5.5', min: 1, max: 5 }],
    });
  });
});
