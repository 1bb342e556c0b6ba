/**
 * SERVQUAL from survey data, as Parasuraman, Zeithaml and Berry compute it: per statement the
 * means of expectation (E) and perception (P) and the gap P - E; per dimension each
 * respondent's mean over the dimension's statements, then averaged over respondents (so the
 * dimension gap is the mean of the respondents' gaps); the unweighted score is the mean of
 * the dimension gaps; the weighted score is computed per respondent (sum(w x gap) / sum(w)
 * over the dimensions the respondent has a gap for, w = the respondent's importance points,
 * or the project's weights where the file has none) and then averaged.
 *
 * A statement's answer counts when the respondent gave both E and P; a half or empty pair is
 * a missing answer, skipped and counted. Reverse-scored statements are read as scale + 1 - v.
 * The statements layout (one row per statement with its means and n) gives the same figures
 * from the means: dimensions and moments are the plain means of their statements.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import type { ServqualDimension, ServqualWeights, Survey } from '../model/types';
import { MAX_PROBLEMS, type SurveyProblem } from './problems';
import { parseNumber } from './table';

export interface Means {
  expectation: number | null;
  perception: number | null;
  /** P - E; null where either mean is. */
  gap: number | null;
  /** Respondents the means rest on; null where the file does not say (statements layout without n). */
  respondents: number | null;
}

export interface StatementResult extends Means {
  id: string;
  label: string;
  dimension: ServqualDimension | null;
  reversed: boolean;
  /** Respondents who left this statement's E or P empty (respondents layout). */
  missing: number;
}

export interface SurveyResult {
  statements: StatementResult[];
  dimensions: Record<ServqualDimension, Means>;
  /** Per contact moment (step id), per dimension, over the statements mapped to that moment. */
  moments: Record<string, Record<ServqualDimension, Means>>;
  /** Mean of the dimension gaps that exist. */
  unweighted: number | null;
  /** Weighted score (see the module comment). */
  weighted: number | null;
  /** Mean importance points per dimension when the file has them (respondents who allocated any). */
  importance: Record<ServqualDimension, number> | null;
  /** Respondents (rows) in the respondents layout; null in the statements layout. */
  respondents: number | null;
  /** Missing answers skipped (a statement's E or P empty for a respondent, or a statement without both means). */
  missing: number;
}

export type SurveyComputation = { ok: true; result: SurveyResult } | { ok: false; problems: SurveyProblem[] };

type SurveyData = Pick<Survey, 'scale' | 'decimalComma' | 'headers' | 'rows' | 'mapping'>;

const DIMS = SERVQUAL_DIMENSIONS;
const dimIndex = (d: ServqualDimension | null) => (d === null ? -1 : DIMS.indexOf(d));

function emptyMeans(): Means {
  return { expectation: null, perception: null, gap: null, respondents: null };
}

function perDimension<T>(make: () => T): Record<ServqualDimension, T> {
  const out = {} as Record<ServqualDimension, T>;
  for (const d of DIMS) out[d] = make();
  return out;
}

function meanOf(sum: number, n: number): number | null {
  return n > 0 ? sum / n : null;
}

function means(sumE: number, sumP: number, n: number, respondents: number | null): Means {
  const expectation = meanOf(sumE, n);
  const perception = meanOf(sumP, n);
  return {
    expectation,
    perception,
    gap: expectation === null || perception === null ? null : perception - expectation,
    respondents,
  };
}

function weightedOf(gaps: (number | null)[], weights: number[]): number | null {
  let ws = 0;
  let wt = 0;
  for (let d = 0; d < gaps.length; d++) {
    const g = gaps[d];
    if (g === null || g === undefined) continue;
    ws += weights[d]! * g;
    wt += weights[d]!;
  }
  return wt > 0 ? ws / wt : null;
}

function unweightedOf(dimensions: Record<ServqualDimension, Means>): number | null {
  let s = 0;
  let n = 0;
  for (const d of DIMS) {
    const g = dimensions[d].gap;
    if (g === null) continue;
    s += g;
    n++;
  }
  return n ? s / n : null;
}

class Problems {
  readonly list: SurveyProblem[] = [];
  add(p: SurveyProblem): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
  }
  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS;
  }
}

/** Compute a survey's SERVQUAL figures with the project's weights (used where the file has no importance points). */
export function computeSurvey(survey: SurveyData, weights: ServqualWeights): SurveyComputation {
  const problems = new Problems();
  const columnOf = new Map<string, number>();
  survey.headers.forEach((h, i) => {
    if (!columnOf.has(h)) columnOf.set(h, i);
  });
  const resolve = (header: string | null): number => {
    if (header === null) return -1;
    const c = columnOf.get(header);
    if (c === undefined) {
      if (!problems.list.some((p) => p.kind === 'headerMissing' && p.header === header)) {
        problems.add({ kind: 'headerMissing', header });
      }
      return -1;
    }
    return c;
  };
  const w = DIMS.map((d) => weights[d]);
  const result =
    survey.mapping.layout === 'statements'
      ? statementsLayout(survey, resolve, problems, w)
      : respondentsLayout(survey, resolve, problems, w);
  if (problems.list.length || !result) return { ok: false, problems: problems.list };
  return { ok: true, result };
}

