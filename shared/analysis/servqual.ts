/**
 * SERVQUAL gaps: perception minus expectation (P - E) per dimension; negative means the
 * service falls short of what the customer expected.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Project, Servqual, ServqualDimension, ServqualEntry, ServqualWeights } from '../model/types';

export interface ServqualGaps {
  /** P - E per dimension; null where it cannot be computed. */
  perDimension: Record<ServqualDimension, number | null>;
  /** Plain mean of the available dimension gaps; null if none is available. */
  mean: number | null;
  /**
   * Weighted mean of the available dimension gaps: sum(w x gap) / sum(w), both sums over
   * the dimensions that have a gap. Dividing by the weights actually used means a dimension
   * nobody scored is left out rather than counted as a gap of 0 (which would pull the score
   * towards 0). Null if no dimension has a gap or their weights add up to 0.
   */
  weighted: number | null;
}

export interface ProjectServqual extends ServqualGaps {
  /** How many contact moments contributed a gap to each dimension. */
  samples: Record<ServqualDimension, number>;
  /**
   * Mean expectation and mean perception per dimension over the same moments as the gap
   * (those that scored both), so `perception - expectation` equals the dimension's gap.
   * Null where no moment scored both.
   */
  expectation: Record<ServqualDimension, number | null>;
  perception: Record<ServqualDimension, number | null>;
}

/**
 * P - E for one dimension, or null while either score is unset.
 *
 * @example servqualGap({ expectation: 6, perception: 4 }) // -2
 */
export function servqualGap(entry: ServqualEntry): number | null {
  if (entry.expectation === null || entry.perception === null) return null;
  return entry.perception - entry.expectation;
}

function summarise(perDimension: Record<ServqualDimension, number | null>, weights: ServqualWeights): ServqualGaps {
  let sum = 0;
  let count = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  for (const dim of SERVQUAL_DIMENSIONS) {
    const gap = perDimension[dim];
    if (gap === null) continue;
    sum += gap;
    count++;
    weightedSum += weights[dim] * gap;
    weightTotal += weights[dim];
  }
  return {
    perDimension,
    mean: count ? sum / count : null,
    weighted: weightTotal > 0 ? weightedSum / weightTotal : null,
  };
}

/** Gaps of one contact moment's SERVQUAL scores: per dimension, mean and weighted. */
export function servqualGaps(servqual: Servqual, weights: ServqualWeights): ServqualGaps {
  const perDimension = {} as Record<ServqualDimension, number | null>;
  for (const dim of SERVQUAL_DIMENSIONS) perDimension[dim] = servqualGap(servqual[dim]);
  return summarise(perDimension, weights);
}

/**
 * SERVQUAL over the whole journey, with the project's weights. Each contact moment is one
 * questionnaire item per dimension: a dimension's gap is the mean of the gaps of the moments
 * that scored both E and P for it; the overall mean and weighted score then combine the
 * dimension gaps as in {@link servqualGaps}.
 */
export function projectServqual(project: Project): ProjectServqual {
  const sums = {} as Record<ServqualDimension, { gap: number; expectation: number; perception: number }>;
  const samples = {} as Record<ServqualDimension, number>;
  for (const dim of SERVQUAL_DIMENSIONS) {
    sums[dim] = { gap: 0, expectation: 0, perception: 0 };
    samples[dim] = 0;
  }
  for (const step of project.steps) {
    if (!step.moment) continue;
    for (const dim of SERVQUAL_DIMENSIONS) {
      const entry = step.moment.servqual[dim];
      const gap = servqualGap(entry);
      if (gap === null) continue;
      sums[dim].gap += gap;
      // Not null: servqualGap returned a number, so both scores are set.
      sums[dim].expectation += entry.expectation!;
      sums[dim].perception += entry.perception!;
      samples[dim]++;
    }
  }
  const perDimension = {} as Record<ServqualDimension, number | null>;
  const expectation = {} as Record<ServqualDimension, number | null>;
  const perception = {} as Record<ServqualDimension, number | null>;
  for (const dim of SERVQUAL_DIMENSIONS) {
    const n = samples[dim];
    perDimension[dim] = n ? sums[dim].gap / n : null;
    expectation[dim] = n ? sums[dim].expectation / n : null;
    perception[dim] = n ? sums[dim].perception / n : null;
  }
  return { ...summarise(perDimension, project.servqualWeights), samples, expectation, perception };
}
