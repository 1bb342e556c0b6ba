/**
 * The import path (`deserializeProject`: BOM, JSON, migrate, schema, integrity) under
 * generated hostile input: it never throws, never pollutes a prototype, and every
 * answer is either a valid project or readable errors. Valid projects survive
 * save -> load -> save byte for byte.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { deserializeProject, serializeProject } from '../../../shared/formats/touchmapFile';
import {
  SCHEMA_VERSION,
  CHANNELS,
  CUSTOMER_TYPES,
  EVIDENCE,
  FLOW_KINDS,
  ROW_KINDS,
  STEP_KINDS,
  checkIntegrity,
  projectSchema,
} from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { problemText } from '../../../shared/formats/problems';
import { translator } from '../../../shared/i18n/translator';

// ---- valid projects -------------------------------------------------------------------------

const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const label = fc.string({ unit: 'binary', maxLength: 24 });
const text = fc.string({ unit: 'binary', maxLength: 60 });
const date = fc
  .date({ noInvalidDate: true, min: new Date(0), max: new Date('2100-01-01') })
  .map((d) => d.toISOString());
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const scale = (max: number) => nullable(fc.integer({ min: 1, max }));
const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const weight = fc.double({ min: 0, max: 1, noNaN: true });
const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

const sense = fc.record({
  engaged: fc.boolean(),
  valence: fc.constantFrom(-1 as const, 0 as const, 1 as const),
  note: text,
});
/** A SERVQUAL mean (decimal since format 4) and, sometimes, its respondents. */
const mean = nullable(fc.double({ min: 1, max: 7, noNaN: true }));
const entry = fc.record(
  { expectation: mean, perception: mean, respondents: nullable(fc.integer({ min: 1, max: 10_000 })) },
  { requiredKeys: ['expectation', 'perception'] },
);

const moment = fc.record({
  momentOfTruth: fc.boolean(),
  channel: fc.constantFrom(...CHANNELS),
  actor: label,
  senses: fc.record({ sight: sense, hearing: sense, smell: sense, taste: sense, touch: sense }),
  risk: fc.record({ likelihood: scale(5), impact: scale(5), description: text, mitigation: text }),
  emotion: nullable(fc.integer({ min: -2, max: 2 })),
  servqual: fc.record({
    tangibles: entry,
    reliability: entry,
    responsiveness: entry,
    assurance: entry,
    empathy: entry,
    evidence: fc.constantFrom(...EVIDENCE),
  }),
  standard: fc.record({
    ordinary: text,
    quality: text,
    measures: fc.array(fc.record({ id, text: label, done: fc.boolean() }), { maxLength: 3 }),
  }),
  waitSeconds: nullable(fc.double({ min: 0, max: 1e7, noNaN: true })),
  painPoints: fc.array(label, { maxLength: 3 }),
  opportunities: fc.array(label, { maxLength: 3 }),
  notes: text,
});

