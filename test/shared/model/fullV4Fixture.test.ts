/**
 * The frozen format-4 fixture holding every format-4 field (test/fixtures/v4/full.touchmap,
 * made once by test/support/fullV4.ts with format 4's own code): it parses, round-trips,
 * really holds each field, and docs/FORMAT.md documents every field name it uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deserializeProject, serializeProject } from '../../../shared/formats/touchmapFile';
import { listStates, SCHEMA_VERSION, type Project } from '../../../shared/model';

const ROOT = join(import.meta.dirname, '../../..');
const text = readFileSync(join(ROOT, 'test/fixtures/v4/full.touchmap'), 'utf8');
const json = JSON.parse(text) as Record<string, unknown>;

function open(): Project {
  const result = deserializeProject(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.project;
}

/** Every object key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

describe('v4/full.touchmap: every format-4 field', () => {
  it('is a format-4 file that opens with no problems', () => {
    expect(json.schemaVersion).toBe(4);
    const result = deserializeProject(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(result.migratedFrom).toBe(SCHEMA_VERSION > 4 ? 4 : undefined);
  });

  it('round-trips: saved and opened again it is the same project', () => {
    const project = open();
    const again = deserializeProject(serializeProject(project));
    expect(again.ok && again.project).toStrictEqual(project);
  });

  it('holds every format-4 field, with values', () => {
    const p = open();
    expect(p.servqualScale).toBe(5);
    expect(p.personas.filter((x) => x.goals?.length).length).toBeGreaterThanOrEqual(2);
    const queue = p.steps.find((s) => s.id === 'sm-queue')!;
    expect(queue.personaOverrides?.some((o) => o.emotion !== undefined && o.thoughts?.length)).toBe(true);
    const metrics = p.steps.flatMap((s) => s.metrics ?? []);
    expect(new Set(metrics.map((m) => m.kind))).toEqual(
      new Set(['csat', 'nps', 'ces', 'waitTime', 'conversion', 'custom']),
    );
    expect(metrics.some((m) => m.date && m.source && m.target !== null && m.evidence === 'measured')).toBe(true);
    expect(p.surveys).toHaveLength(1);
    expect(p.surveys![0].mapping.layout).toBe('statements');
    expect(queue.moment!.servqual.responsiveness).toEqual({ expectation: 4.21, perception: 3.87, respondents: 150 });
    // Two states: today's (being edited) and the future one, edited apart.
    const states = listStates(p, 'unused');
    expect(states.map((s) => [s.name, s.active])).toEqual([
      ['Today', true],
      ['Future', false],
    ]);
    const future = states[1].journey;
    expect(future.steps.find((s) => s.id === 'sm-queue')!.title).toBe('Self-scan and go');
    expect(future.steps.some((s) => s.id === 'sm-directions')).toBe(false);
    expect(p.steps.some((s) => s.id === 'sm-directions')).toBe(true);
  });

  it('uses no field name docs/FORMAT.md does not document', () => {
    const doc = readFileSync(join(ROOT, 'docs/FORMAT.md'), 'utf8');
    const spans = [...doc.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const documented = (key: string) => {
      const word = new RegExp(`(^|[^A-Za-z])${key}([^A-Za-z]|$)`);
      return spans.some((span) => word.test(span));
    };
    const keys = [...keysOf(json)];
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !documented(k))).toEqual([]);
  });
});
