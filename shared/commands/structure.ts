/**
 * Handlers for the grid: stages (columns) and lanes (rows).
 *
 * Lane commands keep every step in the row it is drawn in. A step without a lane is
 * drawn in the first lane (see shared/layout/grid.ts), so whenever the first lane
 * changes such steps are pinned to the lane they were shown in.
 */
import type { Draft } from 'immer';
import { GRID } from '../layout/grid';
import { laneSchema, positionSchema, projectSchema, stageSchema } from '../model/schema';
import type { Project } from '../model/types';
import {
  NOTHING,
  given,
  indexById,
  isIndexIn,
  maxItems,
  moved,
  parseWith,
  removeSteps,
  type Handler,
  type Handlers,
} from './internal';

const STAGE_LIMIT = maxItems(projectSchema.shape.stages);
const LANE_LIMIT = maxItems(projectSchema.shape.lanes);

/** The lane a step is drawn in: its own when it exists, else the first lane. */
function rowOf(project: Project, laneId: string | undefined): string | undefined {
  if (laneId !== undefined && indexById(project.lanes, laneId) >= 0) return laneId;
  return project.lanes[0]?.id;
}

/** Give steps drawn in the first lane by default an explicit lane, before the first lane changes. */
function pinUnassigned(project: Project, d: Draft<Project>, laneId: string) {
  const known = new Set(project.lanes.map((l) => l.id));
  project.steps.forEach((step, i) => {
    if (step.laneId === undefined || !known.has(step.laneId)) d.steps[i].laneId = laneId;
  });
}

const addStage: Handler<'addStage'> = (project, { stage: input, index }) => {
  const stage = parseWith(stageSchema, input);
  if (!stage) return 'invalid-value';
  if (indexById(project.stages, stage.id) >= 0) return 'duplicate-id';
  if (project.stages.length >= STAGE_LIMIT) return 'too-many';
  const at = index ?? project.stages.length;
  if (!isIndexIn(at, project.stages.length)) return 'invalid-value';
  return (d) => {
    d.stages.splice(at, 0, stage);
  };
};

const updateStage: Handler<'updateStage'> = (project, { stageId, changes }) => {
  const index = indexById(project.stages, stageId);
  if (index < 0) return 'not-found';
  const { name } = given(changes, ['name']);
  const colour = changes.colour;
  const next = { ...project.stages[index], ...(name !== undefined && { name }) };
  if (colour === null) delete next.colour;
  else if (colour !== undefined) next.colour = colour;
  const valid = parseWith(stageSchema, next);
  if (!valid) return 'invalid-value';
  return (d) => {
    const stage = d.stages[index];
    if (name !== undefined) stage.name = valid.name;
    if (colour === null) delete stage.colour;
    else if (colour !== undefined) stage.colour = colour;
  };
};

const moveStage: Handler<'moveStage'> = (project, { stageId, toIndex }) => {
  const from = indexById(project.stages, stageId);
  if (from < 0) return 'not-found';
  if (!isIndexIn(toIndex, project.stages.length - 1)) return 'invalid-value';
  if (from === toIndex) return NOTHING;
  // Positions are relative to the stage column, so the steps travel with their stage.
  const stages = moved(project.stages, from, toIndex);
  return (d) => {
    d.stages = stages;
  };
};

const removeStage: Handler<'removeStage'> = (project, { stageId }) => {
  const index = indexById(project.stages, stageId);
  if (index < 0) return 'not-found';
  if (project.stages.length <= 1) return 'last-stage';
  const stepIds = new Set(project.steps.filter((s) => s.stageId === stageId).map((s) => s.id));
  const removeContent = removeSteps(project, stepIds);
  return (d) => {
    d.stages.splice(index, 1);
    removeContent?.(d);
  };
};

const addLane: Handler<'addLane'> = (project, { lane: input, index }) => {
  const lane = parseWith(laneSchema, input);
  if (!lane) return 'invalid-value';
  if (indexById(project.lanes, lane.id) >= 0) return 'duplicate-id';
  if (project.lanes.length >= LANE_LIMIT) return 'too-many';
  const at = index ?? project.lanes.length;
  if (!isIndexIn(at, project.lanes.length)) return 'invalid-value';
  // The first lane of a map without lanes takes every step; a new first lane must not steal any.
  const pinTo = project.lanes.length === 0 ? lane.id : at === 0 ? project.lanes[0].id : undefined;
  return (d) => {
    if (pinTo !== undefined) pinUnassigned(project, d, pinTo);
    d.lanes.splice(at, 0, lane);
  };
};

const updateLane: Handler<'updateLane'> = (project, { laneId, changes }) => {
  const index = indexById(project.lanes, laneId);
  if (index < 0) return 'not-found';
  const { name } = given(changes, ['name']);
  const valid = parseWith(laneSchema, { ...project.lanes[index], ...(name !== undefined && { name }) });
  if (!valid) return 'invalid-value';
  return (d) => {
    d.lanes[index].name = valid.name;
  };
};

const moveLane: Handler<'moveLane'> = (project, { laneId, toIndex }) => {
  const from = indexById(project.lanes, laneId);
  if (from < 0) return 'not-found';
  if (!isIndexIn(toIndex, project.lanes.length - 1)) return 'invalid-value';
  if (from === toIndex) return NOTHING;
  const lanes = moved(project.lanes, from, toIndex);
  const firstChanges = lanes[0].id !== project.lanes[0].id;
  return (d) => {
    if (firstChanges) pinUnassigned(project, d, project.lanes[0].id);
    d.lanes = lanes;
  };
};

const removeLane: Handler<'removeLane'> = (project, { laneId }) => {
  const index = indexById(project.lanes, laneId);
  if (index < 0) return 'not-found';
  const lanes = project.lanes.filter((_, i) => i !== index);
  const target = lanes[0]?.id;
  if (target === undefined) {
    // The last lane goes: the map has one implicit row, so no step keeps a lane.
    return (d) => {
      d.lanes = lanes;
      project.steps.forEach((step, i) => {
        if (step.laneId !== undefined) delete d.steps[i].laneId;
      });
    };
  }
  // Steps that move join the first remaining lane below what is already there, per stage column,
  // keeping their own arrangement; otherwise they would land on top of the steps in that cell.
  const bottom = new Map<string, number>();
  const movers: number[] = [];
  project.steps.forEach((step, i) => {
    const row = rowOf(project, step.laneId);
    if (row === laneId) movers.push(i);
    else if (row === target) {
      const end = step.position.y + GRID.defaultStepSize.height + GRID.padding;
      bottom.set(step.stageId, Math.max(bottom.get(step.stageId) ?? 0, end));
    }
  });
  return (d) => {
    d.lanes = lanes;
    for (const i of movers) {
      const step = project.steps[i];
      d.steps[i].laneId = target;
      const shift = bottom.get(step.stageId);
      if (shift === undefined) continue;
      const position = parseWith(positionSchema, { x: step.position.x, y: step.position.y + shift });
      if (position) d.steps[i].position.y = position.y;
    }
  };
};

export const structureHandlers = {
  addStage,
  updateStage,
  moveStage,
  removeStage,
  addLane,
  updateLane,
  moveLane,
  removeLane,
} satisfies Partial<Handlers>;
