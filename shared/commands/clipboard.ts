/**
 * Copy and paste. `prepareClipboard` takes steps out of a document, `instantiateClipboard`
 * gives them fresh ids, and the `paste` command puts them in. Only flows between copied
 * steps travel along: a flow to a step that was not copied has nowhere to lead. The
 * clipboard remembers the SERVQUAL scale it was copied on; pasted into a project on the
 * other scale (1-7 into 1-5 or back), the scores are converted linearly, as changing a
 * project's scale converts them (convertScore).
 */
import { z } from 'zod';
import { SERVQUAL_DIMENSIONS, flowSchema, stepSchema } from '../model/schema';
import { SERVQUAL_SCORE_FIELDS, convertScore, momentOnScale } from '../model/servqualScale';
import type { Flow, ServqualScale, Step } from '../model/types';
import { indexById, parseWith, type Handler, type Handlers } from './internal';
import { FLOW_LIMIT, STEP_LIMIT } from './steps';
import type { Clipboard } from './types';

const clipboardSchema = z.object({
  steps: z.array(stepSchema).max(STEP_LIMIT),
  flows: z.array(flowSchema).max(FLOW_LIMIT),
  servqualScale: z.union([z.literal(5), z.literal(7)]).optional(),
});

/** Flows whose two ends are both in `stepIds`. */
function flowsWithin(flows: readonly Flow[], stepIds: ReadonlySet<string>): Flow[] {
  return flows.filter((f) => stepIds.has(f.from) && stepIds.has(f.to));
}

/**
 * The selected steps (in document order) and the flows between them.
 *
 * @example
 * const clip = prepareClipboard(project, selection.stepIds);
 * navigator.clipboard.writeText(JSON.stringify(clip));
 */
export function prepareClipboard(
  project: { steps: readonly Step[]; flows: readonly Flow[]; servqualScale?: ServqualScale },
  stepIds: Iterable<string>,
): Clipboard {
  const wanted = new Set(stepIds);
  const steps = project.steps.filter((s) => wanted.has(s.id));
  const clip: Clipboard = { steps, flows: flowsWithin(project.flows, new Set(steps.map((s) => s.id))) };
  if (project.servqualScale !== undefined) clip.servqualScale = project.servqualScale;
  return clip;
}

/**
 * How many SERVQUAL scores of `steps` a paste from scale `from` into a project on scale `to`
 * converts (0 when the scales are the same or the steps have no scores): what the app tells
 * the user after such a paste.
 */
export function scoresConvertedByPaste(
  steps: readonly Step[],
  from: ServqualScale | undefined,
  to: ServqualScale,
): number {
  if (from === undefined || from === to) return 0;
  let n = 0;
  for (const step of steps) {
    const servqual = step.moment?.servqual;
    if (!servqual) continue;
    for (const dim of SERVQUAL_DIMENSIONS) {
      for (const field of SERVQUAL_SCORE_FIELDS) if (servqual[dim][field] !== null) n++;
    }
  }
  return n;
}

/** A copy of `step` with its SERVQUAL scores moved from scale `from` to `to` (the same step when they match). */
function stepOnScale(step: Step, from: ServqualScale, to: ServqualScale): Step {
  const servqual = step.moment?.servqual;
  if (from === to || !servqual) return step;
  const next = structuredClone(servqual);
  for (const dim of SERVQUAL_DIMENSIONS) {
    for (const field of SERVQUAL_SCORE_FIELDS) {
      const value = next[dim][field];
      if (value !== null) next[dim][field] = convertScore(value, from, to);
    }
  }
  return { ...step, moment: { ...step.moment!, servqual: next } };
}

/** Read a clipboard that came from outside (the system clipboard); `null` when it is not one of ours. */
export function parseClipboard(value: unknown): Clipboard | null {
  return parseWith(clipboardSchema, value);
}

