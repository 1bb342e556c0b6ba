import type { z } from 'zod';
import { migrate } from './migrations';
import { colourSchema, projectSchema } from './schema';
import { scoresOutsideScale } from './servqualScale';
import { repairComments } from './comments';
import type { Project } from './types';
import { problem } from '../formats/problems';
import type { FileProblem, PathPart } from '../formats/problems';

export type ParseResult =
  { ok: true; project: Project; migratedFrom?: number } | { ok: false; problems: FileProblem[] };

/** The colour pattern, as zod names it in an issue. */
const COLOUR_PATTERN = colourSchema.def.checks?.flatMap((c) =>
  'pattern' in c._zod.def ? [c._zod.def.pattern] : [],
)[0];

/** Groups whose name a message may leave out: "risk likelihood" already says "risk". */
const GROUPS = new Set(['moment', 'risk', 'servqual', 'senses', 'standard']);
/** Fields whose own name already names their group. */
const SAYS_GROUP: Record<string, string> = { likelihood: 'risk', impact: 'risk' };
/** Lists whose items have a noun of their own in messages ("Step 3" rather than "steps, Item 3"). */
const ITEM_LISTS = new Set(['steps', 'stages', 'lanes', 'flows', 'personas', 'measures']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where an issue sits, as data a message turns into words a manager understands (see problemText). */
function describePath(path: readonly PropertyKey[], input: Record<string, unknown>): PathPart[] {
  const parts: PathPart[] = [];
  let cursor: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = isRecord(cursor) || Array.isArray(cursor) ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const parentKey = String(path[i - 1] ?? '');
      const known = ITEM_LISTS.has(parentKey);
      const name = isRecord(next) ? (next.title ?? next.name ?? next.text) : undefined;
      // "Step 3" replaces "steps"; an unnamed list ("pain points") keeps its name so "Item 2" has context.
      if (known) parts.pop();
      const item = known ? parentKey : 'other';
      parts.push(
        typeof name === 'string' && name ? { item, n: key + 1, name: name.slice(0, 60) } : { item, n: key + 1 },
      );
    } else if (typeof key === 'string') {
      if (GROUPS.has(key) && i < path.length - 1) {
        // The moment is every step's; naming the group of a field that says it would repeat it.
        if (key !== 'moment' && SAYS_GROUP[String(path[i + 1])] !== key) parts.push({ field: key });
      } else {
        parts.push({ field: key });
      }
    }
    cursor = next;
  }
  return parts;
}

function formatIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>): FileProblem {
  const where = describePath(issue.path, input);
  const at = (code: string, params?: Record<string, string | number>) =>
    problem(`reader.project.${code}`, params, where);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return at('atLeast', { min: Number(issue.minimum) });
      if (issue.origin === 'string') return at('empty');
      return at('tooFew');
    case 'too_big':
      if (issue.origin === 'number') return at('atMost', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return at('tooLong', { max: Number(issue.maximum) });
      return at('tooMany', { max: Number(issue.maximum) });
    case 'invalid_type':
      return issue.input === undefined ? at('missing') : at('wrongType', { type: issue.expected });
    case 'invalid_value':
      return at('oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_union': {
      // A union of literals (sense valence -1/0/+1): list the allowed values instead of zod's "Invalid input".
      const allowed = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values : []));
      if (allowed.length) return at('oneOf', { values: allowed.map((v) => JSON.stringify(v)).join(', ') });
      return at('invalid', { detail: issue.message });
    }
    case 'invalid_format':
      // The one pattern the schema checks: a colour.
      if (issue.format === 'regex' && issue.pattern === String(COLOUR_PATTERN)) return at('colour');
      return at('invalid', { detail: issue.message });
    default:
      // zod's own words for the rarer checks (a format, a pattern) are kept as a detail.
      return at('invalid', { detail: issue.message });
  }
}

/** "Step 3 ("Pay")" and "Flow 2 ("retry")" as data (see describePath). */
const named = (item: string, index: number, name: string): PathPart =>
  name ? { item, n: index + 1, name: name.slice(0, 60) } : { item, n: index + 1 };

/** Every flow joins existing steps, every step sits in an existing stage and lane, ids are unique. */
export function checkIntegrity(project: Project): FileProblem[] {
  const problems = checkJourney(project);
  // Every other journey state (format 4) obeys the same rules within itself.
  for (const state of project.states?.others ?? []) problems.push(...checkJourney(state));
  return problems;
}

function checkJourney(project: Pick<Project, 'stages' | 'lanes' | 'steps' | 'flows'>): FileProblem[] {
  const problems: FileProblem[] = [];
  const report = (code: string, id: string, where: PathPart) =>
    problems.push(problem(`reader.integrity.${code}`, { id }, [where]));
  const stageIds = new Set<string>();
  project.stages.forEach((s, i) => {
    // A stage is known by its name; its place in the list is data the message may leave out.
    if (stageIds.has(s.id)) report('idTwice', s.id, named('stages', i, s.name));
    stageIds.add(s.id);
  });
  const laneIds = new Set(project.lanes.map((l) => l.id));
  const stepIds = new Set<string>();
  project.steps.forEach((step, i) => {
    const where = named('steps', i, step.title);
    if (stepIds.has(step.id)) report('idTwice', step.id, where);
    stepIds.add(step.id);
    if (!stageIds.has(step.stageId)) report('noStage', step.stageId, where);
    if (step.laneId !== undefined && !laneIds.has(step.laneId)) report('noLane', step.laneId, where);
  });
  const flowIds = new Set<string>();
  project.flows.forEach((flow, i) => {
    const where = named('flows', i, flow.label);
    if (flowIds.has(flow.id)) report('idTwice', flow.id, where);
    flowIds.add(flow.id);
    if (!stepIds.has(flow.from)) report('noFromStep', flow.from, where);
    if (!stepIds.has(flow.to)) report('noToStep', flow.to, where);
  });
  return problems;
}

/**
 * Every SERVQUAL score lies on the project's own scale (a 6.5 in a 1-5 project is refused),
 * each named by its step, dimension and E or P.
 */
export function checkServqualScale(project: Project): FileProblem[] {
  return scoresOutsideScale(project).map((s) =>
    problem(
      'evidence.outsideScale',
      { value: s.value, scale: project.servqualScale, dimension: s.dimension, field: s.field },
      [named('steps', s.stepIndex, s.title)],
    ),
  );
}

/**
 * The one way a document enters the app: migrate, validate, check integrity, repair comments.
 * Unknown keys (including `__proto__` and `constructor`) are dropped by the schema.
 */
export function parseProject(input: unknown): ParseResult {
  if (!isRecord(input)) return { ok: false, problems: [problem('reader.project.notProject')] };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  // reportInput: without it zod leaves `issue.input` undefined and every wrong type would read "is missing".
  const result = projectSchema.safeParse(migrated.doc, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.slice(0, 20).map((issue) => formatIssue(issue, migrated.doc));
    const more = result.error.issues.length - 20;
    if (more > 0) problems.push(problem('reader.project.more', { count: more }));
    return { ok: false, problems };
  }
  const integrity = checkIntegrity(result.data);
  if (integrity.length) return { ok: false, problems: integrity.slice(0, 20) };
  const offScale = checkServqualScale(result.data);
  if (offScale.length) return { ok: false, problems: offScale.slice(0, 20) };
  // Comments are repaired, never refused: a comment's text is not lost to a repeated id.
  const project = repairComments(result.data);
  return migrated.fromVersion < project.schemaVersion
    ? { ok: true, project, migratedFrom: migrated.fromVersion }
    : { ok: true, project };
}
