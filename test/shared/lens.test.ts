import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVQUAL_WEIGHTS, SENSES } from '../../shared/model';
import type { ServqualWeights, Step } from '../../shared/model';
import {
  NOT_ASSESSED,
  SERVQUAL_BAND_COLOURS,
  lensLegend,
  lensOf,
  lensPaint,
  servqualBand,
  servqualCutoffs,
  type Lens,
} from '../../shared/lens';
import { lensLabels } from '../../shared/i18n/labels';
import { translator } from '../../shared/i18n/translator';
import { makeProject, moment } from './model/build';

function stepWith(edit: Parameters<typeof moment>[0]): Step {
  return makeProject({ steps: [{ id: 'a', moment: moment(edit) }] }).steps[0]!;
}

describe('the SERVQUAL lens', () => {
  it('colours by the weighted gap with the given weights, not the plain mean', () => {
    // Reliability falls 2 short, tangibles exceed by 2: the plain mean is 0.
    const step = stepWith((m) => {
      m.servqual.reliability = { expectation: 7, perception: 5 };
      m.servqual.tangibles = { expectation: 5, perception: 7 };
    });
    const withDefaults = lensPaint(step, 'servqual', DEFAULT_SERVQUAL_WEIGHTS);
    // (0.32 × -2 + 0.11 × 2) / 0.43 = -0.98
    expect(withDefaults?.value).toBe('-0.98');
    expect(withDefaults?.swatch).toBe(SERVQUAL_BAND_COLOURS.slightlyShort);
    const tangiblesOnly: ServqualWeights = { ...DEFAULT_SERVQUAL_WEIGHTS, reliability: 0 };
    expect(lensPaint(step, 'servqual', tangiblesOnly)?.swatch).toBe(SERVQUAL_BAND_COLOURS.meets);
  });

  it('puts a gap of -0.3 in "slightly short" (the canvas showed it as neutral, the export as short)', () => {
    expect(servqualBand(-0.3)).toBe('slightlyShort');
    expect(servqualBand(0)).toBe('meets');
    expect(servqualBand(-1)).toBe('slightlyShort');
    expect(servqualBand(-1.01)).toBe('short');
    expect(servqualBand(-2)).toBe('short');
    expect(servqualBand(-2.01)).toBe('farShort');
  });

  it('sets its cut-offs as fractions of the scale range', () => {
    expect(servqualCutoffs({ min: 1, max: 7 })).toEqual({ meets: 0, slightlyShort: -1, short: -2 });
    const five = servqualCutoffs({ min: 1, max: 5 });
    expect(five.slightlyShort).toBeCloseTo(-4 / 6);
    expect(five.short).toBeCloseTo(-8 / 6);
    // The same gap falls further short on a narrower scale.
    expect(servqualBand(-1, { min: 1, max: 7 })).toBe('slightlyShort');
    expect(servqualBand(-1, { min: 1, max: 5 })).toBe('short');
    const legend = lensLegend('servqual', { scale: { min: 1, max: 5 } });
    expect(legend?.entries.map((e) => e.label)).toEqual([
      'Meets or exceeds (≥ 0)',
      'Slightly short (-0.67 to 0)',
      'Short (-1.33 to -0.67)',
      'Far short (< -1.33)',
      'Not measured',
    ]);
  });
});

describe('every lens', () => {
  const lenses: Lens[] = ['risk', 'servqual', 'emotion', ...SENSES.map((sense) => ({ sense }))];
  // Steps covering every value each lens can show.
  const steps: Step[] = [makeProject({ steps: [{ id: 'plain' }] }).steps[0]!, stepWith(() => {})];
  for (let l = 1; l <= 5; l++)
    for (let i = 1; i <= 5; i++)
      steps.push(
        stepWith((m) => {
          m.risk.likelihood = l;
          m.risk.impact = i;
        }),
      );
  for (let e = 1; e <= 7; e++)
    for (let p = 1; p <= 7; p++)
      steps.push(stepWith((m) => (m.servqual.assurance = { expectation: e, perception: p })));
  for (const emotion of [-2, -1, 0, 1, 2] as const) steps.push(stepWith((m) => (m.emotion = emotion)));
  for (const sense of SENSES)
    for (const valence of [-1, 0, 1] as const)
      steps.push(stepWith((m) => (m.senses[sense] = { engaged: true, valence, note: '' })));

  it.each(lenses.map((lens) => [JSON.stringify(lens), lens] as const))(
    '%s: its legend shows every colour it paints, and nothing else',
    (_name, lens) => {
      const legend = lensLegend(lens);
      const painted = new Set(steps.map((s) => lensPaint(s, lens, DEFAULT_SERVQUAL_WEIGHTS)!.swatch.fill));
      expect(new Set(legend!.entries.map((e) => e.swatch.fill))).toEqual(painted);
      expect(painted.has(NOT_ASSESSED.fill)).toBe(true);
    },
  );

  it('paints nothing with no lens, and steps that are not contact moments as not assessed', () => {
    expect(lensPaint(steps[0]!, 'none', DEFAULT_SERVQUAL_WEIGHTS)).toBeNull();
    expect(lensLegend('none')).toBeNull();
    expect(lensPaint(steps[0]!, 'risk', DEFAULT_SERVQUAL_WEIGHTS)).toMatchObject({
      swatch: NOT_ASSESSED,
      assessed: false,
    });
  });

  it('turns the picker state into a lens', () => {
    expect(lensOf('sense', 'smell')).toEqual({ sense: 'smell' });
    expect(lensOf('emotion', 'smell')).toBe('emotion');
  });
});

describe("a step's lens value in the UI language", () => {
  it('names the risk level and an unassessed step in the labels given, English by default', () => {
    const risky = stepWith((m) => {
      m.risk.likelihood = 3;
      m.risk.impact = 3;
    });
    const plain = makeProject({ steps: [{ id: 'b' }] }).steps[0]!;
    expect(lensPaint(risky, 'risk', DEFAULT_SERVQUAL_WEIGHTS)?.value).toBe('medium 9');
    expect(lensPaint(plain, 'risk', DEFAULT_SERVQUAL_WEIGHTS)?.value).toBe('n/a');
    const hu = { labels: lensLabels(translator('hu'), 'hu') };
    expect(lensPaint(risky, 'risk', DEFAULT_SERVQUAL_WEIGHTS, hu)?.value).toBe('közepes 9');
    expect(lensPaint(plain, 'emotion', DEFAULT_SERVQUAL_WEIGHTS, hu)?.value).toBe('n. a.');
    const zh = { labels: lensLabels(translator('zh-CN'), 'zh-CN') };
    expect(lensPaint(risky, 'risk', DEFAULT_SERVQUAL_WEIGHTS, zh)?.value).toBe('中 9');
    expect(lensPaint(plain, 'risk', DEFAULT_SERVQUAL_WEIGHTS, zh)?.value).toBe('未评估');
  });
});
