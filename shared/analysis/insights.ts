/**
 * Insights: where is this journey weak? The figures behind the Insights view (risk matrix,
 * SERVQUAL by dimension, moments of truth ranked, sense coverage, emotional lows, standards
 * coverage), as data and codes only: the view words and formats them.
 *
 * Every figure can be limited to a subset of steps (the filters of the map): steps outside
 * the subset, and steps that are not contact moments, are left out. Orderings always come
 * from the whole journey (see {@link emotionPath}), so a filter never reorders what it keeps.
 */
import { SENSES, SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Moment, Project, SenseName, ServqualDimension, ServqualScale, Step } from '../model/types';
import { metricStatus } from '../model/metrics';
import { emotionPath } from './emotion';
import { buildGraph, byStageThenPosition } from './graph';
import { riskLevel, riskScore } from './risk';
import type { RiskLevel } from './risk';
import { senseCoverage } from './senses';
import type { SenseTally } from './senses';
import { projectServqual, servqualGaps } from './servqual';

/** Likelihood and impact run 1..5; the matrix has one cell per pair. */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;
export type RiskValue = (typeof RISK_SCALE)[number];

export interface InsightsOptions {
  /**
   * Limit every figure to these steps (e.g. the steps a filter keeps). Unknown ids are
   * ignored. Omitted: the whole project.
   */
  stepIds?: Iterable<string>;
}

// ---------------------------------------------------------------------------------------
// Scope: the contact moments a figure counts, in journey order.

interface ScopedMoment {
  step: Step;
  moment: Moment;
  /** Position in journey order (the emotion path's order over all contact moments). */
  order: number;
  onMainPath: boolean;
}

interface Scope {
  project: Project;
  /** Contact moments in scope, in journey order. */
  moments: ScopedMoment[];
}

function buildScope(project: Project, options: InsightsOptions = {}): Scope {
  const keep = options.stepIds === undefined ? null : new Set(options.stepIds);
  const byId = new Map(project.steps.map((s) => [s.id, s]));
  const moments: ScopedMoment[] = [];
  emotionPath(project).forEach((point, order) => {
    if (keep && !keep.has(point.stepId)) return;
    const step = byId.get(point.stepId)!;
    moments.push({ step, moment: step.moment!, order, onMainPath: point.onMainPath });
  });
  return { project, moments };
}

/** The project with only the scope's steps, for analyses that count over `project.steps`. */
function scopedProject(scope: Scope): Project {
  return { ...scope.project, steps: scope.moments.map((m) => m.step) };
}

/** Sort comparator: nulls last, then by `value` in the given direction, then journey order. */
function rankBy<T extends { order: number }>(value: (item: T) => number | null, direction: 1 | -1) {
  return (a: T, b: T): number => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || a.order - b.order;
    return direction * (va - vb) || a.order - b.order;
  };
}

// ---------------------------------------------------------------------------------------
// Risk matrix

export interface RiskMatrixCell {
  likelihood: RiskValue;
  impact: RiskValue;
  /** likelihood x impact. */
  score: number;
  level: RiskLevel;
  count: number;
  /** The contact moments in this cell, in journey order. */
  stepIds: string[];
}

export interface RiskMatrix {
  /** `cells[likelihood - 1][impact - 1]`: 5 rows of 5 cells, every cell present, empty ones with count 0. */
  cells: RiskMatrixCell[][];
  /** Contact moments with both likelihood and impact set (the sum of all cell counts). */
  scored: number;
  /** Contact moments in scope with likelihood or impact (or both) unset. */
  unscored: number;
}

function riskMatrixOf(scope: Scope): RiskMatrix {
  const cells = RISK_SCALE.map((likelihood) =>
    RISK_SCALE.map((impact): RiskMatrixCell => {
      const score = likelihood * impact;
      // A product of two values from 1 to 5 is at least 1, so it always has a level.
      return { likelihood, impact, score, level: riskLevel(score)!, count: 0, stepIds: [] };
    }),
  );
  let scored = 0;
  for (const { step, moment } of scope.moments) {
    const { likelihood, impact } = moment.risk;
    if (likelihood === null || impact === null) continue;
    const cell = cells[likelihood - 1]?.[impact - 1];
    // The schema keeps both within 1..5; a value outside it has no cell and is not counted.
    if (!cell) continue;
    cell.count++;
    cell.stepIds.push(step.id);
    scored++;
  }
  return { cells, scored, unscored: scope.moments.length - scored };
}

