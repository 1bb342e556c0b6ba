/**
 * The migration chain. Each entry lifts a document from version `from` to `from + 1`.
 * Migrations are pure and run on plain JSON before validation, so every file
 * ever written stays readable. Version 1 is the first: the chain is empty but wired.
 */
import { SCHEMA_VERSION } from './schema';

export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult =
  { ok: true; doc: Record<string, unknown>; fromVersion: number } | { ok: false; error: string };

export function migrate(
  input: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrateResult {
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The file has no valid schema version: it is not a Touchmap project.' };
  }
  if (version > target) {
    return {
      ok: false,
      error: `The file was written by a newer Touchmap (format version ${version}; this app reads up to ${target}). Update Touchmap to open it.`,
    };
  }
  let doc = input;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: `No migration from format version ${v}.` };
    doc = { ...step.up(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, fromVersion: version };
}
