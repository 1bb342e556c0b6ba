// @vitest-environment node
/**
 * Every format version ever written stays readable: a frozen file of each version
 * lives in test/fixtures/v<N>/ and must open, without loss, in the current app.
 * Fixtures are never regenerated; a new format version adds a new folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deserializeProject, serializeProject } from '../../../shared/formats/touchmapFile';
import {
  DEFAULT_ROWS,
  MIGRATIONS,
  ROW_KINDS,
  SCHEMA_VERSION,
  journeyRows,
  migrate,
  SERVQUAL_DIMENSIONS,
  parseProject,
  servqualScores,
  shownRows,
} from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { problemText } from '../../../shared/formats/problems';
import { translator } from '../../../shared/i18n/translator';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

interface Fixture {
  version: number;
  name: string;
  text: string;
  json: Record<string, unknown>;
}

function fixturesOf(version: number): Fixture[] {
  const dir = join(FIXTURES, `v${version}`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.touchmap'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { version, name, text, json: JSON.parse(text) as Record<string, unknown> };
    });
}

const VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);
const ALL = VERSIONS.flatMap(fixturesOf);

/**
 * The document minus the keys a migration is allowed to add or restamp: the version, its
 * writer, (for a file older than format 3, which had none) the journey-map rows and (older
 * than format 4) the SERVQUAL scale.
 */
function withoutVersionKeys(
  doc: Record<string, unknown>,
  fromVersion: number = SCHEMA_VERSION,
): Record<string, unknown> {
  const { schemaVersion: _v, writtenBy: _w, ...rest } = doc;
  if (fromVersion < 3) delete rest.rows;
  if (fromVersion < 4) delete rest.servqualScale;
  return rest;
}

