import { describe, expect, it } from 'vitest';
import { projectServqual, servqualGap, servqualGaps } from '../../../shared/analysis';
import { DEFAULT_SERVQUAL_WEIGHTS, defaultServqual } from '../../../shared/model';
import type { Servqual, ServqualWeights } from '../../../shared/model';
import { makeProject, moment } from '../model/build';

function scores(values: Partial<Record<keyof ServqualWeights, [number | null, number | null]>>): Servqual {
  const s = defaultServqual();
  for (const [dim, [expectation, perception]] of Object.entries(values) as [keyof ServqualWeights, [number, number]][])
    s[dim] = { expectation, perception };
  return s;
}

describe('servqualGap', () => {
  it('is perception minus expectation', () => {
    expect(servqualGap({ expectation: 6, perception: 4 })).toBe(-2);
    expect(servqualGap({ expectation: 3, perception: 7 })).toBe(4);
    expect(servqualGap({ expectation: 5, perception: 5 })).toBe(0);
  });

  it('is null when either score is missing', () => {
    expect(servqualGap({ expectation: null, perception: 4 })).toBeNull();
    expect(servqualGap({ expectation: 6, perception: null })).toBeNull();
  });
});

describe('servqualGaps', () => {
  it('computes per dimension, mean and weighted score with all five dimensions', () => {
    const result = servqualGaps(
      scores({ tangibles: [5, 6], reliability: [7, 4], responsiveness: [6, 5], assurance: [6, 6], empathy: [5, 3] }),
      DEFAULT_SERVQUAL_WEIGHTS,
    );
    expect(result.perDimension).toEqual({
      tangibles: 1,
      reliability: -3,
      responsiveness: -1,
      assurance: 0,
      empathy: -2,
    });
    // (1 - 3 - 1 + 0 - 2) / 5 = -1
    expect(result.mean).toBeCloseTo(-1, 10);
    // 0.11*1 + 0.32*-3 + 0.22*-1 + 0.19*0 + 0.16*-2 = 0.11 - 0.96 - 0.22 - 0.32 = -1.39; weights sum to 1.
    expect(result.weighted).toBeCloseTo(-1.39, 10);
  });

  it('leaves unscored dimensions out of the mean and the weighted score instead of counting them as 0', () => {
    const result = servqualGaps(scores({ reliability: [7, 4], empathy: [5, 6] }), DEFAULT_SERVQUAL_WEIGHTS);
    expect(result.perDimension).toEqual({
      tangibles: null,
      reliability: -3,
      responsiveness: null,
      assurance: null,
      empathy: 1,
    });
    // (-3 + 1) / 2 = -1
    expect(result.mean).toBe(-1);
    // (0.32*-3 + 0.16*1) / (0.32 + 0.16) = (-0.96 + 0.16) / 0.48 = -0.8 / 0.48 = -1.6667
    expect(result.weighted).toBeCloseTo(-5 / 3, 10);
  });

  it('ignores half-scored dimensions', () => {
    const result = servqualGaps(scores({ tangibles: [5, null], assurance: [4, 6] }), DEFAULT_SERVQUAL_WEIGHTS);
    expect(result.perDimension.tangibles).toBeNull();
    expect(result.mean).toBe(2);
    expect(result.weighted).toBeCloseTo(2, 10);
  });

  it('uses the weights it is given', () => {
    const weights = { tangibles: 0, reliability: 1, responsiveness: 0, assurance: 0, empathy: 0 };
    const result = servqualGaps(scores({ tangibles: [1, 7], reliability: [6, 5] }), weights);
    expect(result.mean).toBe(2.5); // (6 + -1) / 2
    expect(result.weighted).toBe(-1); // only reliability carries weight
  });

  it('is null throughout when nothing is scored, and weighted is null when the used weights are all 0', () => {
    expect(servqualGaps(defaultServqual(), DEFAULT_SERVQUAL_WEIGHTS)).toEqual({
      perDimension: { tangibles: null, reliability: null, responsiveness: null, assurance: null, empathy: null },
      mean: null,
      weighted: null,
    });
    const zero = { ...DEFAULT_SERVQUAL_WEIGHTS, tangibles: 0 };
    const result = servqualGaps(scores({ tangibles: [3, 5] }), zero);
    expect(result.mean).toBe(2);
    expect(result.weighted).toBeNull();
  });
});

describe('projectServqual', () => {
  it('averages each dimension over the moments that scored it, then combines with the project weights', () => {
    const project = makeProject({
      steps: [
        {
          id: 'a',
          moment: moment((m) => {
            m.servqual = scores({ reliability: [7, 4], empathy: [6, 6] });
          }),
        },
        {
          id: 'b',
          moment: moment((m) => {
            m.servqual = scores({ reliability: [6, 5], tangibles: [4, null] });
          }),
        },
        { id: 'c' }, // not a contact moment
        {
          id: 'd',
          moment: moment((m) => {
            m.servqual = scores({ reliability: [5, 3], empathy: [4, 7] });
          }),
        },
      ],
    });
    project.servqualWeights = { tangibles: 0.2, reliability: 0.5, responsiveness: 0.1, assurance: 0.1, empathy: 0.1 };
    const result = projectServqual(project);
    // reliability gaps -3, -1, -2 -> mean -2; empathy 0, 3 -> 1.5; tangibles only half scored.
    expect(result.perDimension).toEqual({
      tangibles: null,
      reliability: -2,
      responsiveness: null,
      assurance: null,
      empathy: 1.5,
    });
    expect(result.samples).toEqual({ tangibles: 0, reliability: 3, responsiveness: 0, assurance: 0, empathy: 2 });
    // Mean E and P over the same moments as the gap (b's tangibles has no P, so it is not one of them).
    expect(result.expectation).toEqual({
      tangibles: null,
      reliability: 6, // (7 + 6 + 5) / 3
      responsiveness: null,
      assurance: null,
      empathy: 5, // (6 + 4) / 2
    });
    expect(result.perception).toEqual({
      tangibles: null,
      reliability: 4, // (4 + 5 + 3) / 3
      responsiveness: null,
      assurance: null,
      empathy: 6.5, // (6 + 7) / 2
    });
    // (-2 + 1.5) / 2 = -0.25
    expect(result.mean).toBe(-0.25);
    // (0.5*-2 + 0.1*1.5) / (0.5 + 0.1) = (-1 + 0.15) / 0.6 = -1.41667
    expect(result.weighted).toBeCloseTo(-0.85 / 0.6, 10);
  });

  it('is empty for a project without contact moments', () => {
    const result = projectServqual(makeProject({ steps: [{ id: 'a' }] }));
    expect(result.mean).toBeNull();
    expect(result.weighted).toBeNull();
    expect(Object.values(result.samples)).toEqual([0, 0, 0, 0, 0]);
  });
});