/**
 * The 5 x 5 risk matrix: per likelihood x impact cell, how many contact moments fall there
 * and which (in journey order).
 *
 * @example riskMatrix(project).cells[3][2].stepIds // moments with likelihood 4, impact 3
 */
export function riskMatrix(project: Project, options?: InsightsOptions): RiskMatrix {
  return riskMatrixOf(buildScope(project, options));
}

// ---------------------------------------------------------------------------------------
// SERVQUAL by dimension

export interface ServqualDimensionSummary {
  dimension: ServqualDimension;
  /** Means over the `n` moments that scored both E and P for this dimension; null when n is 0. */
  expectation: number | null;
  perception: number | null;
  /** Mean P - E (equal to perception - expectation). */
  gap: number | null;
  n: number;
  /** The project's weight for this dimension. */
  weight: number;
}

export interface ServqualSummary {
  /** In the order of SERVQUAL_DIMENSIONS. */
  dimensions: ServqualDimensionSummary[];
  /** Mean of the dimension gaps that exist; null when none does. */
  plain: number | null;
  /**
   * sum(w x gap) / sum(w) over the dimensions that have a gap, with the project's weights;
   * null when none has a gap or their weights add up to 0. See {@link projectServqual}.
   */
  weighted: number | null;
  /** Contact moments in scope (the most any dimension's n can be). */
  moments: number;
  /** The project's SERVQUAL answer scale (1 to this): the chart's axis and the gap bands follow it. */
  scale: ServqualScale;
}

function servqualOf(scope: Scope): ServqualSummary {
  const sq = projectServqual(scopedProject(scope));
  const weights = scope.project.servqualWeights;
  return {
    dimensions: SERVQUAL_DIMENSIONS.map((dimension) => ({
      dimension,
      expectation: sq.expectation[dimension],
      perception: sq.perception[dimension],
      gap: sq.perDimension[dimension],
      n: sq.samples[dimension],
      weight: weights[dimension],
    })),
    plain: sq.mean,
    weighted: sq.weighted,
    moments: scope.moments.length,
    scale: scope.project.servqualScale,
  };
}

/** SERVQUAL by dimension with the overall score, plain and weighted with the project's weights. */
export function servqualSummary(project: Project, options?: InsightsOptions): ServqualSummary {
  return servqualOf(buildScope(project, options));
}

// ---------------------------------------------------------------------------------------
// Moments of truth ranked

export interface RankedMoment {
  stepId: string;
  /** Position in journey order over all contact moments. */
  order: number;
  riskScore: number | null;
  riskLevel: RiskLevel | null;
  /** This moment's own SERVQUAL gaps (see {@link servqualGaps}) with the project's weights. */
  gap: number | null;
  weightedGap: number | null;
}

export interface MomentsOfTruthRanking {
  /** Highest risk score first; moments without a score last; ties in journey order. */
  byRisk: RankedMoment[];
  /** Most negative weighted gap first; moments without one last; ties in journey order. */
  byGap: RankedMoment[];
}

function momentsOfTruthOf(scope: Scope): MomentsOfTruthRanking {
  const weights = scope.project.servqualWeights;
  const truths: RankedMoment[] = scope.moments
    .filter((m) => m.moment.momentOfTruth)
    .map(({ step, moment, order }) => {
      const score = riskScore(moment.risk);
      const gaps = servqualGaps(moment.servqual, weights);
      return {
        stepId: step.id,
        order,
        riskScore: score,
        riskLevel: riskLevel(score),
        gap: gaps.mean,
        weightedGap: gaps.weighted,
      };
    });
  return {
    byRisk: [...truths].sort(rankBy((m) => m.riskScore, -1)),
    byGap: [...truths].sort(rankBy((m) => m.weightedGap, 1)),
  };
}

/** The moments of truth, ranked by risk score and by weighted SERVQUAL gap. */
export function rankMomentsOfTruth(project: Project, options?: InsightsOptions): MomentsOfTruthRanking {
  return momentsOfTruthOf(buildScope(project, options));
}

