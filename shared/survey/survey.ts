/**
 * From a read table and a mapping to a stored survey, and from a survey's figures to what the
 * project keeps: the moments' SERVQUAL entries and, if the user chooses, the weights.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Project, ServqualDimension, ServqualWeights, Survey, SurveyMapping } from '../model/types';
import type { SurveyResult } from './compute';
import type { SurveyTable } from './table';

/** The scale a project's SERVQUAL is on: 5 or 7 (format 4's `servqualScale`; older files are on 7). */
export function projectScale(project: Project): number {
  const scale = (project as Project & { servqualScale?: number }).servqualScale;
  return scale === 5 || scale === 7 ? scale : 7;
}

export interface SurveyMeta {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  scale: number;
}

export function makeSurvey(table: SurveyTable, mapping: SurveyMapping, meta: SurveyMeta): Survey {
  return {
    ...meta,
    decimalComma: table.decimalComma,
    headers: table.headers,
    rows: table.rows,
    mapping,
  };
}

/** The means a moment gets for each dimension its statements measure. */
export type MomentEntries = Partial<
  Record<ServqualDimension, { expectation: number; perception: number; respondents: number | null }>
>;

export function momentEntries(result: SurveyResult): Record<string, MomentEntries> {
  const out: Record<string, MomentEntries> = {};
  for (const [stepId, dims] of Object.entries(result.moments)) {
    const entries: MomentEntries = {};
    for (const d of SERVQUAL_DIMENSIONS) {
      const m = dims[d];
      if (m.expectation === null || m.perception === null) continue;
      entries[d] = { expectation: m.expectation, perception: m.perception, respondents: m.respondents };
    }
    if (Object.keys(entries).length) out[stepId] = entries;
  }
  return out;
}

/**
 * The project's weights from the respondents' mean importance points: each dimension's mean
 * share of the 100 points, as a weight in 0..1. Null when the survey has no importance points.
 */
export function importanceWeights(result: SurveyResult): ServqualWeights | null {
  if (!result.importance) return null;
  const total = SERVQUAL_DIMENSIONS.reduce((s, d) => s + result.importance![d], 0);
  if (total <= 0) return null;
  const out = {} as ServqualWeights;
  for (const d of SERVQUAL_DIMENSIONS) out[d] = Math.min(1, Math.max(0, result.importance[d] / total));
  return out;
}
