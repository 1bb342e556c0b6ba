/**
 * Lint: what in a journey map is probably a mistake or a gap in the analysis.
 * Each finding names the step in a sentence a workshop participant understands.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Flow, Project, ServqualDimension, Step } from '../model/types';
import { buildGraph, entrySteps, walk } from './graph';
import { riskLevel, riskScore } from './risk';

export const LINT_CODES = [
  'unreachable',
  'dead-end',
  'missing-flow-target',
  'truth-without-standard',
  'risk-without-mitigation',
  'servqual-incomplete',
] as const;
export type LintCode = (typeof LINT_CODES)[number];

export interface LintFinding {
  code: LintCode;
  stepId?: string;
  flowId?: string;
  message: string;
}

function quoted(step: Step): string {
  const title = step.title.trim();
  return title ? `"${title}"` : 'An untitled step';
}

function flowName(flow: Flow): string {
  return flow.label.trim() ? `The flow "${flow.label.trim()}"` : 'A flow';
}

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
    findings.push({
      code: 'unreachable',
      stepId: step.id,
      message: `${quoted(step)} cannot be reached from the start of the journey.`,
    });
  }

  for (const step of project.steps) {
    if (step.kind === 'end' || (graph.outgoing.get(step.id)?.length ?? 0) > 0) continue;
    findings.push({
      code: 'dead-end',
      stepId: step.id,
      message: `${quoted(step)} leads nowhere: connect it to a next step or make it an end.`,
    });
  }

  for (const flow of project.flows) {
    const from = graph.steps.get(flow.from);
    const to = graph.steps.get(flow.to);
    if (from && to) continue;
    const finding: LintFinding = { code: 'missing-flow-target', flowId: flow.id, message: '' };
    if (from) {
      finding.stepId = from.id;
      finding.message = `${flowName(flow)} from ${quoted(from)} leads to a step that no longer exists.`;
    } else if (to) {
      finding.stepId = to.id;
      finding.message = `${flowName(flow)} into ${quoted(to)} starts at a step that no longer exists.`;
    } else {
      finding.message = `${flowName(flow)} joins two steps that no longer exist.`;
    }
    findings.push(finding);
  }

  for (const step of project.steps) {
    const m = step.moment;
    if (!m?.momentOfTruth || m.standard.quality.trim() || m.standard.measures.length) continue;
    findings.push({
      code: 'truth-without-standard',
      stepId: step.id,
      message: `${quoted(step)} is a moment of truth but has no quality standard or measures.`,
    });
  }

  for (const step of project.steps) {
    const risk = step.moment?.risk;
    if (!risk || risk.mitigation.trim()) continue;
    const level = riskLevel(riskScore(risk));
    if (level !== 'high' && level !== 'critical') continue;
    findings.push({
      code: 'risk-without-mitigation',
      stepId: step.id,
      message: `${quoted(step)} has a ${level} risk (score ${String(riskScore(risk))}) and no mitigation.`,
    });
  }

  for (const step of project.steps) {
    if (!step.moment) continue;
    const half: string[] = [];
    for (const dim of SERVQUAL_DIMENSIONS) {
      const { expectation, perception } = step.moment.servqual[dim];
      if ((expectation === null) !== (perception === null)) half.push(describeHalf(dim, expectation === null));
    }
    if (!half.length) continue;
    findings.push({
      code: 'servqual-incomplete',
      stepId: step.id,
      message: `${quoted(step)} has SERVQUAL scores without a gap: ${half.join('; ')}.`,
    });
  }

  return findings;
}

function describeHalf(dim: ServqualDimension, missingExpectation: boolean): string {
  return `${dim} has ${missingExpectation ? 'a perception but no expectation' : 'an expectation but no perception'}`;
}
