import { describe, expect, it } from 'vitest';
import { deserializeProject, serializeProject } from '../../../shared/formats/touchmapFile';
import { blankProject, defaultStep } from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { SCHEMA_VERSION } from '../../../shared/model/schema';
import { inWords } from './problemWords';

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
    const result = deserializeProject('  \n');
    expect(result).toEqual({ ok: false, problems: [{ code: 'reader.file.empty' }] });
    expect(!result.ok && inWords(result.problems)).toEqual(['The file is empty.']);
  });

  it('reports truncated JSON without throwing', () => {
    const text = serializeProject(sample());
    const result = deserializeProject(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0].code).toBe('reader.file.notJson');
      expect(inWords(result.problems)[0]).toMatch(
        /^The file is not valid JSON; it may be cut off or damaged \(.+\)\.$/,
      );
    }
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
    if (!result.ok) {
      expect(result.problems).toEqual([{ code: 'reader.project.empty', path: [{ field: 'name' }] }]);
      expect(inWords(result.problems)).toEqual(['name: must not be empty.']);
    }
  });

  it('rejects a file from a newer Touchmap', () => {
    const doc = JSON.parse(serializeProject(sample())) as Record<string, unknown>;
    doc.schemaVersion = 99;
    const result = deserializeProject(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toEqual({
        code: 'reader.project.newer',
        params: { version: 99, max: SCHEMA_VERSION },
      });
      expect(inWords(result.problems)[0]).toMatch(/newer Touchmap \(format version 99;/);
    }
  });

  it('says a file is not a Touchmap project in the language of the screen that shows it', () => {
    const result = deserializeProject('[1, 2, 3]');
    expect(result).toEqual({ ok: false, problems: [{ code: 'reader.project.notProject' }] });
    if (result.ok) return;
    expect(inWords(result.problems, 'en')).toEqual(['The file does not contain a Touchmap project.']);
    expect(inWords(result.problems, 'hu')).toEqual(['A fájl nem tartalmaz Touchmap-projektet.']);
    expect(inWords(result.problems, 'zh-CN')).toEqual(['该文件不包含Touchmap项目。']);
    const newer = deserializeProject(JSON.stringify({ schemaVersion: 99 }));
    expect(!newer.ok && inWords(newer.problems, 'hu')[0]).toBe(
      `A fájlt a Touchmap egy újabb változata írta (formátumverzió: 99; ez az alkalmazás legfeljebb a(z) ${SCHEMA_VERSION}. verziót olvassa). A megnyitáshoz frissítse a Touchmapet.`,
    );
  });

  it('drops a __proto__ key instead of polluting prototypes', () => {
    const text = serializeProject(sample()).replace('{\n', '{\n  "__proto__": { "polluted": true },\n');
    const result = deserializeProject(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.project)).not.toContain('__proto__');
  });
});
