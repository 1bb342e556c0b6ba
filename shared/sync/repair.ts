/**
 * Turning a merged Y.Doc state into a valid Project, the same way on every peer.
 *
 * Two valid concurrent edits can merge into an invalid document: a step deleted while
 * someone draws a flow to it, a stage removed while someone adds a step to it, a scale
 * changed while someone types a score. Every peer applies the same deterministic repair
 * (it depends only on the merged state), so peers still converge, and the repairs are
 * returned so the UI can tell the user. The doc itself is not rewritten: a repair is a view.
 */
import type { z } from 'zod';
import {
  blankProject,
  parseProject,
  projectSchema,
  SCHEMA_VERSION,
  scoresOutsideScale,
  SERVQUAL_DIMENSIONS,
} from '../model';
import type { Project } from '../model/types';
import { isPlainObject } from './encode';

/**
 * One repair, named by kind and by the id of what it touched:
 * - `flowDropped`: a flow whose step is gone (deleted concurrently) is dropped;
 * - `stepRehomed`: a step whose stage or lane is gone moved to the first stage or lane;
 * - `stepDropped`: a step with no stage left at all is dropped;
 * - `valueClamped`: a number or text outside the format's bounds was brought within them;
 * - `itemDropped`: a record (step, metric...) the format refuses was dropped;
 * - `fieldReset` / `fieldDropped`: a project field the format refuses was reset to its default or left out.
 */
export interface Repair {
  kind: string;
  id: string;
}

type Rec = Record<string, unknown>;
const MAX_ROUNDS = 12;

/** The valid project a merged state stands for, and what had to be repaired. */
export function repairProject(raw: Rec): { project: Project; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const seen = new Set<string>();
  const report = (kind: string, id: string) => {
    const k = `${kind}\u0000${id}`;
    if (seen.has(k)) return;
    seen.add(k);
    repairs.push({ kind, id });
  };
  if (raw.schemaVersion !== SCHEMA_VERSION) {
    raw.schemaVersion = SCHEMA_VERSION;
    report('fieldReset', 'schemaVersion');
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    repairIntegrity(raw, report);
    repairScale(raw, report);
    const parsed = parseProject(raw);
    if (parsed.ok) return { project: parsed.project, repairs };
    const result = projectSchema.safeParse(raw);
    if (result.success) {
      // Only the other journey states' integrity can fail here: they travel as one value.
      if (raw.states !== undefined) {
        delete raw.states;
        report('fieldDropped', 'states');
        continue;
      }
      break;
    }
    fixIssues(raw, result.error.issues, report);
  }
  // Not reached by any state a peer can produce with the app; a hostile doc ends here.
  const fallback = blankProject({ id: 'workshop', name: 'Workshop', now: new Date(0).toISOString() });
  report('fieldReset', 'project');
  return { project: fallback, repairs };
}

function repairIntegrity(raw: Rec, report: (kind: string, id: string) => void): void {
  const list = (key: string): Rec[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter(isPlainObject) : []);
  const stages = list('stages');
  const lanes = list('lanes');
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  if (Array.isArray(raw.steps)) {
    const steps: unknown[] = [];
    for (const step of raw.steps as unknown[]) {
      if (!isPlainObject(step)) {
        steps.push(step);
        continue;
      }
      if (!stageIds.has(step.stageId)) {
        if (stages.length === 0) {
          report('stepDropped', String(step.id));
          continue;
        }
        step.stageId = stages[0].id;
        report('stepRehomed', String(step.id));
      }
      if (step.laneId !== undefined && !laneIds.has(step.laneId)) {
        if (lanes.length > 0) step.laneId = lanes[0].id;
        else delete step.laneId;
        report('stepRehomed', String(step.id));
      }
      steps.push(step);
    }
    raw.steps = steps;
  }
  if (Array.isArray(raw.flows)) {
    const stepIds = new Set(list('steps').map((s) => s.id));
    raw.flows = (raw.flows as unknown[]).filter((flow) => {
      if (!isPlainObject(flow) || (stepIds.has(flow.from) && stepIds.has(flow.to))) return true;
      report('flowDropped', String(flow.id));
      return false;
    });
  }
}