// ---------------------------------------------------------------------------------------
// Sense coverage

export type SenseGroup = 'sight' | 'hearing' | 'smell-taste';

/**
 * How a customer perceives a contact, per seed 001 as DOMAIN.md ("Sense channels") reports
 * it: about 40% by sight (gestures, posture, expressions), 35% by what is said (words and
 * tone, so hearing), 25% by smell and taste together (aromas, flavours). The seed gives no
 * figure for touch, so touch is in no group. The shares add up to 1.
 */
export const SENSE_PERCEPTION_REFERENCE: readonly {
  group: SenseGroup;
  senses: readonly SenseName[];
  share: number;
}[] = [
  { group: 'sight', senses: ['sight'], share: 0.4 },
  { group: 'hearing', senses: ['hearing'], share: 0.35 },
  { group: 'smell-taste', senses: ['smell', 'taste'], share: 0.25 },
];

export interface SenseInsight extends SenseTally {
  sense: SenseName;
  /** engaged / contact moments in scope; null when there are none. */
  share: number | null;
}

export interface SenseGroupInsight {
  group: SenseGroup;
  senses: readonly SenseName[];
  /** The seed's share of perception for this group. */
  reference: number;
  /** Engagements of the group's senses, counted once per sense and moment. */
  engaged: number;
  /**
   * The group's part of all engagements of the referenced senses (touch left out, as in the
   * seed), so the groups add up to 1 like the reference; null when nothing is engaged.
   */
  mix: number | null;
}

export interface SenseInsights {
  moments: number;
  /** In the order of SENSES. */
  senses: SenseInsight[];
  /** The seed's perception split beside the journey's own mix of senses. */
  reference: SenseGroupInsight[];
}

function sensesOf(scope: Scope): SenseInsights {
  const coverage = senseCoverage(scopedProject(scope));
  const { moments } = coverage;
  const senses = SENSES.map((sense) => ({
    sense,
    ...coverage.senses[sense],
    share: moments ? coverage.senses[sense].engaged / moments : null,
  }));
  const groups = SENSE_PERCEPTION_REFERENCE.map(({ group, senses: members, share }) => ({
    group,
    senses: members,
    reference: share,
    engaged: members.reduce((sum, s) => sum + coverage.senses[s].engaged, 0),
  }));
  const total = groups.reduce((sum, g) => sum + g.engaged, 0);
  return {
    moments,
    senses,
    reference: groups.map((g) => ({ ...g, mix: total ? g.engaged / total : null })),
  };
}

/** Share of contact moments engaging each sense, with valence, beside the seed's split. */
export function senseInsights(project: Project, options?: InsightsOptions): SenseInsights {
  return sensesOf(buildScope(project, options));
}

// ---------------------------------------------------------------------------------------
// Emotional lows

/** How many lows the Insights view shows. */
export const EMOTIONAL_LOWS = 3;

export interface EmotionalLow {
  stepId: string;
  /** Position in journey order over all contact moments. */
  order: number;
  emotion: number;
  momentOfTruth: boolean;
  onMainPath: boolean;
  painPoints: string[];
}

function lowsOf(scope: Scope, count: number): EmotionalLow[] {
  const felt = scope.moments.filter((m) => m.moment.emotion !== null);
  felt.sort(rankBy((m) => m.moment.emotion, 1));
  return felt.slice(0, Math.max(0, count)).map(({ step, moment, order, onMainPath }) => ({
    stepId: step.id,
    order,
    emotion: moment.emotion!,
    momentOfTruth: moment.momentOfTruth,
    onMainPath,
    painPoints: [...moment.painPoints],
  }));
}

/**
 * The lowest emotions of the journey, lowest first; equal emotions in journey order (the
 * main flow first, then branches). Moments whose emotion was not assessed are left out.
 */
export function emotionalLows(project: Project, options?: InsightsOptions, count = EMOTIONAL_LOWS): EmotionalLow[] {
  return lowsOf(buildScope(project, options), count);
}

// ---------------------------------------------------------------------------------------
// Standards coverage