/** A project whose steps sit in existing stages and lanes and whose flows join existing steps. */
function projectWith(maxSteps: number): fc.Arbitrary<Project> {
  return fc
    .record({
      stageIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
      laneIds: fc.uniqueArray(id, { maxLength: 3 }),
      stepIds: fc.uniqueArray(id, { maxLength: maxSteps }),
    })
    .chain(({ stageIds, laneIds, stepIds }) => {
      const step = (stepId: string) =>
        fc.record(
          {
            id: fc.constant(stepId),
            stageId: fc.constantFrom(...stageIds),
            laneId: laneIds.length ? fc.constantFrom(...laneIds) : fc.constant(undefined),
            title: label,
            description: text,
            kind: fc.constantFrom(...STEP_KINDS),
            position: fc.record({ x: coordinate, y: coordinate }),
            thoughts: fc.array(label, { maxLength: 3 }),
            moment,
          },
          { requiredKeys: ['id', 'stageId', 'title', 'description', 'kind', 'position'] },
        );
      const flow = stepIds.length
        ? fc.record({
            id,
            from: fc.constantFrom(...stepIds),
            to: fc.constantFrom(...stepIds),
            label,
            kind: fc.constantFrom(...FLOW_KINDS),
          })
        : null;
      return fc.record(
        {
          schemaVersion: fc.constant(SCHEMA_VERSION),
          writtenBy: fc.record({ app: label, version: label }),
          id,
          name: fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
          description: text,
          createdAt: date,
          updatedAt: date,
          stages: fc.tuple(
            ...stageIds.map((s) =>
              fc.record({ id: fc.constant(s), name: label, colour }, { requiredKeys: ['id', 'name'] }),
            ),
          ),
          lanes: fc.tuple(...laneIds.map((l) => fc.record({ id: fc.constant(l), name: label }))),
          steps: fc.tuple(...stepIds.map(step)),
          flows: flow ? fc.uniqueArray(flow, { selector: (f) => f.id, maxLength: 10 }) : fc.constant([]),
          personas: fc.array(
            fc.record({ id, name: label, customerType: fc.constantFrom(...CUSTOMER_TYPES), description: text }),
            {
              maxLength: 2,
            },
          ),
          servqualWeights: fc.record({
            tangibles: weight,
            reliability: weight,
            responsiveness: weight,
            assurance: weight,
            empathy: weight,
          }),
          servqualScale: fc.constant(7 as const),
          rows: fc.array(fc.record({ kind: fc.constantFrom(...ROW_KINDS), shown: fc.boolean() }), { maxLength: 12 }),
          view: fc.record({
            x: fc.double({ noNaN: true, noDefaultInfinity: true }),
            y: fc.double({ noNaN: true, noDefaultInfinity: true }),
            zoom: fc.double({ min: 0.01, max: 10, noNaN: true }),
          }),
        },
        {
          requiredKeys: [
            'schemaVersion',
            'writtenBy',
            'id',
            'name',
            'description',
            'createdAt',
            'updatedAt',
            'stages',
            'lanes',
            'steps',
            'flows',
            'personas',
            'servqualWeights',
            'servqualScale',
          ],
        },
      ) as fc.Arbitrary<Project>;
    });
}

const validProject = projectWith(8);
/** Smaller documents to damage: the damage, not the size, is what the hostile runs are about. */
const smallProject = projectWith(3);

// ---- hostile input ---------------------------------------------------------------------------

const POLLUTION = { polluted: 'yes' };

/** A value nested `depth` levels deep, as JSON text (built directly: fast-check would recurse). */
function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Stands for deep nesting inside a generated value until the document is turned into text. */
const DEEP = '@@deep-nesting@@';

/** Values that do not belong where they are put: wrong types, out of range, huge, deep, hostile keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 6, 8, 99, 2 ** 53 + 1, 1e308, -1e308, 5e-324, '', ' ', 'x'),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: 10_001, max: 60_000 }).map((n) => 'w'.repeat(n)),
  fc.constantFrom('#zzzzzz', 'in person ', 'START', '-1', '1e999', 'NaN', 'null', '__proto__'),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.integer({ min: 100, max: 10_000 }).map((depth) => `${DEEP}${depth}`),
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}') as unknown),
);

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside a JSON document (not the root). */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...prefix, key]);
    pathsOf(child, [...prefix, key], out);
  }
  return out;
}

function parentOf(doc: Json, path: (string | number)[]): Json {
  let cursor: unknown = doc;
  for (const key of path.slice(0, -1)) cursor = (cursor as Record<string | number, unknown>)[key];
  return cursor as Json;
}

