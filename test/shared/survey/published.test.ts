/**
 * Published SERVQUAL figures (test/fixtures/survey, sources in its README) imported through
 * the engine as statement means: every printed figure is reproduced within one unit of its
 * last printed digit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServqualDimension } from '../../../shared/model/types';
import { computeSurvey, guessMapping, parseCsv } from '../../../shared/survey';

const EVEN = { tangibles: 1, reliability: 1, responsiveness: 1, assurance: 1, empathy: 1 };

function importFixture(name: string, scale: number, weights: Record<ServqualDimension, number> = EVEN) {
  const parsed = parseCsv(readFileSync(join(__dirname, '../../fixtures/survey', name), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const mapping = guessMapping(parsed.table);
  expect(mapping.layout).toBe('statements');
  const computed = computeSurvey({ ...parsed.table, scale, mapping }, weights);
  if (!computed.ok) throw new Error(JSON.stringify(computed.problems));
  return computed.result;
}

/** |actual - printed| within one unit of the printed figure's last digit. */
function near(actual: number | null, printed: string) {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - Number(printed))).toBeLessThanOrEqual(10 ** -decimals + 1e-9);
}

type Printed = Partial<Record<ServqualDimension, { e: string; p: string; gap?: string; n: number }>>;

function check(result: ReturnType<typeof importFixture>, printed: Printed) {
  for (const [dim, f] of Object.entries(printed) as [ServqualDimension, NonNullable<Printed[ServqualDimension]>][]) {
    const m = result.dimensions[dim];
    near(m.expectation, f.e);
    near(m.perception, f.p);
    if (f.gap) near(m.gap, f.gap);
    expect(m.respondents).toBe(f.n);
  }
}

describe('published SERVQUAL tables', () => {
  it('Zun, Ibrahim and Hamid 2018 (PMC6131925), Table 2 (clinic patients, N = 386, scale 1-5)', () => {
    check(importFixture('pmc6131925-table2.csv', 5), {
      tangibles: { e: '4.44', p: '4.19', gap: '-0.25', n: 386 },
      reliability: { e: '4.49', p: '4.36', gap: '-0.13', n: 386 },
      responsiveness: { e: '4.48', p: '4.35', gap: '-0.13', n: 386 },
      assurance: { e: '4.50', p: '4.32', gap: '-0.18', n: 386 },
      empathy: { e: '4.56', p: '4.40', gap: '-0.16', n: 386 },
    });
  });

  it('Zarei et al. 2012, Table 2 (private hospitals, n = 983, scale 1-5; three factors)', () => {
    const result = importFixture('zarei-2012-table2.csv', 5);
    check(result, {
      reliability: { e: '4.93', p: '4.05', gap: '-0.88', n: 983 },
      empathy: { e: '4.87', p: '3.89', gap: '-0.98', n: 983 },
      tangibles: { e: '4.95', p: '4.18', gap: '-0.76', n: 983 },
    });
    expect(result.dimensions.responsiveness.expectation).toBeNull();
    expect(result.dimensions.assurance.expectation).toBeNull();
    // The printed "Overall Quality" gap is the mean over the 21 statements: the weighted score
    // with each factor weighted by its number of statements (10, 7 and 4 in the table).
    const byStatements = importFixture('zarei-2012-table2.csv', 5, {
      ...EVEN,
      reliability: 10,
      empathy: 7,
      tangibles: 4,
    });
    near(byStatements.weighted, '-0.89');
    // Unweighted, the three factor gaps average to -0.88: not the printed overall figure.
    expect(Math.abs(byStatements.unweighted! - -0.89)).toBeGreaterThan(0.01);
  });

  it('Al Fraihi and Latif 2016 (outpatients, n = 306, scale 1-5; decimal commas)', () => {
    const result = importFixture('alfraihi-latif-2016.csv', 5);
    check(result, {
      responsiveness: { e: '4.5', p: '3.2', n: 306 },
      empathy: { e: '4.7', p: '3.7', n: 306 },
    });
    expect(result.dimensions.tangibles.expectation).toBeNull();
  });
});
