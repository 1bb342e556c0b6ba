/**
 * Handlers for personas and for how each persona lives a step (format 4): a persona's own
 * emotion and thoughts on a step override the step's defaults for that persona only.
 */
import type { Draft } from 'immer';
import { personaOverrideSchema, personaSchema, projectSchema, stepSchema } from '../model/schema';
import type { Step } from '../model/types';
import { given, indexById, isIndexIn, maxItems, parseWith, type Handler, type Handlers } from './internal';

const PERSONA_LIMIT = maxItems(projectSchema.shape.personas);
const OVERRIDE_LIMIT = maxItems(stepSchema.shape.personaOverrides.unwrap());

const addPersona: Handler<'addPersona'> = (project, { persona: input, index }) => {
  const persona = parseWith(personaSchema, input);
  if (!persona) return 'invalid-value';
  if (indexById(project.personas, persona.id) >= 0) return 'duplicate-id';
  if (project.personas.length >= PERSONA_LIMIT) return 'too-many';
  const at = index ?? project.personas.length;
  if (!isIndexIn(at, project.personas.length)) return 'invalid-value';
  return (d) => {
    d.personas.splice(at, 0, persona);
  };
};

const updatePersona: Handler<'updatePersona'> = (project, { personaId, changes }) => {
  const index = indexById(project.personas, personaId);
  if (index < 0) return 'not-found';
  const fields = given(changes, ['name', 'customerType', 'description', 'goals']);
  const valid = parseWith(personaSchema, { ...project.personas[index], ...fields });
  if (!valid) return 'invalid-value';
  return (d) => {
    const persona = d.personas[index];
    if (fields.name !== undefined) persona.name = valid.name;
    if (fields.customerType !== undefined) persona.customerType = valid.customerType;
    if (fields.description !== undefined) persona.description = valid.description;
    if (fields.goals !== undefined) {
      // No goals is written as no field, so a file without goals stays as it was.
      if (valid.goals?.length) persona.goals = valid.goals;
      else delete persona.goals;
    }
  };
};

/** Removes the persona and its overrides on every step, in one recipe (one undo step). */
const removePersona: Handler<'removePersona'> = (project, { personaId }) => {
  const index = indexById(project.personas, personaId);
  if (index < 0) return 'not-found';
  const touched = project.steps.flatMap((s, i) =>
    s.personaOverrides?.some((o) => o.personaId === personaId) ? [i] : [],
  );
  return (d) => {
    d.personas.splice(index, 1);
    for (const i of touched)
      setOverrides(d.steps[i], project.steps[i], (list) => list.filter((o) => o.personaId !== personaId));
  };
};

type Override = NonNullable<Step['personaOverrides']>[number];

/** Replace a step's override list (built from the base step, not the draft); an empty list removes the field. */
function setOverrides(draft: Draft<Step>, base: Step, change: (list: Override[]) => Override[]) {
  const next = change(base.personaOverrides ?? []);
  if (next.length) draft.personaOverrides = next;
  else delete draft.personaOverrides;
}

/** Thoughts as typed: trimmed, blank ones dropped. */
function cleanThoughts(thoughts: readonly unknown[]): unknown[] {
  return thoughts.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== '');
}

const setPersonaOverride: Handler<'setPersonaOverride'> = (project, command) => {
  const { stepId, personaId } = command;
  const index = indexById(project.steps, stepId);
  if (index < 0 || indexById(project.personas, personaId) < 0) return 'not-found';
  const step = project.steps[index];
  if (command.emotion === undefined && command.thoughts === undefined) return 'invalid-value';
  if (command.emotion !== undefined && !step.moment) return 'no-moment';
  if (command.thoughts !== undefined && !Array.isArray(command.thoughts)) return 'invalid-value';
  const list = step.personaOverrides ?? [];
  const at = list.findIndex((o) => o.personaId === personaId);
  if (at < 0 && list.length >= OVERRIDE_LIMIT) return 'too-many';
  const current: Override = at >= 0 ? list[at] : { personaId };
  const candidate: Override = { ...current };
  if (command.emotion !== undefined) candidate.emotion = command.emotion;
  if (command.thoughts !== undefined) candidate.thoughts = cleanThoughts(command.thoughts) as string[];
  const valid = parseWith(personaOverrideSchema, candidate);
  if (!valid) return 'invalid-value';
  return (d) => {
    setOverrides(d.steps[index], step, (items) =>
      at >= 0 ? items.map((o, i) => (i === at ? valid : o)) : [...items, valid],
    );
  };
};

const clearPersonaOverride: Handler<'clearPersonaOverride'> = (project, { stepId, personaId, part }) => {
  const index = indexById(project.steps, stepId);
  if (index < 0) return 'not-found';
  if (part !== undefined && part !== 'emotion' && part !== 'thoughts') return 'invalid-value';
  const step = project.steps[index];
  const list = step.personaOverrides ?? [];
  const at = list.findIndex((o) => o.personaId === personaId);
  if (at < 0 || (part !== undefined && list[at][part] === undefined)) return 'not-found';
  const kept = { ...list[at] };
  if (part) delete kept[part];
  const empty = !part || (kept.emotion === undefined && kept.thoughts === undefined);
  return (d) => {
    setOverrides(d.steps[index], step, (items) =>
      empty ? items.filter((_, i) => i !== at) : items.map((o, i) => (i === at ? kept : o)),
    );
  };
};

export const personaHandlers = {
  addPersona,
  updatePersona,
  removePersona,
  setPersonaOverride,
  clearPersonaOverride,
} satisfies Partial<Handlers>;