/**
 * Copies of the clipboard's steps with fresh ids from `newId`, shifted by `offset`,
 * with flows remapped to the new ids (flows to steps outside the clipboard are dropped).
 * With `targetStageId`, every step lands in that stage. Measure ids are kept: they
 * only need to be unique within their step.
 *
 * @example
 * const { steps, flows } = instantiateClipboard(clip, () => crypto.randomUUID(), { x: 24, y: 24 });
 * dispatch({ type: 'paste', steps, flows });
 */
export function instantiateClipboard(
  clip: Clipboard,
  newId: () => string,
  offset: { x: number; y: number },
  targetStageId?: string,
): Clipboard {
  const ids = new Map<string, string>();
  const steps = clip.steps.map((step): Step => {
    const id = newId();
    ids.set(step.id, id);
    return {
      ...step,
      id,
      stageId: targetStageId ?? step.stageId,
      position: { x: step.position.x + offset.x, y: step.position.y + offset.y },
    };
  });
  const flows: Flow[] = [];
  for (const flow of clip.flows) {
    const from = ids.get(flow.from);
    const to = ids.get(flow.to);
    if (from !== undefined && to !== undefined) flows.push({ ...flow, id: newId(), from, to });
  }
  return clip.servqualScale === undefined ? { steps, flows } : { steps, flows, servqualScale: clip.servqualScale };
}

/**
 * Steps whose stage is not in this document (copied from another project) go to the
 * first stage; a lane that does not exist is cleared. Ids must be new: a clash refuses
 * the paste, because the caller was meant to run `instantiateClipboard` first. Scores on
 * another scale (`servqualScale`) are converted to the project's.
 */
const paste: Handler<'paste'> = (project, command) => {
  const parsed = parseClipboard({ steps: command.steps, flows: command.flows, servqualScale: command.servqualScale });
  if (!parsed) return 'invalid-value';
  if (parsed.steps.length === 0) return 'invalid-value';
  const from = parsed.servqualScale ?? project.servqualScale;
  const clip = { ...parsed, steps: parsed.steps.map((s) => stepOnScale(s, from, project.servqualScale)) };
  // Scores that still do not fit (a 6 into a 1-5 project, its own scale not said) are refused.
  if (clip.steps.some((s) => s.moment && !momentOnScale(s.moment, project.servqualScale))) return 'invalid-value';
  if (project.steps.length + clip.steps.length > STEP_LIMIT) return 'too-many';
  const existingSteps = new Set(project.steps.map((s) => s.id));
  const pastedIds = new Set<string>();
  for (const step of clip.steps) {
    if (existingSteps.has(step.id) || pastedIds.has(step.id)) return 'duplicate-id';
    pastedIds.add(step.id);
  }
  const steps = clip.steps.map((step): Step => {
    const { laneId, ...rest } = step;
    const stageId = indexById(project.stages, step.stageId) >= 0 ? step.stageId : project.stages[0].id;
    const keepLane = laneId !== undefined && indexById(project.lanes, laneId) >= 0;
    return keepLane ? { ...rest, stageId, laneId } : { ...rest, stageId };
  });
  const flowIds = new Set(project.flows.map((f) => f.id));
  const flows: Flow[] = [];
  const pairs = new Set<string>();
  for (const flow of flowsWithin(clip.flows, pastedIds)) {
    if (flowIds.has(flow.id)) return 'duplicate-id';
    flowIds.add(flow.id);
    const pair = JSON.stringify([flow.from, flow.to]);
    // Self-loops and repeated pairs cannot be drawn by `connect` either, so they do not arrive by paste.
    if (flow.from === flow.to || pairs.has(pair)) continue;
    pairs.add(pair);
    flows.push(flow);
  }
  if (project.flows.length + flows.length > FLOW_LIMIT) return 'too-many';
  return (d) => {
    d.steps.push(...steps);
    d.flows.push(...flows);
  };
};

export const clipboardHandlers = { paste } satisfies Partial<Handlers>;
