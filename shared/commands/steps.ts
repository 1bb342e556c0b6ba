/** Handlers for steps and flows: add, edit, move, connect, remove. */
import { boxOf, CLEARANCE, freeSpot, overlaps, sameCell, STEP_SPACING } from '../layout/freeSpace';
import { flowSchema, positionSchema, projectSchema, stepSchema } from '../model/schema';
import { momentOnScale } from '../model/servqualScale';
import type { Flow, Project, Step } from '../model/types';
import { NOTHING, given, indexById, maxItems, parseWith, removeSteps, type Handler, type Handlers } from './internal';
import type { RejectReason } from './types';

export const STEP_LIMIT = maxItems(projectSchema.shape.steps);
export const FLOW_LIMIT = maxItems(projectSchema.shape.flows);

/** The stage and lane a step points at both exist. */
function refsExist(project: Project, step: { stageId: string; laneId?: string }): boolean {
  if (indexById(project.stages, step.stageId) < 0) return false;
  return step.laneId === undefined || indexById(project.lanes, step.laneId) >= 0;
}

function checkNewStep(project: Project, input: Step): Step | RejectReason {
  const step = parseWith(stepSchema, input);
  if (!step) return 'invalid-value';
  if (step.moment && !momentOnScale(step.moment, project.servqualScale)) return 'invalid-value';
  if (indexById(project.steps, step.id) >= 0) return 'duplicate-id';
  if (!refsExist(project, step)) return 'not-found';
  if (project.steps.length >= STEP_LIMIT) return 'too-many';
  return step;
}

/** Checks shared by `connect` and `addStepAfter`: a new flow between two distinct steps. */
function checkNewFlow(project: Project, flow: Flow, stepIds: ReadonlySet<string>): RejectReason | null {
  if (flow.from === flow.to) return 'self-loop';
  if (!stepIds.has(flow.from) || !stepIds.has(flow.to)) return 'not-found';
  if (indexById(project.flows, flow.id) >= 0) return 'duplicate-id';
  if (project.flows.some((f) => f.from === flow.from && f.to === flow.to)) return 'duplicate-flow';
  if (project.flows.length >= FLOW_LIMIT) return 'too-many';
  return null;
}

const addStep: Handler<'addStep'> = (project, { step: input }) => {
  const step = checkNewStep(project, input);
  if (typeof step === 'string') return step;
  return (d) => {
    d.steps.push(step);
  };
};

const addStepAfter: Handler<'addStepAfter'> = (project, { fromStepId, step: input, flowId }) => {
  if (indexById(project.steps, fromStepId) < 0) return 'not-found';
  const step = checkNewStep(project, input);
  if (typeof step === 'string') return step;
  const flow = parseWith(flowSchema, { id: flowId, from: fromStepId, to: step.id, label: '', kind: 'main' });
  if (!flow) return 'invalid-value';
  const refused = checkNewFlow(project, flow, new Set([fromStepId, step.id]));
  if (refused) return refused;
  return (d) => {
    d.steps.push(step);
    d.flows.push(flow);
  };
};

const updateStep: Handler<'updateStep'> = (project, { stepId, changes }) => {
  const index = indexById(project.steps, stepId);
  if (index < 0) return 'not-found';
  const current = project.steps[index];
  const fields = given(changes, ['title', 'description', 'kind', 'stageId']);
  const lane = changes.laneId;
  const next = { ...current, ...fields };
  if (lane === null) delete next.laneId;
  else if (lane !== undefined) next.laneId = lane;
  const valid = parseWith(stepSchema, next);
  if (!valid) return 'invalid-value';
  if (!refsExist(project, valid)) return 'not-found';
  return (d) => {
    const step = d.steps[index];
    if (fields.title !== undefined) step.title = valid.title;
    if (fields.description !== undefined) step.description = valid.description;
    if (fields.kind !== undefined) step.kind = valid.kind;
    if (fields.stageId !== undefined) step.stageId = valid.stageId;
    if (lane === null) delete step.laneId;
    else if (lane !== undefined) step.laneId = lane;
  };
};

const moveSteps: Handler<'moveSteps'> = (project, { moves }) => {
  if (moves.length === 0) return NOTHING;
  // One map instead of a scan per move: an auto layout moves every step at once.
  const indexOf = new Map(project.steps.map((s, i) => [s.id, i]));
  const planned: { index: number; x: number; y: number; stageId?: string; laneId?: string | null }[] = [];
  for (const move of moves) {
    const index = indexOf.get(move.stepId);
    if (index === undefined) return 'not-found';
    const position = parseWith(positionSchema, move.position);
    if (!position) return 'invalid-value';
    const current = project.steps[index];
    const target = {
      stageId: move.stageId ?? current.stageId,
      laneId: move.laneId === null ? undefined : (move.laneId ?? current.laneId),
    };
    if (!refsExist(project, target)) return 'not-found';
    planned.push({ index, ...position, stageId: move.stageId, laneId: move.laneId });
  }
  return (d) => {
    for (const move of planned) {
      const step = d.steps[move.index];
      // Assign only what differs, so an unchanged step yields no patch.
      if (step.position.x !== move.x) step.position.x = move.x;
      if (step.position.y !== move.y) step.position.y = move.y;
      if (move.stageId !== undefined && step.stageId !== move.stageId) step.stageId = move.stageId;
      if (move.laneId === null) {
        if (step.laneId !== undefined) delete step.laneId;
      } else if (move.laneId !== undefined && step.laneId !== move.laneId) step.laneId = move.laneId;
    }
  };
};

