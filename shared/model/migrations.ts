/**
 * The migration chain. Each entry lifts a document from version `from` to `from + 1`.
 * Migrations are pure and run on plain JSON before validation, so every file
 * ever written stays readable. A migration never drops or rewrites what the
 * older file holds; it only adds or reshapes, so an old file opens without loss.
 * docs/FORMAT.md lists every version and what changed.
 */
import { SCHEMA_VERSION } from './schema';
import { defaultRows } from './rows';
import { problem } from '../formats/problems';
import type { FileProblem } from '../formats/problems';

export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** What a format-1 file is said to be written by: format 1 did not record it. */
export const UNKNOWN_WRITER = { app: 'Touchmap', version: 'unknown' } as const;

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'Record which app wrote the file (`writtenBy`); format 1 files did not, so the version is "unknown".',
    up: (doc) => ({ ...doc, writtenBy: { ...UNKNOWN_WRITER } }),
  },
  {
    from: 2,
    describe:
      'Journey-map rows (`rows`) and per-step thoughts (`thoughts`). A format 2 file gets the default rows written out; its steps have no thoughts yet, so they carry none.',
    up: (doc) => ({ ...doc, rows: defaultRows() }),
  },
  {
    from: 3,
    describe:
      'SERVQUAL as measured: the project chooses its answer scale (`servqualScale`, 1-5 or 1-7), scores may be decimal means, and an entry may say over how many respondents (`respondents`). Every earlier file scored on 1-7, so it gets `servqualScale: 7`; its whole-number scores stay as they are.',
    up: (doc) => ({ ...doc, servqualScale: 7 }),
  },
  {
    from: 4,
    describe:
      'Workshops: comments pinned to steps, flows and stages (`comments`) and the other optional fields of format 5. A format 4 file has none of them and is otherwise taken as it is; a `comments` or `votingRounds` key it carries (unknown to format 4, whose reader dropped it) is dropped, not read as format 5.',
    up: ({ comments: _c, votingRounds: _v, ...doc }) => doc,
  },
];

export type MigrateResult =
  { ok: true; doc: Record<string, unknown>; fromVersion: number } | { ok: false; problem: FileProblem };

export function migrate(
  input: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrateResult {
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: problem('reader.project.noVersion') };
  }
  if (version > target) {
    return { ok: false, problem: problem('reader.project.newer', { version, max: target }) };
  }
  let doc = input;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, problem: problem('reader.project.noMigration', { version: v }) };
    doc = { ...step.up(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, fromVersion: version };
}
