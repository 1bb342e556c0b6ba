/**
 * Building blocks shared by the command handlers. Not exported from the package.
 *
 * A handler looks at the current document and either refuses the command (a
 * `RejectReason`) or returns a recipe that immer runs on a draft. Checking first
 * and mutating second keeps every refusal free of half-applied changes.
 */
import type { Draft } from 'immer';
import type { z } from 'zod';
import type { Project } from '../model/types';
import type { CommandOf, CommandType, RejectReason } from './types';

export type Recipe = (draft: Draft<Project>) => void;
export type Plan = Recipe | RejectReason;
export type Handler<T extends CommandType> = (project: Project, command: CommandOf<T>) => Plan;
export type Handlers = { [K in CommandType]: Handler<K> };

/** A recipe that changes nothing: the command was valid but had nothing to do. */
export const NOTHING: Recipe = () => {};

export function indexById(items: readonly { id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

/** Validate with a model schema; unknown keys are dropped, so nothing foreign enters the document. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * The `.max(n)` of an array schema, read from the schema itself so limits are written once.
 * A test pins the values, so a change in zod's internals cannot silently lift them.
 */
export function maxItems(schema: z.ZodArray): number {
  for (const check of schema._zod.def.checks ?? []) {
    const def: unknown = check._zod.def;
    if (isPlainObject(def) && def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return Number.POSITIVE_INFINITY;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `index` is a whole number in [0, length]. */
export function isIndexIn(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= length;
}

/** A copy of `items` with the item at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The entries of `changes` that were actually given (an `undefined` value means "leave alone"). */
export function given<T extends object>(changes: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    if (Object.hasOwn(changes, key) && changes[key] !== undefined) out[key] = changes[key];
  }
  return out;
}

/**
 * Remove items by predicate. The new array is built from the base document (not the
 * draft), so no drafts are created for the items that stay and the patch is one replace.
 */
export function without<T>(items: readonly T[], drop: (item: T) => boolean): T[] | null {
  const kept = items.filter((item) => !drop(item));
  return kept.length === items.length ? null : kept;
}

/** Steps and flows left after removing `stepIds`: flows touching a removed step go too. */
export function removeSteps(
  project: Project,
  stepIds: ReadonlySet<string>,
  flowIds: ReadonlySet<string> = new Set(),
): Recipe | null {
  const steps = without(project.steps, (s) => stepIds.has(s.id));
  const flows = without(project.flows, (f) => flowIds.has(f.id) || stepIds.has(f.from) || stepIds.has(f.to));
  if (!steps && !flows) return null;
  return (d) => {
    if (steps) d.steps = steps;
    if (flows) d.flows = flows;
  };
}
