import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../../shared/model';
import type { Migration } from '../../../shared/model';
import { inWords } from '../formats/problemWords';

/** A fake chain 1 -> 2 -> 3: each step records itself, and the second relies on the first's output. */
const toV2: Migration = {
  from: 1,
  describe: 'rename title to name',
  up: (doc) => {
    const { title, ...rest } = doc;
    return { ...rest, name: title, trail: [...((doc.trail as string[]) ?? []), 'v1->v2'] };
  },
};
const toV3: Migration = {
  from: 2,
  describe: 'upper-case the name',
  up: (doc) => ({ ...doc, name: String(doc.name).toUpperCase(), trail: [...(doc.trail as string[]), 'v2->v3'] }),
};

describe('migrate', () => {
  it('runs every migration from the file version up to the target, in order, stamping each version', () => {
    const input = { schemaVersion: 1, title: 'Supermarket' };
    const result = migrate(input, [toV2, toV3], 3);
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      doc: { schemaVersion: 3, name: 'SUPERMARKET', trail: ['v1->v2', 'v2->v3'] },
    });
    expect(input).toEqual({ schemaVersion: 1, title: 'Supermarket' });
  });

  it('orders by version, not by position in the list', () => {
    const result = migrate({ schemaVersion: 1, title: 'x' }, [toV3, toV2], 3);
    expect(result.ok && result.doc.trail).toEqual(['v1->v2', 'v2->v3']);
  });

  it('stamps the version even when a migration forgets to', () => {
    const seen: unknown[] = [];
    const spy: Migration = { from: 2, describe: 'spy', up: (doc) => (seen.push(doc.schemaVersion), { ...doc }) };
    const result = migrate({ schemaVersion: 1, title: 'x' }, [toV2, spy], 3);
    expect(seen).toEqual([2]);
    expect(result.ok && result.doc.schemaVersion).toBe(3);
  });

  it('starts from the file version, skipping migrations it does not need', () => {
    const result = migrate({ schemaVersion: 2, name: 'hotel', trail: [] }, [toV2, toV3], 3);
    expect(result).toEqual({ ok: true, fromVersion: 2, doc: { schemaVersion: 3, name: 'HOTEL', trail: ['v2->v3'] } });
  });

  it('returns a current document as it is', () => {
    const input = { schemaVersion: 3, name: 'n' };
    expect(migrate(input, [toV2, toV3], 3)).toEqual({ ok: true, fromVersion: 3, doc: input });
  });

  it('fails readably when a link of the chain is missing', () => {
    expect(migrate({ schemaVersion: 1, title: 'x' }, [toV3], 3)).toEqual({
      ok: false,
      problem: { code: 'reader.project.noMigration', params: { version: 1 } },
    });
  });

  it('refuses a document newer than the target', () => {
    const result = migrate({ schemaVersion: 4 }, [toV2, toV3], 3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toEqual({ code: 'reader.project.newer', params: { version: 4, max: 3 } });
    expect(!result.ok && inWords([result.problem])).toEqual([
      'The file was written by a newer Touchmap (format version 4; this app reads up to 3). Update Touchmap to open it.',
    ]);
  });

  it('refuses a document without a usable version', () => {
    for (const schemaVersion of [undefined, null, '2', 0, -1, 2.5, Number.NaN]) {
      expect(migrate({ schemaVersion }, [toV2, toV3], 3)).toEqual({
        ok: false,
        problem: { code: 'reader.project.noVersion' },
      });
    }
  });
});

describe('MIGRATIONS', () => {
  it('has exactly one migration for every version below the current one', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });
});
