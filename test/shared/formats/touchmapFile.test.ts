import { describe, expect, it } from 'vitest';
import { deserializeProject, serializeProject } from '../../../shared/formats/touchmapFile';
import { blankProject, defaultStep } from '../../../shared/model';
import type { Project } from '../../../shared/model';

function sample(): Project {
  const project = blankProject({ id: 'p1', name: 'Checkout', now: '2025-01-02T03:04:05.000Z' });
  project.steps.push(defaultStep({ id: 's1', stageId: 'stage-1', title: 'Pay', position: { x: 10, y: 20 } }));
  return project;
}

describe('serializeProject', () => {
  it('writes pretty JSON with two-space indent and a trailing newline', () => {
    const text = serializeProject(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text.split('\n')[1]).toMatch(/^ {2}"[a-zA-Z]+": /);
  });

  it('sorts object keys at every depth but keeps array order', () => {
    const project = sample();
    project.stages = [
      { id: 'z-stage', name: 'Z' },
      { id: 'a-stage', name: 'A' },
    ];
    project.steps[0] = { ...project.steps[0]!, stageId: 'z-stage' };
    const text = serializeProject(project);
    const topKeys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual([...topKeys].sort());
    expect(topKeys).toContain('schemaVersion');
    // Inside a step, keys are sorted too: "description" < "id" < "kind" < "position" < "stageId" < "title".
    const stepKeys = [...text.matchAll(/^ {6}"([^"]+)":/gm)].map((m) => m[1]);
    expect(stepKeys.indexOf('description')).toBeLessThan(stepKeys.indexOf('title'));
    expect(text.indexOf('"z-stage"')).toBeLessThan(text.indexOf('"a-stage"'));
  });

  it('gives the same bytes for the same project whatever the key insertion order', () => {
    const a = sample();
    const b = Object.fromEntries(Object.entries(sample()).reverse()) as Project;
    expect(serializeProject(b)).toBe(serializeProject(a));
  });

  it('round-trips through deserializeProject', () => {
    const project = sample();
    const result = deserializeProject(serializeProject(project));
    expect(result).toEqual({ ok: true, project });
  });
});

describe('deserializeProject', () => {
  it('reports an empty file', () => {
    expect(deserializeProject('  \n')).toEqual({ ok: false, errors: ['The file is empty.'] });
  });

  it('reports truncated JSON without throwing', () => {
    const text = serializeProject(sample());
    const result = deserializeProject(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/not valid JSON/);
  });

  it('accepts a byte-order mark', () => {
    const result = deserializeProject(`\uFEFF${serializeProject(sample())}`);
    expect(result.ok).toBe(true);
  });

  it('rejects a document that breaks the schema, saying where', () => {
    const doc = JSON.parse(serializeProject(sample())) as Record<string, unknown>;
    doc.name = '';
    const result = deserializeProject(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(/name/);
  });

  it('rejects a file from a newer Touchmap', () => {
    const doc = JSON.parse(serializeProject(sample())) as Record<string, unknown>;
    doc.schemaVersion = 99;
    const result = deserializeProject(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer Touchmap/);
  });

  it('drops a __proto__ key instead of polluting prototypes', () => {
    const text = serializeProject(sample()).replace('{\n', '{\n  "__proto__": { "polluted": true },\n');
    const result = deserializeProject(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.project)).not.toContain('__proto__');
  });
});