describe('frozen fixtures', () => {
  it.each(VERSIONS)('has at least one fixture of format version %i, stamped with that version', (version) => {
    const fixtures = fixturesOf(version);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(fixture.json.schemaVersion).toBe(version);
  });

  it('holds a real map: stages, lanes, flows, personas and several annotated contact moments', () => {
    for (const { json } of ALL) {
      const steps = json.steps as { moment?: { risk: { likelihood: number | null } } }[];
      const moments = steps.filter((step) => step.moment);
      expect(moments.length).toBeGreaterThanOrEqual(5);
      expect(moments.filter((step) => step.moment?.risk.likelihood !== null).length).toBeGreaterThanOrEqual(3);
      for (const key of ['stages', 'lanes', 'flows', 'personas'])
        expect((json[key] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it.each(ALL.map((f) => [`v${f.version}/${f.name}`, f] as const))('%s opens with no errors', (_label, fixture) => {
    const result = deserializeProject(fixture.text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.migratedFrom).toBe(fixture.version < SCHEMA_VERSION ? fixture.version : undefined);
  });

  it('a current-version fixture saves back to the very same bytes', () => {
    for (const fixture of fixturesOf(SCHEMA_VERSION)) {
      const result = deserializeProject(fixture.text);
      expect(result.ok && serializeProject(result.project)).toBe(fixture.text);
    }
  });
});

describe('format 1 -> 2', () => {
  const [v1] = fixturesOf(1);

  it('keeps every field of the version 1 file, equal, and adds only writtenBy (and, on to format 3, the rows)', () => {
    const result = parseProject(structuredClone(v1.json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const migrated = result.project as unknown as Record<string, unknown>;
    expect(withoutVersionKeys(migrated, 1)).toStrictEqual(withoutVersionKeys(v1.json, 1));
    expect(Object.keys(migrated).sort()).toEqual(
      [...Object.keys(v1.json), 'writtenBy', 'rows', 'servqualScale'].sort(),
    );
    // Format 1 did not record its writer; the migration says so rather than guessing.
    expect(result.project.writtenBy).toEqual({ app: 'Touchmap', version: 'unknown' });
  });

  it('saves as the current version, and what it saves holds the whole version 1 document', () => {
    const opened = deserializeProject(v1.text);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const saved = serializeProject(opened.project);
    expect(saved).toMatch(new RegExp(`^ {2}"schemaVersion": ${SCHEMA_VERSION},$`, 'm'));
    expect(saved.endsWith('}\n')).toBe(true);
    const onDisk = JSON.parse(saved) as Record<string, unknown>;
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(withoutVersionKeys(onDisk, 1)).toStrictEqual(withoutVersionKeys(v1.json, 1));

    const reopened = deserializeProject(saved);
    expect(reopened.ok && reopened.migratedFrom).toBeUndefined();
    expect(reopened.ok && reopened.project).toStrictEqual(opened.project);
  });

  it('does not touch the document it migrates', () => {
    const input = structuredClone(v1.json);
    migrate(input);
    expect(input).toStrictEqual(v1.json);
  });

  it('replaces whatever a version 1 file carried under writtenBy (the key was unknown then)', () => {
    const result = parseProject({ ...structuredClone(v1.json), writtenBy: { app: 'Forged', version: '9' } });
    expect(result.ok && result.project.writtenBy).toEqual({ app: 'Touchmap', version: 'unknown' });
  });

  it('a version 2 file without writtenBy is refused, naming the field', () => {
    const { writtenBy: _w, ...rest } = fixturesOf(2)[0].json;
    const result = parseProject(rest);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => problemText(p, translator('en'))).join(' ')).toMatch(
      /written ?by: is missing/i,
    );
  });
});

describe('every later version opens every earlier fixture', () => {
  // Each target version from the fixture's own up to the current one: the chain reaches every link.
  const pairs = ALL.flatMap((fixture) =>
    VERSIONS.filter((target) => target >= fixture.version).map((target) => [fixture, target] as const),
  );
  it.each(pairs.map(([f, t]) => [`v${f.version}/${f.name}`, t, f] as const))(
    '%s migrates to format %i',
    (_label, target, fixture) => {
      const result = migrate(structuredClone(fixture.json), MIGRATIONS, target);
      expect(result.ok && result.doc.schemaVersion).toBe(target);
      expect(result.ok && result.fromVersion).toBe(fixture.version);
      // Content survives every step of the chain.
      expect(result.ok && withoutVersionKeys(result.doc, fixture.version)).toStrictEqual(
        withoutVersionKeys(fixture.json, fixture.version),
      );
    },
  );
});

describe('format 2 -> 3', () => {
  const [v2] = fixturesOf(2);
  const [v3] = fixturesOf(3);

  it('writes out the default journey-map rows and keeps everything else, with no thoughts invented', () => {
    const result = parseProject(structuredClone(v2.json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migratedFrom).toBe(2);
    expect(result.project.rows).toEqual(DEFAULT_ROWS);
    expect(result.project.steps.some((s) => s.thoughts !== undefined)).toBe(false);
    const migrated = result.project as unknown as Record<string, unknown>;
    expect(Object.keys(migrated).sort()).toEqual([...Object.keys(v2.json), 'rows', 'servqualScale'].sort());
    expect(withoutVersionKeys(migrated, 2)).toStrictEqual(withoutVersionKeys(v2.json, 2));
  });

  it('a version 3 file keeps its own row order, hidden rows and thoughts', () => {
    const result = parseProject(structuredClone(v3.json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(shownRows(result.project)).toEqual([
      'emotion',
      'thoughts',
      'painPoints',
      'opportunities',
      'touchpoint',
      'senses',
      'waitTime',
    ]);
    const queue = result.project.steps.find((s) => s.id === 'sm-queue');
    expect(queue?.thoughts).toEqual(['This queue is not moving.', 'Should I try the self-checkout?']);
  });

  it('reads a row list that names a kind twice or leaves kinds out: first mention wins, the rest hidden', () => {
    const json = {
      ...structuredClone(v3.json),
      rows: [
        { kind: 'risk', shown: true },
        { kind: 'risk', shown: false },
      ],
    };
    const result = parseProject(json);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const rows = journeyRows(result.project);
    expect(rows).toHaveLength(ROW_KINDS.length);
    expect(rows[0]).toEqual({ kind: 'risk', shown: true });
    expect(shownRows(result.project)).toEqual(['risk']);
  });

  it('refuses a row of a kind it does not know, naming the rows', () => {
    const result = parseProject({ ...structuredClone(v3.json), rows: [{ kind: 'mood', shown: true }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => problemText(p, translator('en'))).join(' ')).toMatch(/rows/i);
  });
});

describe('format 3 -> 4', () => {
  const olderFixtures = ALL.filter((f) => f.version < 4);
  const v4 = fixturesOf(4).find((f) => f.name === 'supermarket.touchmap')!;

  it.each(olderFixtures.map((f) => [`v${f.version}/${f.name}`, f] as const))(
    '%s gets the 1-7 scale and keeps every score exactly as it was',
    (_label, fixture) => {
      const result = parseProject(structuredClone(fixture.json));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.project.servqualScale).toBe(7);
      const before = servqualScores(fixture.json as unknown as Project);
      expect(before.length).toBeGreaterThan(5);
      expect(servqualScores(result.project)).toEqual(before);
      // No entry gains a respondents count it never had.
      const entries = result.project.steps.flatMap((step) =>
        step.moment ? SERVQUAL_DIMENSIONS.map((dim) => step.moment!.servqual[dim]) : [],
      );
      expect(entries.filter((entry) => 'respondents' in entry)).toEqual([]);
    },
  );

  it('a version 4 file keeps its 1-5 scale, decimal means at full precision and respondents', () => {
    const result = parseProject(structuredClone(v4.json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.project.servqualScale).toBe(5);
    const queue = result.project.steps.find((s) => s.id === 'sm-queue');
    expect(queue?.moment?.servqual.responsiveness).toEqual({ expectation: 4.21, perception: 3.87, respondents: 150 });
    expect(queue?.moment?.servqual.evidence).toBe('measured');
    const parking = result.project.steps.find((s) => s.id === 'sm-parking');
    expect(parking?.moment?.servqual.tangibles.perception).toBe(1 + (2 * 4) / 6);
  });

  it('a version 3 file is on 1-7 whatever it carried under servqualScale (the key was unknown then)', () => {
    const [v3] = fixturesOf(3);
    const result = parseProject({ ...structuredClone(v3.json), servqualScale: 5 });
    expect(result.ok && result.project.servqualScale).toBe(7);
  });
});

describe('format 4 -> 5', () => {
  const olderFixtures = ALL.filter((f) => f.version < 5);
  const [v5] = fixturesOf(5);

  it.each(olderFixtures.map((f) => [`v${f.version}/${f.name}`, f] as const))(
    '%s opens with no comments and nothing else changed by the step to 5',
    (_label, fixture) => {
      const to4 = migrate(structuredClone(fixture.json), MIGRATIONS, 4);
      const to5 = migrate(structuredClone(fixture.json), MIGRATIONS, 5);
      if (!to4.ok || !to5.ok) throw new Error('migration failed');
      const { schemaVersion: _a, ...rest4 } = to4.doc;
      const { schemaVersion: _b, ...rest5 } = to5.doc;
      expect(rest5).toStrictEqual(rest4);
      const result = parseProject(structuredClone(fixture.json));
      expect(result.ok && result.project.comments).toBeUndefined();
    },
  );

  it('a version 4 file gains no comments from a key format 4 did not know', () => {
    const [v4] = fixturesOf(4);
    const stray = [
      {
        id: 'c',
        target: { kind: 'step', id: 'sm-queue' },
        author: { name: 'X', colour: '#123456' },
        createdAt: '2026-01-01T00:00:00.000Z',
        text: 'hi',
        replies: [],
        resolved: false,
      },
    ];
    const result = parseProject({ ...structuredClone(v4.json), comments: stray, votingRounds: [] });
    expect(result.ok && result.project.comments).toBeUndefined();
    expect(result.ok && 'votingRounds' in result.project).toBe(false);
  });

  it('a version 5 file keeps its comments, threads, resolution and a comment whose step is gone', () => {
    const result = parseProject(structuredClone(v5.json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const comments = result.project.comments ?? [];
    expect(comments.map((c) => [c.id, c.target.kind, c.resolved])).toEqual([
      ['cm-queue', 'step', false],
      ['cm-flow', 'flow', true],
      ['cm-stage', 'stage', false],
      ['cm-gone', 'step', false],
    ]);
    expect(comments[0]?.replies[0]?.author).toEqual({ name: '李明', colour: '#b3261e' });
    expect(comments[1]?.resolvedBy?.name).toBe('Ana Kovács');
    // The removed step's comment is kept: its target is not in the map.
    expect(result.project.steps.some((s) => s.id === 'sm-coupon')).toBe(false);
  });
});
