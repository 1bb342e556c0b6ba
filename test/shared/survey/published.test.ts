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

function importFixture(name: string, scale: number) {
  const parsed = parseCsv(readFileSync(join(__dirname, '../../fixtures/survey', name), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const mapping = guessMapping(parsed.table);
  expect(mapping.layout).toBe('statements');
  const computed = computeSurvey({ ...parsed.table, scale, mapping }, EVEN);
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
  it('PMC6131925, Table 2 (hospital patients, N = 386, scale 1-5)', () => {
    check(importFixture('pmc6131925-table2.csv', 5), {
      tangibles: { e: '4.44', p: '4.19', gap: '-0.25', n: 386 },
      reliability: { e: '4.49', p: '4.36', gap: '-0.13', n: 386 },
      responsiveness: { e: '4.48', p: '4.35', gap: '-0.13', n: 386 },
      assurance: { e: '4.50', p: '4.32', gap: '-0.18', n: 386 },
      empathy: { e: '4.56', p: '4.40', gap: '-0.16', n: 386 },
    });
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