function readCell(
  survey: SurveyData,
  r: number,
  c: number,
  min: number,
  max: number,
  problems: Problems,
): number | null | undefined {
  const cell = survey.rows[r]?.[c] ?? '';
  if (cell.trim() === '') return null;
  const v = parseNumber(cell, survey.decimalComma);
  const where = { row: r + 2, column: c + 1, header: survey.headers[c] ?? '', value: cell.slice(0, 40) };
  if (v === null) {
    problems.add({ kind: 'notANumber', ...where });
    return undefined;
  }
  if (v < min || v > max) {
    problems.add({ kind: 'outOfScale', ...where, min, max });
    return undefined;
  }
  return v;
}

function respondentsLayout(
  survey: SurveyData,
  resolve: (h: string | null) => number,
  problems: Problems,
  weights: number[],
): SurveyResult | null {
  const { scale } = survey;
  const items = survey.mapping.statements.map((s) => ({
    s,
    e: resolve(s.expectation),
    p: resolve(s.perception),
    d: dimIndex(s.dimension),
  }));
  const importanceCols = DIMS.map((d) => resolve(survey.mapping.importance[d]));
  const hasImportance = importanceCols.some((c) => c >= 0);
  const used = items.filter((it) => it.e >= 0 && it.p >= 0);
  if (used.length === 0 && problems.list.length === 0) problems.add({ kind: 'noStatements' });
  if (problems.list.length) return null;

  const momentIds: string[] = [];
  const momentIndex = new Map<string, number>();
  for (const it of used) {
    for (const id of it.s.stepIds) {
      if (!momentIndex.has(id)) {
        momentIndex.set(id, momentIds.length);
        momentIds.push(id);
      }
    }
  }
  const nS = used.length;
  const sE = new Float64Array(nS);
  const sP = new Float64Array(nS);
  const sN = new Int32Array(nS);
  const sMissing = new Int32Array(nS);
  // Per dimension: sums over respondents of their dimension means, and how many respondents.
  const dE = new Float64Array(5);
  const dP = new Float64Array(5);
  const dN = new Int32Array(5);
  // Per respondent scratch.
  const rE = new Float64Array(5);
  const rP = new Float64Array(5);
  const rN = new Int32Array(5);
  const M = momentIds.length;
  const mE = new Float64Array(M * 5);
  const mP = new Float64Array(M * 5);
  const mN = new Int32Array(M * 5);
  const rmE = new Float64Array(M * 5);
  const rmP = new Float64Array(M * 5);
  const rmN = new Int32Array(M * 5);
  const impSum = new Float64Array(5);
  let impN = 0;
  let weightedSum = 0;
  let weightedN = 0;
  let missing = 0;
  const gaps: (number | null)[] = [null, null, null, null, null];
  const rw = new Array<number>(5);
  const steps = used.map((it) => it.s.stepIds.map((id) => momentIndex.get(id)!));

  for (let r = 0; r < survey.rows.length; r++) {
    rE.fill(0);
    rP.fill(0);
    rN.fill(0);
    if (M) {
      rmE.fill(0);
      rmP.fill(0);
      rmN.fill(0);
    }
    for (let i = 0; i < nS; i++) {
      const it = used[i]!;
      let e = readCell(survey, r, it.e, 1, scale, problems);
      let p = readCell(survey, r, it.p, 1, scale, problems);
      if (e === undefined || p === undefined) continue;
      if (e === null || p === null) {
        sMissing[i]!++;
        missing++;
        continue;
      }
      if (it.s.reversed) {
        e = scale + 1 - e;
        p = scale + 1 - p;
      }
      sE[i]! += e;
      sP[i]! += p;
      sN[i]!++;
      if (it.d >= 0) {
        rE[it.d]! += e;
        rP[it.d]! += p;
        rN[it.d]!++;
        for (const m of steps[i]!) {
          const k = m * 5 + it.d;
          rmE[k]! += e;
          rmP[k]! += p;
          rmN[k]!++;
        }
      }
    }
    if (problems.full) break;
    for (let d = 0; d < 5; d++) {
      if (rN[d]) {
        const e = rE[d]! / rN[d]!;
        const p = rP[d]! / rN[d]!;
        dE[d]! += e;
        dP[d]! += p;
        dN[d]!++;
        gaps[d] = p - e;
      } else gaps[d] = null;
    }
    for (let k = 0; k < M * 5; k++) {
      if (!rmN[k]) continue;
      mE[k]! += rmE[k]! / rmN[k]!;
      mP[k]! += rmP[k]! / rmN[k]!;
      mN[k]!++;
    }
    // The respondent's weights: their importance points if they allocated any.
    let useOwn = false;
    if (hasImportance) {
      let total = 0;
      for (let d = 0; d < 5; d++) {
        const c = importanceCols[d]!;
        const v = c >= 0 ? readCell(survey, r, c, 0, 100, problems) : null;
        rw[d] = typeof v === 'number' ? v : 0;
        total += rw[d]!;
      }
      if (total > 0) {
        useOwn = true;
        impN++;
        for (let d = 0; d < 5; d++) impSum[d]! += rw[d]!;
      }
    }
    const wr = weightedOf(gaps, useOwn ? rw : weights);
    if (wr !== null) {
      weightedSum += wr;
      weightedN++;
    }
  }
  if (problems.list.length) return null;

  const statements: StatementResult[] = used.map((it, i) => ({
    id: it.s.id,
    label: it.s.label,
    dimension: it.s.dimension,
    reversed: it.s.reversed,
    missing: sMissing[i]!,
    ...means(sE[i]!, sP[i]!, sN[i]!, sN[i]!),
  }));
  const dimensions = perDimension(emptyMeans);
  DIMS.forEach((d, j) => {
    dimensions[d] = means(dE[j]!, dP[j]!, dN[j]!, dN[j]!);
  });
  const moments: SurveyResult['moments'] = {};
  momentIds.forEach((id, m) => {
    const rec = perDimension(emptyMeans);
    DIMS.forEach((d, j) => {
      const k = m * 5 + j;
      rec[d] = means(mE[k]!, mP[k]!, mN[k]!, mN[k]!);
    });
    moments[id] = rec;
  });
  let importance: SurveyResult['importance'] = null;
  if (hasImportance && impN > 0) {
    importance = perDimension(() => 0);
    DIMS.forEach((d, j) => {
      importance![d] = impSum[j]! / impN;
    });
  }
  return {
    statements,
    dimensions,
    moments,
    unweighted: unweightedOf(dimensions),
    weighted: weightedN ? weightedSum / weightedN : null,
    importance,
    respondents: survey.rows.length,
    missing,
  };
}

