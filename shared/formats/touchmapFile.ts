/**
 * The `.touchmap` file format: the project document as pretty JSON with a
 * stable key order and a trailing newline, so saving an unchanged project
 * gives the same bytes and a diff between two versions shows only what changed.
 */
import { parseProject } from '../model/parse';
import type { ParseResult } from '../model/parse';
import type { Project } from '../model/types';
import { problem } from './problems';

/** Rebuild plain objects with their keys sorted; arrays keep their order (it carries meaning). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    // Object.fromEntries defines own properties, so even a `__proto__` key stays plain data.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Serialise a project for disk.
 *
 * @example
 * serializeProject(project) // '{\n  "createdAt": "...",\n  ...\n}\n'
 */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(sortKeys(project), null, 2)}\n`;
}

/**
 * Read a `.touchmap` file's text. Never throws: broken JSON, an empty file or
 * a document that fails the model's parse path come back as problems (codes and
 * parameters, see ./problems.ts).
 */
export function deserializeProject(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [problem('reader.file.empty')] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // The JSON parser's own account (where it stopped) is kept as a detail.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('reader.file.notJson', { detail })] };
  }
  return parseProject(data);
}