/** Own data property, even for `__proto__` (plain assignment would set the prototype instead). */
function define(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** JSON text, expanding the deep-nesting markers into real nesting. */
function toText(doc: unknown, pretty: boolean): string {
  const json = JSON.stringify(doc, null, pretty ? 2 : undefined) ?? 'null';
  return json.replace(new RegExp(`"${DEEP}(\\d+)"`, 'g'), (_m, depth: string) =>
    deepJson(Number(depth), Number(depth) % 2 ? 'array' : 'object'),
  );
}

type Mutation = 'replace' | 'delete' | 'proto' | 'constructor' | 'dangling' | 'orphan' | 'duplicate' | 'version';

function mutate(project: Project, mutation: Mutation, pick: number, value: unknown): Record<string, unknown> {
  const doc = JSON.parse(serializeProject(project)) as Record<string, unknown>;
  const steps = doc.steps as Record<string, unknown>[];
  const paths = pathsOf(doc);
  const path = paths[pick % paths.length];
  const objects = [[], ...paths].filter((p) => {
    const v = p.length ? (parentOf(doc, p) as Record<string | number, unknown>)[p.at(-1)!] : doc;
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const target = (p: (string | number)[]) =>
    (p.length ? (parentOf(doc, p) as Record<string | number, unknown>)[p.at(-1)!] : doc) as Json;
  switch (mutation) {
    case 'replace':
      define(parentOf(doc, path), path.at(-1)!, value);
      break;
    case 'delete': {
      const parent = parentOf(doc, path);
      if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
      else delete parent[path.at(-1) as string];
      break;
    }
    case 'proto':
      define(target(objects[pick % objects.length]), '__proto__', { ...POLLUTION });
      break;
    case 'constructor':
      define(target(objects[pick % objects.length]), 'constructor', { prototype: { ...POLLUTION } });
      break;
    case 'dangling':
      (doc.flows as unknown[]).push({
        id: 'f-dangling',
        from: steps[0]?.id ?? 'a',
        to: 'no-such-step',
        label: '',
        kind: 'main',
      });
      break;
    case 'orphan':
      if (steps.length) steps[pick % steps.length].stageId = 'no-such-stage';
      else doc.stages = [];
      break;
    case 'duplicate':
      if (steps.length) steps.push({ ...steps[pick % steps.length] });
      else (doc.stages as unknown[]).push({ ...(doc.stages as object[])[0] });
      break;
    case 'version':
      doc.schemaVersion = value;
      break;
  }
  return doc;
}

/** Damage at the level of characters: cut off, spliced, garbage in or around. */
function damageText(original: string, how: number, at: number, garbage: string): string {
  const i = at % (original.length + 1);
  switch (how % 6) {
    case 0:
      return original.slice(0, i);
    case 1:
      return original.slice(0, i) + garbage + original.slice(i);
    case 2:
      return original.slice(0, i) + garbage + original.slice(i + garbage.length);
    case 3:
      return `\uFEFF${original.slice(i)}`;
    case 4:
      return original + garbage;
    default:
      return original.slice(0, i) + original.slice(i, i + 40) + original.slice(i);
  }
}

const hostileInput: fc.Arbitrary<{ kind: string; text: string }> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ kind: 'string', text })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'json', text: JSON.stringify(v) })) },
  {
    weight: 1,
    arbitrary: fc
      .anything({ maxDepth: 3, withNullPrototype: true })
      .map((v) => ({ kind: 'anything', text: toText(v, false) })),
  },
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        smallProject,
        fc.constantFrom<Mutation>(
          'replace',
          'replace',
          'replace',
          'delete',
          'proto',
          'constructor',
          'dangling',
          'orphan',
          'duplicate',
          'version',
        ),
        fc.nat(),
        hostileValue,
        fc.boolean(),
      )
      .map(([project, mutation, pick, value, pretty]) => ({
        kind: `mutated:${mutation}`,
        text: toText(mutate(project, mutation, pick, value), pretty),
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(smallProject, fc.nat(), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }))
      .map(([project, how, at, garbage]) => ({
        kind: `text:${how % 6}`,
        text: damageText(serializeProject(project), how, at, garbage),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
      .map(([depth, kind]) => ({ kind: 'deep', text: deepJson(depth, kind) })),
  },
);

// ---- properties ------------------------------------------------------------------------------

const HOSTILE_RUNS = 10_000;
const VALID_RUNS = 2_000;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const kinds = new Map<string, number>();

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The readers report codes; in English (the catalogue's source) each must read as a sentence. */
const english = translator('en');

/** A sentence for a person: non-empty, bounded, no object dumps, ends like a sentence. */
function readable(error: unknown): boolean {
  return (
    typeof error === 'string' &&
    error.trim().length > 0 &&
    error.length < 600 &&
    !error.includes('[object Object]') &&
    /[.)]$/.test(error)
  );
}

function hasReservedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReservedKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some(
    (k) => k === '__proto__' || k === 'constructor' || hasReservedKey((value as Record<string, unknown>)[k]),
  );
}

describe('import path under hostile input', () => {
  afterAll(() => {
    // Reported so a reader can see the mix actually ran (visible with --reporter=verbose).
    console.info('hostile inputs by kind', Object.fromEntries([...kinds].sort()));
  });

  it(`answers ${HOSTILE_RUNS.toLocaleString('en')} generated hostile inputs without throwing`, () => {
    let total = 0;
    fc.assert(
      fc.property(hostileInput, ({ kind, text }) => {
        total++;
        kinds.set(kind.split(':')[0], (kinds.get(kind.split(':')[0]) ?? 0) + 1);
        const result = deserializeProject(text);
        // Plain checks rather than expect(): this runs ten thousand times.
        if (result.ok) {
          // Accepted means fully valid: schema, integrity, and no dangerous keys carried along.
          check(projectSchema.safeParse(result.project).success, 'accepted project fails the schema');
          check(checkIntegrity(result.project).length === 0, 'accepted project fails integrity');
          check(!hasReservedKey(result.project), 'accepted project carries __proto__ or constructor');
        } else {
          check(result.problems.length > 0, 'rejected without a message');
          for (const problem of result.problems) {
            const text = problemText(problem, english);
            check(readable(text), `unreadable message: ${JSON.stringify(text)} from ${JSON.stringify(problem)}`);
          }
        }
        check(
          Object.getOwnPropertyNames(Object.prototype).length === prototypeKeys.length,
          'Object.prototype gained keys',
        );
        check(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype polluted');
        check(Object.prototype.constructor === Object, 'Object.prototype.constructor replaced');
      }),
      { numRuns: HOSTILE_RUNS },
    );
    expect(total).toBeGreaterThanOrEqual(HOSTILE_RUNS);
    // Every family of damage was exercised, not just the cheap ones.
    for (const kind of ['string', 'json', 'anything', 'mutated', 'text', 'deep'])
      expect(kinds.get(kind)).toBeGreaterThan(0);
  }, 120_000);

  it('rejects each kind of referential damage with a message naming what is missing', () => {
    fc.assert(
      fc.property(
        validProject.filter((p) => p.steps.length > 0),
        fc.constantFrom<Mutation>('dangling', 'orphan'),
        fc.nat(),
        (project, mutation, pick) => {
          const result = deserializeProject(toText(mutate(project, mutation, pick, null), true));
          expect(result.ok).toBe(false);
          const expected =
            mutation === 'dangling'
              ? /leads to a step that does not exist \("no-such-step"\)/
              : /its stage "no-such-stage" does not exist/;
          expect(!result.ok && result.problems.map((p) => problemText(p, english)).join(' ')).toMatch(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('opens a project with __proto__ and constructor keys, dropping them', () => {
    fc.assert(
      fc.property(
        validProject,
        fc.constantFrom<Mutation>('proto', 'constructor'),
        fc.nat(),
        (project, mutation, pick) => {
          const text = toText(mutate(project, mutation, pick, null), true);
          expect(text).toMatch(mutation === 'proto' ? /"__proto__"/ : /"constructor"/);
          const result = deserializeProject(text);
          // Reserved keys sit where the schema expects no such key, so the rest is the same project.
          expect(result.ok && serializeProject(result.project)).toBe(serializeProject(project));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('save -> load -> save', () => {
  it(`is byte-identical for ${VALID_RUNS.toLocaleString('en')} generated valid projects`, () => {
    fc.assert(
      fc.property(validProject, (project) => {
        const saved = serializeProject(project);
        const loaded = deserializeProject(saved);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
        expect(serializeProject(loaded.project)).toBe(saved);
      }),
      { numRuns: VALID_RUNS },
    );
  }, 60_000);
});
