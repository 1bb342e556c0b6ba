import type { z } from 'zod';
import { migrate } from './migrations';
import { projectSchema } from './schema';
import type { Project } from './types';

export type ParseResult = { ok: true; project: Project; migratedFrom?: number } | { ok: false; errors: string[] };

const FIELD_NAMES: Record<string, string> = {
  likelihood: 'risk likelihood',
  impact: 'risk impact',
  expectation: 'expectation',
  perception: 'perception',
  stageId: 'stage',
  laneId: 'lane',
  momentOfTruth: 'moment of truth',
  waitSeconds: 'wait time',
  schemaVersion: 'format version',
  painPoints: 'pain points',
  opportunities: 'opportunities',
};

/** What one item of each named list is called in a message. */
const LIST_NOUNS: Record<string, string> = {
  steps: 'Step',
  stages: 'Stage',
  lanes: 'Lane',
  flows: 'Flow',
  personas: 'Persona',
  measures: 'Measure',
};

/** Readable names for the types zod reports, so no message says "a array". */
const TYPE_NAMES: Record<string, string> = { int: 'a whole number', array: 'a list', object: 'a group of fields' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Describe where an issue sits in words a manager understands: "Step 3 (\"Pay\"), risk likelihood". */
function describePath(path: readonly PropertyKey[], input: Record<string, unknown>): string {
  const parts: string[] = [];
  let cursor: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = isRecord(cursor) || Array.isArray(cursor) ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const parentKey = String(path[i - 1] ?? '');
      const known = LIST_NOUNS[parentKey];
      const noun = known ?? 'Item';
      const name = isRecord(next) ? (next.title ?? next.name ?? next.text) : undefined;
      // "Step 3" replaces "steps"; an unnamed list ("pain points") keeps its name so "Item 2" has context.
      if (known) parts.pop();
      parts.push(
        typeof name === 'string' && name ? `${noun} ${key + 1} ("${name.slice(0, 60)}")` : `${noun} ${key + 1}`,
      );
    } else if (typeof key === 'string') {
      if (['moment', 'risk', 'servqual', 'senses', 'standard'].includes(key) && i < path.length - 1) {
        // "risk likelihood" already says "risk": naming the group as well would read "risk, risk likelihood".
        const nextName = FIELD_NAMES[String(path[i + 1])] ?? '';
        if (key !== 'moment' && !nextName.startsWith(key)) parts.push(key === 'servqual' ? 'SERVQUAL' : key);
      } else {
        parts.push(FIELD_NAMES[key] ?? key);
      }
    }
    cursor = next;
  }
  return parts.join(', ') || 'The project';
}

function formatIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>): string {
  const where = describePath(issue.path, input);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return `${where}: must be at least ${String(issue.minimum)}.`;
      if (issue.origin === 'string') return `${where}: must not be empty.`;
      return `${where}: too few items.`;
    case 'too_big':
      if (issue.origin === 'number') return `${where}: must be at most ${String(issue.maximum)}.`;
      if (issue.origin === 'string') return `${where}: text is too long (at most ${String(issue.maximum)} characters).`;
      return `${where}: too many items (at most ${String(issue.maximum)}).`;
    case 'invalid_type':
      return `${where}: ${issue.input === undefined ? 'is missing' : `must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}`}.`;
    case 'invalid_value':
      return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union': {
      // A union of literals (sense valence -1/0/+1): list the allowed values instead of zod's "Invalid input".
      const allowed = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values : []));
      if (allowed.length) return `${where}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`;
      return `${where}: ${issue.message}.`;
    }
    default:
      return `${where}: ${issue.message}.`;
  }
}

/** Every flow joins existing steps, every step sits in an existing stage and lane, ids are unique. */
export function checkIntegrity(project: Project): string[] {
  const errors: string[] = [];
  const stageIds = new Set<string>();
  for (const s of project.stages) {
    if (stageIds.has(s.id)) errors.push(`Stage "${s.name}": the id "${s.id}" is used twice.`);
    stageIds.add(s.id);
  }
  const laneIds = new Set(project.lanes.map((l) => l.id));
  const stepIds = new Set<string>();
  project.steps.forEach((step, i) => {
    const name = `Step ${i + 1} ("${step.title.slice(0, 60)}")`;
    if (stepIds.has(step.id)) errors.push(`${name}: the id "${step.id}" is used twice.`);
    stepIds.add(step.id);
    if (!stageIds.has(step.stageId)) errors.push(`${name}: its stage "${step.stageId}" does not exist.`);
    if (step.laneId !== undefined && !laneIds.has(step.laneId))
      errors.push(`${name}: its lane "${step.laneId}" does not exist.`);
  });
  const flowIds = new Set<string>();
  project.flows.forEach((flow, i) => {
    const name = `Flow ${i + 1}${flow.label ? ` ("${flow.label.slice(0, 60)}")` : ''}`;
    if (flowIds.has(flow.id)) errors.push(`${name}: the id "${flow.id}" is used twice.`);
    flowIds.add(flow.id);
    if (!stepIds.has(flow.from)) errors.push(`${name}: starts at a step that does not exist ("${flow.from}").`);
    if (!stepIds.has(flow.to)) errors.push(`${name}: leads to a step that does not exist ("${flow.to}").`);
  });
  return errors;
}

/**
 * The one way a document enters the app: migrate, validate, check integrity.
 * Unknown keys (including `__proto__` and `constructor`) are dropped by the schema.
 */
export function parseProject(input: unknown): ParseResult {
  if (!isRecord(input)) return { ok: false, errors: ['The file does not contain a Touchmap project.'] };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  // reportInput: without it zod leaves `issue.input` undefined and every wrong type would read "is missing".
  const result = projectSchema.safeParse(migrated.doc, { reportInput: true });
  if (!result.success) {
    const errors = result.error.issues.slice(0, 20).map((issue) => formatIssue(issue, migrated.doc));
    if (result.error.issues.length > 20) errors.push(`...and ${result.error.issues.length - 20} more problems.`);
    return { ok: false, errors };
  }
  const integrity = checkIntegrity(result.data);
  if (integrity.length) return { ok: false, errors: integrity.slice(0, 20) };
  return migrated.fromVersion < result.data.schemaVersion
    ? { ok: true, project: result.data, migratedFrom: migrated.fromVersion }
    : { ok: true, project: result.data };
}
