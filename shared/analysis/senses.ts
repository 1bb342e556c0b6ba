/** How the journey's contact moments engage the five senses. */
import { SENSES } from '../model/schema';
import type { Project, SenseName } from '../model/types';

export interface SenseTally {
  /** Contact moments where this sense is engaged. */
  engaged: number;
  /** Of the engaged ones: how the sense lands. */
  positive: number;
  neutral: number;
  negative: number;
}

export interface SenseCoverage {
  /** Number of contact moments in the project (steps with a moment). */
  moments: number;
  senses: Record<SenseName, SenseTally>;
}

/**
 * Count, per sense, the contact moments that engage it and how it lands there.
 * Valence is counted only where the sense is engaged: a sense that is not engaged keeps its
 * default valence of 0, which says nothing, so counting it would inflate "neutral".
 */
export function senseCoverage(project: Project): SenseCoverage {
  const senses = {} as Record<SenseName, SenseTally>;
  for (const sense of SENSES) senses[sense] = { engaged: 0, positive: 0, neutral: 0, negative: 0 };
  let moments = 0;
  for (const step of project.steps) {
    if (!step.moment) continue;
    moments++;
    for (const name of SENSES) {
      const sense = step.moment.senses[name];
      if (!sense.engaged) continue;
      const tally = senses[name];
      tally.engaged++;
      if (sense.valence > 0) tally.positive++;
      else if (sense.valence < 0) tally.negative++;
      else tally.neutral++;
    }
  }
  return { moments, senses };
}
