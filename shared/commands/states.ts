/**
 * Handlers for the journey states (format 4: today's journey, the target...). The state being
 * edited lives in the project's top-level stages, lanes, steps and flows, so every other
 * command, the canvas, the analysis and the exports work on it unchanged; the others wait in
 * `project.states.others`. Switching swaps them, one undo step like every command.
 */
import { MAX_STATES, journeyStatesSchema } from '../model/schema';
import { activeIndex, journeyOf, listStates } from '../model/states';
import type { JourneyState, JourneyStates, Project } from '../model/types';
import { NOTHING, parseWith, type Handler, type Handlers } from './internal';

const nameSchema = journeyStatesSchema.shape.active.shape.name;
const idSchema = journeyStatesSchema.shape.active.shape.id;

/** The states after a change, as stored: the active one's id, name and place, and the others in order. */
function stored(
  list: readonly { id: string; name: string; journey: JourneyState | Project }[],
  activeId: string,
): JourneyStates {
  const index = list.findIndex((s) => s.id === activeId);
  const active = list[index];
  return {
    active: index === 0 ? { id: active.id, name: active.name } : { id: active.id, name: active.name, index },
    others: list.filter((s) => s.id !== activeId).map((s) => ({ id: s.id, name: s.name, ...journeyOf(s.journey) })),
  };
}

/** The states as a list the handlers can reorder, the active one holding the base project's own arrays. */
function entries(project: Project, current?: { id: string; name: string }) {
  return listStates(project, current?.name ?? '', current?.id ?? '').map((s) => ({
    id: s.id,
    name: s.name,
    journey: s.active ? project : project.states!.others.find((o) => o.id === s.id)!,
  }));
}

const duplicateState: Handler<'duplicateState'> = (project, { stateId, name, current }) => {
  const validName = parseWith(nameSchema, typeof name === 'string' ? name.trim() : name);
  if (!validName || parseWith(idSchema, stateId) === null) return 'invalid-value';
  if (!project.states) {
    // The journey had no name yet: the caller names it ("Current journey").
    if (!current || parseWith(idSchema, current.id) === null || !parseWith(nameSchema, current.name)) {
      return 'invalid-value';
    }
    if (current.id === stateId) return 'duplicate-id';
  }
  const list = entries(project, current);
  if (list.some((s) => s.id === stateId)) return 'duplicate-id';
  if (list.length >= MAX_STATES) return 'too-many';
  // The copy goes right after the state it copies and becomes the one being edited; its items
  // keep their ids, so the compare view pairs each step with its original.
  const at = activeIndex(project) + 1;
  const copy = { id: stateId, name: validName, journey: project };
  const next = [...list.slice(0, at), copy, ...list.slice(at)];
  const states = stored(next, stateId);
  return (d) => {
    d.states = states;
  };
};

const renameState: Handler<'renameState'> = (project, { stateId, name }) => {
  const validName = parseWith(nameSchema, typeof name === 'string' ? name.trim() : name);
  if (!validName) return 'invalid-value';
  const states = project.states;
  if (!states) return 'not-found';
  if (states.active.id === stateId) {
    if (states.active.name === validName) return NOTHING;
    return (d) => {
      d.states!.active.name = validName;
    };
  }
  const index = states.others.findIndex((s) => s.id === stateId);
  if (index < 0) return 'not-found';
  if (states.others[index].name === validName) return NOTHING;
  return (d) => {
    d.states!.others[index].name = validName;
  };
};

/** Put `list`'s state `activeId` into the top-level fields. */
function activate(project: Project, list: ReturnType<typeof entries>, activeId: string) {
  const journey = journeyOf(list.find((s) => s.id === activeId)!.journey);
  const states = stored(list, activeId);
  return (d: { stages: unknown; lanes: unknown; steps: unknown; flows: unknown; states?: JourneyStates }) => {
    if (journey.stages !== project.stages) d.stages = journey.stages;
    if (journey.lanes !== project.lanes) d.lanes = journey.lanes;
    if (journey.steps !== project.steps) d.steps = journey.steps;
    if (journey.flows !== project.flows) d.flows = journey.flows;
    d.states = states;
  };
}

const switchState: Handler<'switchState'> = (project, { stateId }) => {
  const states = project.states;
  if (!states) return 'not-found';
  if (states.active.id === stateId) return NOTHING;
  if (!states.others.some((s) => s.id === stateId)) return 'not-found';
  return activate(project, entries(project), stateId);
};

const removeState: Handler<'removeState'> = (project, { stateId }) => {
  const states = project.states;
  if (!states) return 'last-state';
  const list = entries(project);
  const index = list.findIndex((s) => s.id === stateId);
  if (index < 0) return 'not-found';
  if (list.length <= 1) return 'last-state';
  const rest = list.filter((s) => s.id !== stateId);
  if (stateId !== states.active.id) {
    const kept = stored(rest, states.active.id);
    return (d) => {
      d.states = kept;
    };
  }
  // The state being edited goes: the one after it (or else before it) takes its place.
  return activate(project, rest, rest[Math.min(index, rest.length - 1)].id);
};

export const stateHandlers = {
  duplicateState,
  renameState,
  switchState,
  removeState,
} satisfies Partial<Handlers>;
