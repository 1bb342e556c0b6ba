import { describe, expect, it } from 'vitest';
import { RISK_LEVELS, RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../../shared/analysis';
import type { RiskLevel } from '../../../shared/analysis';

const risk = (likelihood: number | null, impact: number | null) => ({
  likelihood,
  impact,
  description: '',
  mitigation: '',
});

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(risk(3, 4))).toBe(12);
    expect(riskScore(risk(1, 1))).toBe(1);
    expect(riskScore(risk(5, 5))).toBe(25);
    expect(riskScore(risk(2, 5))).toBe(10);
  });

  it('is null while either factor is unset', () => {
    expect(riskScore(risk(null, 4))).toBeNull();
    expect(riskScore(risk(3, null))).toBeNull();
    expect(riskScore(risk(null, null))).toBeNull();
  });
});

describe('riskLevel', () => {
  it.each<[number, RiskLevel]>([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [20, 'critical'],
    [25, 'critical'],
  ])('puts %i in %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('counts the impossible scores 17-19 as high, and anything past 25 as critical', () => {
    expect([17, 18, 19].map(riskLevel)).toEqual(['high', 'high', 'high']);
    expect(riskLevel(30)).toBe('critical');
  });

  it('has no level for no score or a score below 1', () => {
    expect(riskLevel(null)).toBeNull();
    expect(riskLevel(0)).toBeNull();
    expect(riskLevel(Number.NaN)).toBeNull();
  });

  it('classifies every possible product of the 1-5 scales as the design table says', () => {
    const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) counts[riskLevel(riskScore(risk(l, i)))!]++;
    // Hand count of the 25 cells: low 1,2,2,3,3,4,4,4 = 8; medium: 5,5,6,6,8,8,9 = 7; high: 10,10,12,12,15,15,16 = 7; critical: 20,20,25 = 3.
    expect(counts).toEqual({ low: 8, medium: 7, high: 7, critical: 3 });
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('RISK_LEVEL_COLOURS', () => {
  it('gives every level text that meets WCAG AA on its fill and a border visible on white', () => {
    for (const level of RISK_LEVELS) {
      const { fill, text, border } = RISK_LEVEL_COLOURS[level];
      expect(contrast(fill, text), level).toBeGreaterThanOrEqual(4.5);
      expect(contrast(border, '#ffffff'), level).toBeGreaterThanOrEqual(3);
    }
  });

  it('gets darker with every level, so the levels differ in greyscale too', () => {
    const lum = RISK_LEVELS.map((l) => luminance(RISK_LEVEL_COLOURS[l].fill));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
  });
});
