/**
 * The Journey outline as data: every stage in order, its steps in journey order with their
 * annotations in words, and every flow named by its ends. Built from the whole document, not
 * from what the canvas has drawn, so nothing off screen is missing. Pure: no React, no DOM.
 */
import i18n from '../../i18n';
import { buildGraph, byStageThenPosition, entrySteps, walk } from '../../../shared/analysis';
import type { Project, Step } from '../../../shared/model/types';
import { flowName, stepDetails, stepSummary, stepTitle } from './describe';

export interface OutlineFlow {
  id: string;
  key: string;
  name: string;
}

export interface OutlineStep {
  id: string;
  key: string;
  title: string;
  /** Name and summary together: what a screen reader says for the step. */
  label: string;
  summary: string[];
  details: string[];
  /** Flows leaving this step, in document order. */
  flows: OutlineFlow[];
}

export interface OutlineGroup {
  key: string;
  /** The stage's id; absent for the groups of steps in no stage and flows with a missing step. */
  stageId?: string;
  label: string;
  steps: OutlineStep[];
  /** Only the group of flows whose start step does not exist has flows of its own. */
  flows: OutlineFlow[];
}

export interface Outline {
  groups: OutlineGroup[];
  stageCount: number;
  stepCount: number;
  flowCount: number;
  /** Parent key of every step, flow and detail item. */
  parent: ReadonlyMap<string, string>;
  /** Steps by id, for reuse by the next build. */
  steps: ReadonlyMap<string, OutlineStep>;
}

export const stepKey = (id: string) => `step:${id}`;
export const flowKey = (id: string) => `flow:${id}`;
export const detailKey = (stepId: string, i: number) => `detail:${stepId}:${i}`;

/**
 * Journey order, as the emotion curve reads it: the main path from the start steps first
 * (breadth first), then every other step in stage order, left to right. O(steps + flows)
 * plus sorting the steps off the main path.
 */
export function journeyOrder(project: Project): Step[] {
  const graph = buildGraph(project);
  const main = walk(
    graph,
    entrySteps(graph).map((s) => s.id),
    ['main'],
  );
  const onMain = new Set(main);
  const rest = project.steps.filter((s) => !onMain.has(s.id)).sort(byStageThenPosition(graph));
  return [...main.map((id) => graph.steps.get(id)!), ...rest];
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);
const sameFlows = (a: readonly OutlineFlow[], b: readonly OutlineFlow[]) =>
  a.length === b.length && a.every((f, i) => f.id === b[i].id && f.name === b[i].name);
const sameStep = (a: OutlineStep, b: OutlineStep) =>
  a.label === b.label && sameStrings(a.details, b.details) && sameFlows(a.flows, b.flows);

/**
 * Build the outline. Entries of `previous` that did not change are reused (same object), so
 * memoised rows re-render only for the steps an edit touched.
 */
export function buildOutline(project: Project, previous?: Outline): Outline {
  const stepsById = new Map(project.steps.map((s) => [s.id, s]));
  const laneNames = new Map(project.lanes.map((l) => [l.id, l.name]));
  const flowsFrom = new Map<string, OutlineFlow[]>();
  const looseFlows: OutlineFlow[] = [];
  for (const flow of project.flows) {
    const entry = {
      id: flow.id,
      key: flowKey(flow.id),
      name: flowName(flow, stepsById.get(flow.from), stepsById.get(flow.to)),
    };
    const from = stepsById.get(flow.from);
    if (!from) looseFlows.push(entry);
    else {
      const list = flowsFrom.get(from.id);
      if (list) list.push(entry);
      else flowsFrom.set(from.id, [entry]);
    }
  }

  const parent = new Map<string, string>();
  const steps = new Map<string, OutlineStep>();
  const groups: OutlineGroup[] = project.stages.map((stage, i) => ({
    key: `stage:${stage.id}`,
    stageId: stage.id,
    label: i18n.t('outline.stage', { index: i + 1, name: stage.name.trim() || '–' }),
    steps: [],
    flows: [],
  }));
  const groupOf = new Map(project.stages.map((s, i) => [s.id, groups[i]]));
  const noStage: OutlineGroup = { key: 'group:no-stage', label: i18n.t('outline.noStage'), steps: [], flows: [] };

  for (const step of journeyOrder(project)) {
    const title = stepTitle(step);
    const summary = stepSummary(step, step.laneId ? (laneNames.get(step.laneId) ?? '–') : undefined);
    let entry: OutlineStep = {
      id: step.id,
      key: stepKey(step.id),
      title,
      label: [title, ...summary].join(', '),
      summary,
      details: stepDetails(step, project.servqualWeights),
      flows: flowsFrom.get(step.id) ?? [],
    };
    const old = previous?.steps.get(step.id);
    if (old && sameStep(old, entry)) entry = old;
    steps.set(step.id, entry);
    const group = groupOf.get(step.stageId) ?? noStage;
    group.steps.push(entry);
    parent.set(entry.key, group.key);
    entry.details.forEach((_, i) => parent.set(detailKey(step.id, i), entry.key));
    for (const f of entry.flows) parent.set(f.key, entry.key);
  }
  if (noStage.steps.length) groups.push(noStage);
  if (looseFlows.length) {
    const key = 'group:loose-flows';
    groups.push({ key, label: i18n.t('outline.looseFlows'), steps: [], flows: looseFlows });
    for (const f of looseFlows) parent.set(f.key, key);
  }
  return {
    groups,
    stageCount: project.stages.length,
    stepCount: project.steps.length,
    flowCount: project.flows.length,
    parent,
    steps,
  };
}

/** Groups start expanded, steps collapsed; `toggled` holds the keys the user flipped. */
export function isExpanded(key: string, toggled: ReadonlySet<string>): boolean {
  const byDefault = !key.startsWith('step:');
  return toggled.has(key) ? !byDefault : byDefault;
}

/** The keys of the items shown, top to bottom: the order arrow keys move through. */
export function visibleKeys(outline: Outline, toggled: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const group of outline.groups) {
    keys.push(group.key);
    if (!isExpanded(group.key, toggled)) continue;
    for (const step of group.steps) {
      keys.push(step.key);
      if (!isExpanded(step.key, toggled)) continue;
      step.details.forEach((_, i) => keys.push(detailKey(step.id, i)));
      for (const f of step.flows) keys.push(f.key);
    }
    for (const f of group.flows) keys.push(f.key);
  }
  return keys;
}

/** Whether an item has children (and so can be expanded). */
export function hasChildren(outline: Outline, key: string): boolean {
  if (key.startsWith('step:')) {
    const step = outline.steps.get(key.slice('step:'.length));
    return !!step && step.details.length + step.flows.length > 0;
  }
  const group = outline.groups.find((g) => g.key === key);
  return !!group && group.steps.length + group.flows.length > 0;
}
