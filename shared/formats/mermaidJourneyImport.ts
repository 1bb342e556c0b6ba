/**
 * A parsed Mermaid journey as a new Touchmap project.
 *
 * - Name: the journey's title, else its accTitle, else the caller's fallback name; the
 *   description is its accDescr.
 * - One stage per section, in order (a name used twice gives two stages, as Mermaid draws two
 *   section bands). Tasks before any section go into a first stage called "Journey" (or the
 *   caller's name for it, in the UI language: `stageNames`).
 * - One step per task, laid out left to right in its stage column (positions are relative to
 *   the column, see shared/layout/grid.ts), joined in task order by main flows, across stages.
 * - Every task is a contact moment: emotion = score - 3, rounded and clamped to -2..+2 (no
 *   score: no emotion); the last actor that names a channel (`phone`, `web`, any letter case)
 *   sets the channel (the export writes the channel last), the others are joined with ", " as
 *   the moment's actor. Without such an actor the channel is the default, `in person`.
 * - Names longer than the project allows are shortened (the parser warns about them).
 */
import { blankProject, defaultMoment } from '../model/defaults';
import { CHANNELS, MAX_LABEL, MAX_TEXT } from '../model/schema';
import type { Channel, Flow, Project, Stage, Step } from '../model/types';
import { GRID } from '../layout/grid';
import type { MermaidJourney, MermaidJourneyTask } from './mermaidJourney';

export interface MermaidImportOptions {
  /** Id of the new project. */
  id: string;
  /** Name used when the journey has neither a title nor an accTitle. */
  name: string;
  /** ISO timestamp for createdAt and updatedAt. */
  now: string;
  /**
   * The names the import gives stages the diagram does not name, in the UI language (the
   * catalogue's `reader.names.*`); without them, the English names below.
   */
  stageNames?: { unsectioned: string; numbered: (n: number) => string };
}

/** Horizontal gap between imported steps, and their distance from the top of the column. */
const STEP_GAP = 40;
const STEP_TOP = 48;
/** Name of the stage that holds tasks written before any `section`, when the caller gives none. */
export const UNSECTIONED_STAGE_NAME = 'Journey';
const ENGLISH_STAGE_NAMES = { unsectioned: UNSECTIONED_STAGE_NAME, numbered: (n: number) => `Section ${n}` };

/** Cut text to `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Position of the `index`-th step (0-based) of a stage, relative to its column. */
export function importedStepPosition(index: number): { x: number; y: number } {
  return { x: index * (GRID.defaultStepSize.width + STEP_GAP) + GRID.padding, y: STEP_TOP };
}

/** Mermaid score 1..5 as an emotion -2..+2; null stays null. */
export function scoreToEmotion(score: number | null): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  return Math.min(2, Math.max(-2, Math.round(score) - 3));
}

function asChannel(name: string): Channel | undefined {
  return CHANNELS.find((c) => c === name.trim().toLowerCase());
}

/** The export writes the channel after the actor's names, so the last name that is a channel is the channel. */
function splitPeople(people: string[]): { channel: Channel | undefined; actors: string[] } {
  const at = people.findLastIndex((name) => asChannel(name) !== undefined);
  return { channel: at < 0 ? undefined : asChannel(people[at]), actors: people.filter((_, i) => i !== at) };
}

function taskStep(task: MermaidJourneyTask, id: string, stageId: string, index: number): Step {
  const moment = defaultMoment();
  const { channel, actors } = splitPeople(task.people);
  if (channel) moment.channel = channel;
  moment.actor = clip(actors.join(', '), MAX_LABEL);
  moment.emotion = scoreToEmotion(task.score);
  return {
    id,
    stageId,
    title: clip(task.task, MAX_LABEL),
    description: '',
    kind: 'step',
    position: importedStepPosition(index),
    moment,
  };
}

/**
 * Build a new project from a parsed journey (see the file comment for the mapping). Ids are
 * `stage-N`, `step-N` and `flow-N`, unique within the new project.
 *
 * @example
 * const parsed = parseMermaidJourney(text);
 * if (parsed.ok) mermaidJourneyToProject(parsed.journey, { id, name: 'Imported journey', now });
 */
export function mermaidJourneyToProject(journey: MermaidJourney, options: MermaidImportOptions): Project {
  const stages: Stage[] = [];
  const names = options.stageNames ?? ENGLISH_STAGE_NAMES;
  const unsectioned = clip(names.unsectioned, MAX_LABEL);
  const hasUnsectioned = journey.tasks.some((t) => t.sectionIndex < 0);
  if (hasUnsectioned) stages.push({ id: 'stage-0', name: unsectioned });
  journey.sections.forEach((name, i) => {
    stages.push({ id: `stage-${i + 1}`, name: clip(name, MAX_LABEL) || clip(names.numbered(i + 1), MAX_LABEL) });
  });
  if (stages.length === 0) stages.push({ id: 'stage-0', name: unsectioned });

  const perStage = new Map<string, number>();
  const steps = journey.tasks.map((task, i) => {
    const stageId = task.sectionIndex < 0 ? 'stage-0' : `stage-${task.sectionIndex + 1}`;
    const index = perStage.get(stageId) ?? 0;
    perStage.set(stageId, index + 1);
    return taskStep(task, `step-${i + 1}`, stageId, index);
  });
  const flows: Flow[] = steps.slice(1).map((step, i) => ({
    id: `flow-${i + 1}`,
    from: steps[i].id,
    to: step.id,
    label: '',
    kind: 'main',
  }));

  const name = clip(journey.title.trim() || journey.accTitle.trim() || options.name.trim(), MAX_LABEL);
  // Start from a blank project so fields the model gains later get their defaults here too.
  const project = blankProject({ id: options.id, name: name || 'Imported journey', now: options.now });
  return { ...project, description: clip(journey.accDescr, MAX_TEXT), stages, steps, flows };
}