const removeSelection: Handler<'removeSelection'> = (project, { stepIds, flowIds }) =>
  removeSteps(project, new Set(stepIds), new Set(flowIds)) ?? NOTHING;

const connect: Handler<'connect'> = (project, { flow: input }) => {
  const flow = parseWith(flowSchema, input);
  if (!flow) return 'invalid-value';
  const ends = new Set(project.steps.filter((s) => s.id === flow.from || s.id === flow.to).map((s) => s.id));
  const refused = checkNewFlow(project, flow, ends);
  if (refused) return refused;
  return (d) => {
    d.flows.push(flow);
  };
};

const updateFlow: Handler<'updateFlow'> = (project, { flowId, changes }) => {
  const index = indexById(project.flows, flowId);
  if (index < 0) return 'not-found';
  const fields = given(changes, ['label', 'kind']);
  const valid = parseWith(flowSchema, { ...project.flows[index], ...fields });
  if (!valid) return 'invalid-value';
  return (d) => {
    const flow = d.flows[index];
    if (fields.label !== undefined) flow.label = valid.label;
    if (fields.kind !== undefined) flow.kind = valid.kind;
  };
};

/**
 * Where a step inserted after `source` goes, and which steps of its cell move right to make
 * room: right of the source; when a step of the cell (right of the source) is in the way there,
 * every step of the cell right of the source moves one step spacing right. A step that is still
 * in the way (one overlapping the source's column) is avoided by going below it.
 */
function planInsertion(project: Project, source: Step): { position: Step['position']; shifted: number[] } {
  const spot = { x: source.position.x + STEP_SPACING.x, y: source.position.y };
  const inCell = project.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step !== source && sameCell(project, step, source));
  const later = inCell.filter(({ step }) => step.position.x > source.position.x);
  const blocked = later.some(({ step }) => overlaps(boxOf(spot), boxOf(step.position), CLEARANCE));
  const shifted = blocked ? later.map(({ index }) => index) : [];
  const moved = new Set(shifted);
  const occupied = [
    boxOf(source.position),
    ...inCell.map(({ step, index }) =>
      boxOf({ x: step.position.x + (moved.has(index) ? STEP_SPACING.x : 0), y: step.position.y }),
    ),
  ];
  return { position: freeSpot(occupied, spot), shifted };
}

const insertStepOnFlow: Handler<'insertStepOnFlow'> = (project, { flowId, step: input, flowIds }) => {
  const index = indexById(project.flows, flowId);
  if (index < 0) return 'not-found';
  const old = project.flows[index];
  const source = project.steps.find((s) => s.id === old.from);
  if (!source || indexById(project.steps, old.to) < 0) return 'not-found';
  const { position, shifted } = planInsertion(project, source);
  // A step pushed right must stay a valid position (the new one is checked with the step below).
  for (const i of shifted) {
    const at = project.steps[i].position;
    if (!parseWith(positionSchema, { x: at.x + STEP_SPACING.x, y: at.y })) return 'invalid-value';
  }
  const placed: Step = { ...input, stageId: source.stageId, position };
  if (source.laneId === undefined) delete placed.laneId;
  else placed.laneId = source.laneId;
  const step = checkNewStep(project, placed);
  if (typeof step === 'string') return step;
  const [inId, outId] = flowIds;
  const into = parseWith(flowSchema, { id: inId, from: old.from, to: step.id, label: old.label, kind: old.kind });
  const out = parseWith(flowSchema, { id: outId, from: step.id, to: old.to, label: '', kind: old.kind });
  if (!into || !out) return 'invalid-value';
  if (inId === outId || indexById(project.flows, inId) >= 0 || indexById(project.flows, outId) >= 0)
    return 'duplicate-id';
  if (project.flows.length >= FLOW_LIMIT) return 'too-many';
  return (d) => {
    for (const i of shifted) d.steps[i].position.x += STEP_SPACING.x;
    d.flows.splice(index, 1, into, out);
    d.steps.push(step);
  };
};

export const stepHandlers = {
  addStep,
  addStepAfter,
  updateStep,
  moveSteps,
  removeSelection,
  connect,
  updateFlow,
  insertStepOnFlow,
} satisfies Partial<Handlers>;
