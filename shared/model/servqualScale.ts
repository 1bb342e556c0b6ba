/**
 * The project's SERVQUAL answer scale (since format 4): which scores lie outside it, and the
 * linear conversion of every score when the scale changes (1-7 to 1-5 and back).
 */
import { SERVQUAL_DIMENSIONS } from './schema';
import type { Moment, Project, ServqualDimension, ServqualScale } from './types';

export const SERVQUAL_SCORE_FIELDS = ['expectation', 'perception'] as const;
export type ServqualScoreField = (typeof SERVQUAL_SCORE_FIELDS)[number];

/** One score of one contact moment: where it sits and its value. */
export interface ServqualScoreAt {
  stepIndex: number;
  stepId: string;
  title: string;
  dimension: ServqualDimension;
  field: ServqualScoreField;
  value: number;
}

/** Every expectation and perception the project holds, in step, dimension, E-then-P order. */
export function servqualScores(project: Pick<Project, 'steps'>): ServqualScoreAt[] {
  const out: ServqualScoreAt[] = [];
  project.steps.forEach((step, stepIndex) => {
    const servqual = step.moment?.servqual;
    if (!servqual) return;
    for (const dimension of SERVQUAL_DIMENSIONS) {
      for (const field of SERVQUAL_SCORE_FIELDS) {
        const value = servqual[dimension][field];
        if (value !== null) out.push({ stepIndex, stepId: step.id, title: step.title, dimension, field, value });
      }
    }
  });
  return out;
}

/** Whether a score lies on a scale 1..`scale`. */
export function onScale(value: number, scale: ServqualScale): boolean {
  return Number.isFinite(value) && value >= 1 && value <= scale;
}

/** Whether every score of one contact moment lies on the scale. */
export function momentOnScale(moment: Pick<Moment, 'servqual'>, scale: ServqualScale): boolean {
  return SERVQUAL_DIMENSIONS.every((dim) =>
    SERVQUAL_SCORE_FIELDS.every((field) => {
      const value = moment.servqual[dim][field];
      return value === null || onScale(value, scale);
    }),
  );
}

/** The scores outside the project's own scale (a 6 on a 1-5 project). */
export function scoresOutsideScale(project: Pick<Project, 'steps' | 'servqualScale'>): ServqualScoreAt[] {
  return servqualScores(project).filter((s) => !onScale(s.value, project.servqualScale));
}

/**
 * A score moved linearly from one scale to another, ends to ends: x' = 1 + (x - 1) * (to - 1) / (from - 1).
 * Full precision is kept (4 on 1-7 becomes 3 on 1-5; 5 on 1-7 becomes 3.666...). The result is
 * clamped to the new scale only against floating-point drift at its ends.
 *
 * @example convertScore(7, 7, 5) // 5
 */
export function convertScore(value: number, from: ServqualScale, to: ServqualScale): number {
  if (from === to) return value;
  const converted = 1 + ((value - 1) * (to - 1)) / (from - 1);
  return Math.min(to, Math.max(1, converted));
}

/** One score before and after a change of scale. */
export interface ScoreConversion extends ServqualScoreAt {
  after: number;
}

/** What changing the project's scale to `to` would do to each score (empty when the scale stays). */
export function scaleConversion(
  project: Pick<Project, 'steps' | 'servqualScale'>,
  to: ServqualScale,
): ScoreConversion[] {
  const from = project.servqualScale;
  if (from === to) return [];
  return servqualScores(project).map((s) => ({ ...s, after: convertScore(s.value, from, to) }));
}
