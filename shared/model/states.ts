/**
 * Journey states (format 4): the project's top-level stages, lanes, steps and flows are the
 * state being edited; the others wait in `project.states.others`. These helpers list the
 * states in their order and give a project with another state in the top-level fields
 * (for exports and the compare view), without changing the document.
 */
import type { JourneyState, Project } from './types';

/** The parts of a project a journey state holds. */
export type Journey = Pick<Project, 'stages' | 'lanes' | 'steps' | 'flows'>;

export interface StateEntry {
  id: string;
  name: string;
  /** The state in the top-level fields (the one being edited). */
  active: boolean;
  journey: Journey;
}

export const journeyOf = (p: Journey): Journey => ({
  stages: p.stages,
  lanes: p.lanes,
  steps: p.steps,
  flows: p.flows,
});

/** Where the active state sits among all states (its stored index, kept within the list). */
export function activeIndex(project: Project): number {
  const states = project.states;
  if (!states) return 0;
  return Math.min(states.active.index ?? 0, states.others.length);
}

/**
 * Every journey state in its order; a project without `states` has one, named `fallbackName`
 * (the caller's word for it, "Current journey"), with the id `fallbackId`.
 */
export function listStates(project: Project, fallbackName = '', fallbackId = 'current'): StateEntry[] {
  const here: StateEntry = {
    id: project.states?.active.id ?? fallbackId,
    name: project.states?.active.name ?? fallbackName,
    active: true,
    journey: journeyOf(project),
  };
  const others: StateEntry[] = (project.states?.others ?? []).map((s: JourneyState) => ({
    id: s.id,
    name: s.name,
    active: false,
    journey: journeyOf(s),
  }));
  others.splice(activeIndex(project), 0, here);
  return others;
}

/**
 * The project as it would be with the state `stateId` being edited: that state's stages,
 * lanes, steps and flows in the top-level fields, all else (name, personas, weights, rows...)
 * the same. The project itself when the id is the active state's or unknown.
 */
export function projectWithState(project: Project, stateId: string): Project {
  const other = project.states?.others.find((s) => s.id === stateId);
  if (!other) return project;
  return { ...project, ...journeyOf(other) };
}
