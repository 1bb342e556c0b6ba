/**
 * The Journey outline as data: every stage in order, its steps in journey order with their
 * annotations in words, and every flow named by its ends. Built from the whole document, not
 * from what the canvas has drawn, so nothing off screen is missing. Pure: no React, no DOM.
 */
import { buildGraph, byStageThenPosition, entrySteps, walk } from '../../../shared/analysis';
import type { Flow, Project, ServqualWeights, Step } from '../../../shared/model/types';
import type { Language } from '../../../shared/i18n/languages';
import { currentLanguage } from '../../i18n';
import { flowName, phrase, stepDetails, stepSummary, stepTitle } from './describe';

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
  /** Flows leaving this step, in document order. */
  flows: OutlineFlow[];
  /** What the entry was built from: its annotations are described from these when shown ({@link detailsOf}). */
  step: Step;
  weights: ServqualWeights;
  lane: string | undefined;
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

interface FlowSource {
  flow: Flow;
  from: string;
  to: string;
  entry: OutlineFlow;
}

export interface Outline {
  groups: OutlineGroup[];
  stageCount: number;
  stepCount: number;
  flowCount: number;
  /** Parent key of every step and flow (annotation lines: see {@link parentOf}). */
  parent: ReadonlyMap<string, string>;
  /** Steps by id, and flows by id with what they were built from: reused by the next build. */
  steps: ReadonlyMap<string, OutlineStep>;
  flows: ReadonlyMap<string, FlowSource>;
  /** The UI language it is said in: a build in another language reuses nothing. */
  language: Language;
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

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A step's annotation lines, described when first shown and kept while the step is unchanged
 * (immer keeps an untouched step the same object). Describing all of a 2,000-step journey up
 * front is what made the first outline slow.
 */
const details = new WeakMap<OutlineStep, string[]>();
export function detailsOf(entry: OutlineStep): string[] {
  let lines = details.get(entry);
  if (!lines) {
    lines = stepDetails(entry.step, entry.weights);
    details.set(entry, lines);
  }
  return lines;
}

/** Whether a step's item has children (annotation lines or flows), without describing them. */
export function stepHasChildren(entry: OutlineStep): boolean {
  return entry.flows.length > 0 || entry.step.moment !== undefined || entry.step.description.trim() !== '';
}

/**
 * Build the outline. Entries of `previous` whose sources did not change are reused (same
 * object), so an edit re-describes only what it touched and memoised rows re-render only there.
 */
export function buildOutline(project: Project, last?: Outline): Outline {
  const language = currentLanguage();
  const previous = last?.language === language ? last : undefined;
  const stepsById = new Map(project.steps.map((s) => [s.id, s]));
  const laneNames = new Map(project.lanes.map((l) => [l.id, l.name]));
  const flows = new Map<string, FlowSource>();
  const flowsFrom = new Map<string, OutlineFlow[]>();
  const looseFlows: OutlineFlow[] = [];
  for (const flow of project.flows) {
    const fromStep = stepsById.get(flow.from);
    const from = stepTitle(fromStep);
    const to = stepTitle(stepsById.get(flow.to));
    const old = previous?.flows.get(flow.id);
    const entry =
      old && old.flow === flow && old.from === from && old.to === to
        ? old.entry
        : { id: flow.id, key: flowKey(flow.id), name: flowName(flow, from, to) };
    flows.set(flow.id, { flow, from, to, entry });
    if (!fromStep) looseFlows.push(entry);
    else {
      const list = flowsFrom.get(fromStep.id);
      if (list) list.push(entry);
      else flowsFrom.set(fromStep.id, [entry]);
    }
  }

  const parent = new Map<string, string>();
  const steps = new Map<string, OutlineStep>();
  const groups: OutlineGroup[] = project.stages.map((stage, i) => ({
    key: `stage:${stage.id}`,
    stageId: stage.id,
    label: phrase('outline.stage', { index: i + 1, name: stage.name.trim() || '–' }),
    steps: [],
    flows: [],
  }));
  const groupOf = new Map(project.stages.map((s, i) => [s.id, groups[i]]));
  const noStage: OutlineGroup = { key: 'group:no-stage', label: phrase('outline.noStage'), steps: [], flows: [] };
  const weights = project.servqualWeights;

  for (const step of journeyOrder(project)) {
    const lane = step.laneId ? (laneNames.get(step.laneId) ?? '–') : undefined;
    const out = flowsFrom.get(step.id) ?? [];
    const old = previous?.steps.get(step.id);
    let entry: OutlineStep;
    if (old && old.step === step && old.weights === weights && old.lane === lane && sameList(old.flows, out))
      entry = old;
    else {
      const title = stepTitle(step);
      const summary = stepSummary(step, lane);
      entry = {
        id: step.id,
        key: stepKey(step.id),
        title,
        label: [title, ...summary].join(phrase('outline.separator')),
        summary,
        flows: out,
        step,
        weights,
        lane,
      };
    }
    steps.set(step.id, entry);
    const group = groupOf.get(step.stageId) ?? noStage;
    group.steps.push(entry);
    parent.set(entry.key, group.key);
    for (const f of entry.flows) parent.set(f.key, entry.key);
  }
  if (noStage.steps.length) groups.push(noStage);
  if (looseFlows.length) {
    const key = 'group:loose-flows';
    groups.push({ key, label: phrase('outline.looseFlows'), steps: [], flows: looseFlows });
    for (const f of looseFlows) parent.set(f.key, key);
  }
  return {
    groups,
    stageCount: project.stages.length,
    stepCount: project.steps.length,
    flowCount: project.flows.length,
    parent,
    steps,
    flows,
    language,
  };
}

/** The key of the item that holds `key` (a stage holds steps, a step its annotation lines and flows). */
export function parentOf(outline: Outline, key: string): string | undefined {
  if (key.startsWith('detail:')) return stepKey(key.slice('detail:'.length, key.lastIndexOf(':')));
  return outline.parent.get(key);
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
      detailsOf(step).forEach((_, i) => keys.push(detailKey(step.id, i)));
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
    return !!step && stepHasChildren(step);
  }
  const group = outline.groups.find((g) => g.key === key);
  return !!group && group.steps.length + group.flows.length > 0;
}