function statementsLayout(
  survey: SurveyData,
  resolve: (h: string | null) => number,
  problems: Problems,
  weights: number[],
): SurveyResult | null {
  const { scale } = survey;
  const cols = survey.mapping.columns;
  if (!cols) {
    problems.add({ kind: 'noStatements' });
    return null;
  }
  const e = resolve(cols.expectation);
  const p = resolve(cols.perception);
  const n = resolve(cols.respondents);
  if (problems.list.length) return null;
  const statements: StatementResult[] = [];
  let missing = 0;
  for (const s of survey.mapping.statements) {
    const r = s.row;
    if (r === null || r >= survey.rows.length) continue;
    let ev = readCell(survey, r, e, 1, scale, problems);
    let pv = readCell(survey, r, p, 1, scale, problems);
    const nv = n >= 0 ? readCell(survey, r, n, 0, 1e7, problems) : null;
    if (ev === undefined || pv === undefined || nv === undefined) continue;
    const respondents = nv === null ? null : Math.round(nv);
    if (ev === null || pv === null) {
      missing++;
      statements.push({
        id: s.id,
        label: s.label,
        dimension: s.dimension,
        reversed: s.reversed,
        missing: 1,
        ...emptyMeans(),
        respondents,
      });
      continue;
    }
    if (s.reversed) {
      ev = scale + 1 - ev;
      pv = scale + 1 - pv;
    }
    statements.push({
      id: s.id,
      label: s.label,
      dimension: s.dimension,
      reversed: s.reversed,
      missing: 0,
      ...means(ev, pv, 1, respondents),
    });
  }
  if (problems.list.length) return null;
  if (statements.every((s) => s.gap === null)) {
    problems.add({ kind: 'noStatements' });
    return null;
  }
  const group = (members: StatementResult[]): Means => {
    const had = members.filter((s) => s.gap !== null);
    let sumE = 0;
    let sumP = 0;
    let minN: number | null = null;
    for (const s of had) {
      sumE += s.expectation!;
      sumP += s.perception!;
      if (s.respondents !== null) minN = minN === null ? s.respondents : Math.min(minN, s.respondents);
    }
    return means(sumE, sumP, had.length, had.length ? minN : null);
  };
  const dimensions = perDimension(emptyMeans);
  for (const d of DIMS) dimensions[d] = group(statements.filter((s) => s.dimension === d));
  const moments: SurveyResult['moments'] = {};
  const byId = new Map(survey.mapping.statements.map((s) => [s.id, s]));
  const stepIds = new Set(survey.mapping.statements.flatMap((s) => s.stepIds));
  for (const id of stepIds) {
    const rec = perDimension(emptyMeans);
    for (const d of DIMS) {
      rec[d] = group(statements.filter((s) => s.dimension === d && byId.get(s.id)?.stepIds.includes(id)));
    }
    moments[id] = rec;
  }
  return {
    statements,
    dimensions,
    moments,
    unweighted: unweightedOf(dimensions),
    weighted: weightedOf(
      DIMS.map((d) => dimensions[d].gap),
      weights,
    ),
    importance: null,
    respondents: null,
    missing,
  };
}