/** Scores outside the project's scale (the scale changed while someone typed a score) are clamped onto it. */
function repairScale(raw: Rec, report: (kind: string, id: string) => void): void {
  const scale = raw.servqualScale;
  if ((scale !== 5 && scale !== 7) || !Array.isArray(raw.steps)) return;
  const steps = (raw.steps as unknown[]).filter(
    (s): s is Project['steps'][number] =>
      isPlainObject(s) &&
      (s.moment === undefined ||
        (isPlainObject(s.moment) &&
          isPlainObject(s.moment.servqual) &&
          SERVQUAL_DIMENSIONS.every((d) => isPlainObject((s.moment as Rec & { servqual: Rec }).servqual[d])))),
  );
  for (const at of scoresOutsideScale({ steps, servqualScale: scale })) {
    const entry = steps[at.stepIndex].moment!.servqual[at.dimension];
    if (typeof at.value !== 'number' || !Number.isFinite(at.value)) continue;
    entry[at.field] = Math.min(scale, Math.max(1, at.value));
    report('valueClamped', at.stepId);
  }
}

/** The id of the nearest record along a path (the step a metric's bad value sits in). */
function ownerId(raw: Rec, path: readonly PropertyKey[]): string {
  let cursor: unknown = raw;
  let id = String(path[0] ?? 'project');
  for (const key of path) {
    if (!isPlainObject(cursor) && !Array.isArray(cursor)) break;
    cursor = (cursor as Record<PropertyKey, unknown>)[key as string];
    if (isPlainObject(cursor) && typeof cursor.id === 'string') id = cursor.id;
  }
  return id;
}

function resolve(raw: Rec, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = raw;
  for (const key of path) {
    if (!isPlainObject(cursor) && !Array.isArray(cursor)) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key as string];
  }
  return cursor;
}

function fixIssues(raw: Rec, issues: readonly z.core.$ZodIssue[], report: (kind: string, id: string) => void): void {
  const defaults = blankProject({ id: 'x', name: 'x', now: '' }) as Rec;
  /** Array items to drop, spliced last (highest index first) so the others' indexes hold. */
  const drops = new Map<unknown[], Set<number>>();
  const remove = (path: readonly PropertyKey[]) => {
    if (path.length === 0) return;
    const key = path[path.length - 1];
    if (path.length === 1) {
      const name = String(key);
      if (Object.hasOwn(defaults, name) && name !== 'id' && name !== 'name') {
        raw[name] = structuredClone(defaults[name]);
        report('fieldReset', name);
      } else if (name === 'id') {
        raw.id = 'workshop';
        report('fieldReset', name);
      } else if (name === 'name') {
        raw.name = 'Workshop';
        report('fieldReset', name);
      } else {
        delete raw[name];
        report('fieldDropped', name);
      }
      return;
    }
    const parent = resolve(raw, path.slice(0, -1));
    if (Array.isArray(parent) && typeof key === 'number') {
      const set = drops.get(parent) ?? new Set<number>();
      set.add(key);
      drops.set(parent, set);
      report('itemDropped', ownerId(raw, path));
    } else if (isPlainObject(parent)) {
      // A wrong optional field goes; a required one comes back as "missing" and its record goes next round.
      delete parent[String(key)];
      report('itemDropped', ownerId(raw, path));
    }
  };
  for (const issue of issues) {
    const path = issue.path;
    const value = resolve(raw, path);
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
      const parent = resolve(raw, path.slice(0, -1));
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (typeof value === 'number' && Number.isFinite(bound) && (isPlainObject(parent) || Array.isArray(parent))) {
        (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as string] =
          issue.code === 'too_small' ? Math.ceil(bound) : Math.floor(bound);
        report('valueClamped', ownerId(raw, path));
        continue;
      }
    }
    if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
      const parent = resolve(raw, path.slice(0, -1));
      if ((typeof value === 'string' || Array.isArray(value)) && (isPlainObject(parent) || Array.isArray(parent))) {
        (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as string] = value.slice(
          0,
          Number(issue.maximum),
        );
        report('valueClamped', ownerId(raw, path));
        continue;
      }
    }
    if (issue.code === 'invalid_type' && value === undefined && path.length > 1) remove(path.slice(0, -1));
    else remove(path);
  }
  for (const [array, indexes] of drops) {
    for (const i of [...indexes].sort((a, b) => b - a)) array.splice(i, 1);
  }
}
