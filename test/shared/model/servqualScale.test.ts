import { describe, expect, it } from 'vitest';
import { convertScore, onScale, scaleConversion, scoresOutsideScale } from '../../../shared/model';
import { makeProject, moment } from './build';

describe('convertScore', () => {
  it('maps the ends to the ends and everything between linearly', () => {
    expect(convertScore(1, 7, 5)).toBe(1);
    expect(convertScore(7, 7, 5)).toBe(5);
    expect(convertScore(4, 7, 5)).toBe(3);
    expect(convertScore(5, 7, 5)).toBeCloseTo(1 + (4 * 4) / 6, 14);
    expect(convertScore(4.21, 5, 7)).toBeCloseTo(1 + (3.21 * 6) / 4, 14);
    expect(convertScore(3.3, 7, 7)).toBe(3.3);
  });
});

describe('scale checks', () => {
  const project = makeProject({
    steps: [
      {
        id: 'pay',
        title: 'Pay',
        moment: moment((m) => {
          m.servqual.reliability = { expectation: 6.5, perception: 4.25 };
        }),
      },
    ],
  });

  it('knows which scores lie outside the project scale', () => {
    expect(onScale(5, 5)).toBe(true);
    expect(onScale(5.01, 5)).toBe(false);
    expect(scoresOutsideScale(project)).toEqual([]);
    expect(scoresOutsideScale({ ...project, servqualScale: 5 })).toEqual([
      { stepIndex: 0, stepId: 'pay', title: 'Pay', dimension: 'reliability', field: 'expectation', value: 6.5 },
    ]);
  });

  it('lists each score before and after a change of scale', () => {
    expect(scaleConversion(project, 7)).toEqual([]);
    const conversion = scaleConversion(project, 5);
    expect(conversion.map((c) => [c.field, c.value, c.after])).toEqual([
      ['expectation', 6.5, 1 + (5.5 * 4) / 6],
      ['perception', 4.25, 1 + (3.25 * 4) / 6],
    ]);
  });
});
