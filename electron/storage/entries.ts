/**
 * Small helpers around library index entries and the paths they record.
 */
import { relative, isAbsolute, resolve } from 'node:path';
import type { ProjectSummary } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import type { IndexEntry } from './libraryStore';
import { formatNumber } from '../../shared/i18n/format';
import { mainLanguage, mt } from '../language';

/** The index fields that come from the document itself. */
export function indexFields(project: Project, file: string): IndexEntry {
  return { id: project.id, name: project.name, updatedAt: project.updatedAt, file, stepCount: project.steps.length };
}

export function toSummary(entry: IndexEntry): ProjectSummary {
  return { id: entry.id, name: entry.name, updatedAt: entry.updatedAt, stepCount: entry.stepCount, file: entry.file };
}

/** File systems that ignore case by default (Windows, macOS) see `A.touchmap` and `a.touchmap` as one file. */
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

function key(path: string): string {
  const full = resolve(path);
  return CASE_INSENSITIVE ? full.toLowerCase() : full;
}

/** Whether two paths name the same file (after resolving; ignoring case where the system does). */
export function samePath(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** Whether `path` is `folder` itself or anywhere below it. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(key(folder), key(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A size in megabytes with one decimal, as the size-cap messages say it. */
export function describeSize(bytes: number): string {
  const value = formatNumber(mainLanguage(), bytes / (1024 * 1024), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return mt('storage.file.megabytes', { value });
}

/** Why a file could not be read, with the path when the reason is that it is gone. */
export function describeMissing(outcome: { reason: string; missing: boolean }, file: string): string {
  return outcome.missing ? mt('storage.file.notThere', { file }) : outcome.reason;
}

/**
 * `name`, or if the library already lists a project by that name, the first free
 * `name (2)`, `name (3)`, … (a trailing number is counted on, not repeated), within 200 characters.
 *
 * @example
 * distinctName('Checkout', ['Checkout', 'Checkout (2)']) // 'Checkout (3)'
 */
export function distinctName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 200 - suffix.length).trimEnd()}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}
