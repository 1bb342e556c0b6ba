/**
 * Personas: how one customer type lives the journey. A step's emotion (on its contact
 * moment) and thoughts are the default; a persona may have its own on any step
 * (`step.personaOverrides`, format 4). Everything that reads emotion or thoughts (the
 * lens, lint, insights, rows, exports) reads them from a project; `personaView` gives
 * the project as a persona lives it, so all of them follow the chosen persona unchanged.
 */
import type { Persona, Project, Step } from '../model/types';
import { emotionPath, type EmotionPoint } from './emotion';

export type PersonaOverride = NonNullable<Step['personaOverrides']>[number];

/** The persona's override on a step, if it has one (the first, should a file carry two). */
export function overrideOf(step: Step, personaId: string): PersonaOverride | undefined {
  return step.personaOverrides?.find((o) => o.personaId === personaId);
}

/**
 * The emotion a persona feels at a step: its own where it has one, the moment's otherwise.
 * Null where the step is no contact moment or the emotion was not assessed. Without a
 * persona (null), the default.
 */
export function effectiveEmotion(step: Step, personaId: string | null): number | null {
  if (!step.moment) return null;
  const own = personaId === null ? undefined : overrideOf(step, personaId)?.emotion;
  return own ?? step.moment.emotion;
}

/** What a persona thinks at a step: its own thoughts where it has them, the step's otherwise. */
export function effectiveThoughts(step: Step, personaId: string | null): readonly string[] {
  const own = personaId === null ? undefined : overrideOf(step, personaId)?.thoughts;
  return own ?? step.thoughts ?? [];
}

const views = new WeakMap<Project, Map<string, Project>>();

/**
 * The project as one persona lives it: each step's moment emotion and thoughts replaced by
 * the persona's own where it has them. Steps the persona does not change keep their identity
 * (so caches keyed on steps stay warm), and the same project and persona give the same
 * object. An unknown persona (or null) gives the project itself. The view is for reading
 * (drawing, analysis, reports); edits go to the document.
 *
 * @example
 * const asAnna = personaView(project, 'p-anna');
 * lintProject(asAnna); // the problems as Anna meets them
 */
export function personaView(project: Project, personaId: string | null | undefined): Project {
  if (!personaId || !project.personas.some((p) => p.id === personaId)) return project;
  let byPersona = views.get(project);
  const hit = byPersona?.get(personaId);
  if (hit) return hit;
  let changed = false;
  const steps = project.steps.map((step) => {
    const own = overrideOf(step, personaId);
    if (!own) return step;
    const emotion = step.moment && own.emotion !== undefined ? own.emotion : undefined;
    if (emotion === undefined && own.thoughts === undefined) return step;
    changed = true;
    const next: Step = { ...step };
    if (own.thoughts !== undefined) next.thoughts = own.thoughts;
    if (emotion !== undefined && step.moment) next.moment = { ...step.moment, emotion };
    return next;
  });
  const view = changed ? { ...project, steps } : project;
  if (!byPersona) views.set(project, (byPersona = new Map()));
  byPersona.set(personaId, view);
  return view;
}

/** One emotion curve of the emotion row: the default (persona null) or one persona's. */
export interface EmotionCurve {
  persona: Persona | null;
  points: EmotionPoint[];
}

/**
 * The emotion curves: the default first, then one per persona in the project's order, each
 * through the contact moments in flow order (see emotionPath) with that persona's emotion.
 */
export function emotionCurves(project: Project): EmotionCurve[] {
  const base = emotionPath(project);
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const curves: EmotionCurve[] = [{ persona: null, points: base }];
  for (const persona of project.personas)
    curves.push({
      persona,
      points: base.map((p) => ({ ...p, emotion: effectiveEmotion(steps.get(p.stepId)!, persona.id) })),
    });
  return curves;
}

/** How many steps carry an override of the persona (what removing the persona also removes). */
export function overrideCount(project: Project, personaId: string): number {
  let n = 0;
  for (const step of project.steps) if (overrideOf(step, personaId)) n++;
  return n;
}