export interface StandardsCoverage {
  moments: number;
  /** Contact moments with a standard: ordinary or quality wording (not blank), or measures. */
  withStandard: number;
  momentsOfTruth: number;
  momentsOfTruthWithStandard: number;
  measuresDone: number;
  measuresTotal: number;
  /** measuresDone / measuresTotal; null when there are no measures. */
  measuresShare: number | null;
}

function hasStandard(moment: Moment): boolean {
  const { ordinary, quality, measures } = moment.standard;
  return ordinary.trim() !== '' || quality.trim() !== '' || measures.length > 0;
}

function standardsOf(scope: Scope): StandardsCoverage {
  const result: StandardsCoverage = {
    moments: scope.moments.length,
    withStandard: 0,
    momentsOfTruth: 0,
    momentsOfTruthWithStandard: 0,
    measuresDone: 0,
    measuresTotal: 0,
    measuresShare: null,
  };
  for (const { moment } of scope.moments) {
    const standard = hasStandard(moment);
    if (standard) result.withStandard++;
    if (moment.momentOfTruth) {
      result.momentsOfTruth++;
      if (standard) result.momentsOfTruthWithStandard++;
    }
    result.measuresTotal += moment.standard.measures.length;
    result.measuresDone += moment.standard.measures.filter((m) => m.done).length;
  }
  result.measuresShare = result.measuresTotal ? result.measuresDone / result.measuresTotal : null;
  return result;
}

/** How many contact moments have a service standard, and how many of its measures are done. */
export function standardsCoverage(project: Project, options?: InsightsOptions): StandardsCoverage {
  return standardsOf(buildScope(project, options));
}

// ---------------------------------------------------------------------------------------
// Metrics

export interface MetricsInsight {
  /** Metrics on the steps in scope (contact moments or not). */
  total: number;
  /** Those with both a value and a target. */
  withTarget: number;
  /** Those that miss their target, in journey order (stage, then position), each with its step. */
  offTarget: { stepId: string; metricId: string }[];
}

function metricsOf(project: Project, options: InsightsOptions = {}): MetricsInsight {
  const keep = options.stepIds === undefined ? null : new Set(options.stepIds);
  const steps = project.steps.filter((s) => s.metrics?.length && (!keep || keep.has(s.id)));
  steps.sort(byStageThenPosition(buildGraph(project)));
  const result: MetricsInsight = { total: 0, withTarget: 0, offTarget: [] };
  for (const step of steps)
    for (const metric of step.metrics ?? []) {
      result.total++;
      const status = metricStatus(metric);
      if (status !== null) result.withTarget++;
      if (status === 'off') result.offTarget.push({ stepId: step.id, metricId: metric.id });
    }
  return result;
}

/** How many of the steps' metrics have a target, and which miss it (see {@link metricStatus}). */
export function metricsInsight(project: Project, options?: InsightsOptions): MetricsInsight {
  return metricsOf(project, options);
}

// ---------------------------------------------------------------------------------------
// Everything at once

export interface ProjectInsights {
  /** Contact moments in scope. */
  moments: number;
  riskMatrix: RiskMatrix;
  servqual: ServqualSummary;
  momentsOfTruth: MomentsOfTruthRanking;
  senses: SenseInsights;
  emotionalLows: EmotionalLow[];
  standards: StandardsCoverage;
  /** The steps' metrics: on any step in scope, not only contact moments. */
  metrics: MetricsInsight;
}

/**
 * Every figure of the Insights view, from one walk of the journey. O(steps + flows), plus
 * sorting the moments of truth and the rated moments.
 *
 * @example projectInsights(project, { stepIds: filteredIds }).riskMatrix.cells[4][4].count
 */
export function projectInsights(project: Project, options?: InsightsOptions): ProjectInsights {
  const scope = buildScope(project, options);
  return {
    moments: scope.moments.length,
    riskMatrix: riskMatrixOf(scope),
    servqual: servqualOf(scope),
    momentsOfTruth: momentsOfTruthOf(scope),
    senses: sensesOf(scope),
    emotionalLows: lowsOf(scope, EMOTIONAL_LOWS),
    standards: standardsOf(scope),
    metrics: metricsOf(project, options),
  };
}
