/**
 * Lint: what in a journey map is probably a mistake or a gap in the analysis.
 * Each finding is a code with the facts its sentence needs (step titles, the
 * risk's level and score, the half-scored SERVQUAL dimensions); the words are
 * the caller's, in its language: {@link lintMessage} (shared/analysis/lintText.ts)
 * turns a finding into a sentence with a translator.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import { offTargetMetrics } from '../model/metrics';
import type { Metric, Project, ServqualDimension, Step } from '../model/types';
import { buildGraph, entrySteps, walk } from './graph';
import { riskLevel, riskScore } from './risk';

export const LINT_CODES = [
  'unreachable',
  'dead-end',
  'missing-flow-target',
  'truth-without-standard',
  'risk-without-mitigation',
  'servqual-incomplete',
  'metric-off-target',
] as const;
export type LintCode = (typeof LINT_CODES)[number];

/** A SERVQUAL dimension scored on one side only, and the side that is missing. */
export interface HalfScored {
  dimension: ServqualDimension;
  missing: 'expectation' | 'perception';
}

/** Which end of a flow still has its step: 'from' (the target is gone), 'to' (the source is gone), or 'none'. */
export type FlowEnd = 'from' | 'to' | 'none';

/** Step titles are trimmed; an empty one is an untitled step. */
export type LintFinding =
  | { code: 'unreachable' | 'dead-end' | 'truth-without-standard'; stepId: string; params: { step: string } }
  | {
      code: 'missing-flow-target';
      flowId: string;
      /** The step that still exists, if one does. */
      stepId?: string;
      /** The flow's label (trimmed, maybe empty) and the existing step's title when `end` is not 'none'. */
      params: { flow: string; end: FlowEnd; step?: string };
    }
  | {
      code: 'risk-without-mitigation';
      stepId: string;
      params: { step: string; level: 'high' | 'critical'; score: number };
    }
  | { code: 'servqual-incomplete'; stepId: string; params: { step: string; halves: HalfScored[] } }
  | { code: 'metric-off-target'; stepId: string; metricId: string; params: { step: string; metric: Metric } };

const title = (step: Step) => step.title.trim();

/**
 * Check a project. Findings come grouped by rule, in the order of {@link LINT_CODES},
 * and within a rule in document order. O(steps + flows): fine for thousands of steps.
 *
 * - unreachable: no flow path (of any kind) leads to the step from an entry step: a step
 *   of kind 'start', or when there is none, a step no flow leads to.
 * - dead-end: the step has no outgoing flow and is not an end step.
 * - missing-flow-target: a flow starts or ends at a step that does not exist.
 * - truth-without-standard: a moment of truth with neither quality wording nor measures.
 * - risk-without-mitigation: a high or critical risk with no mitigation written.
 * - servqual-incomplete: a SERVQUAL dimension with expectation or perception but not both.
 * - metric-off-target: a step's metric misses its target (below it when higher is better,
 *   above it when lower is better); one finding per metric.
 */
export function lintProject(project: Project): LintFinding[] {
  const graph = buildGraph(project);
  const findings: LintFinding[] = [];

  const reached = new Set(
    walk(
      graph,
      entrySteps(graph).map((s) => s.id),
    ),
  );
  for (const step of project.steps) {
    if (reached.has(step.id)) continue;
    findings.push({ code: 'unreachable', stepId: step.id, params: { step: title(step) } });
  }

  for (const step of project.steps) {
    if (step.kind === 'end' || (graph.outgoing.get(step.id)?.length ?? 0) > 0) continue;
    findings.push({ code: 'dead-end', stepId: step.id, params: { step: title(step) } });
  }

  for (const flow of project.flows) {
    const from = graph.steps.get(flow.from);
    const to = graph.steps.get(flow.to);
    if (from && to) continue;
    const label = flow.label.trim();
    const kept = from ?? to;
    findings.push(
      kept
        ? {
            code: 'missing-flow-target',
            flowId: flow.id,
            stepId: kept.id,
            params: { flow: label, end: from ? 'from' : 'to', step: title(kept) },
          }
        : { code: 'missing-flow-target', flowId: flow.id, params: { flow: label, end: 'none' } },
    );
  }

  for (const step of project.steps) {
    const m = step.moment;
    if (!m?.momentOfTruth || m.standard.quality.trim() || m.standard.measures.length) continue;
    findings.push({ code: 'truth-without-standard', stepId: step.id, params: { step: title(step) } });
  }

  for (const step of project.steps) {
    const risk = step.moment?.risk;
    if (!risk || risk.mitigation.trim()) continue;
    const score = riskScore(risk);
    const level = riskLevel(score);
    if (score === null || (level !== 'high' && level !== 'critical')) continue;
    findings.push({ code: 'risk-without-mitigation', stepId: step.id, params: { step: title(step), level, score } });
  }

  for (const step of project.steps) {
    if (!step.moment) continue;
    const halves: HalfScored[] = [];
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const { expectation, perception } = step.moment.servqual[dimension];
      if ((expectation === null) !== (perception === null)) {
        halves.push({ dimension, missing: expectation === null ? 'expectation' : 'perception' });
      }
    }
    if (!halves.length) continue;
    findings.push({ code: 'servqual-incomplete', stepId: step.id, params: { step: title(step), halves } });
  }

  for (const step of project.steps)
    for (const metric of offTargetMetrics(step))
      findings.push({
        code: 'metric-off-target',
        stepId: step.id,
        metricId: metric.id,
        params: { step: title(step), metric },
      });

  return findings;
}
