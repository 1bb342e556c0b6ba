import { describe, expect, it } from 'vitest';
import { importMermaidJourney, projectToMermaid } from '../../../shared/formats/mermaid';
import { MAX_ITEMS } from '../../../shared/model/schema';
import { loadMermaidCorpus } from './mermaidCorpus';
import { lineWords } from './problemWords';

const options = { id: 'imported', name: 'Imported journey', now: '2026-01-01T00:00:00.000Z' };

describe('importMermaidJourney', () => {
  it.each(loadMermaidCorpus().map((e) => [e.name, e] as const))(
    'imports corpus %s as a valid project with a step per task',
    (_name, entry) => {
      const result = importMermaidJourney(entry.source, options);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.project.steps.map((s) => s.title)).toEqual(entry.expected.tasks.map((t) => t.task.trim()));
      const sections = entry.expected.sections.map((s) => s.trim());
      const unsectioned = entry.expected.tasks.some((t) => t.section === '') || sections.length === 0;
      expect(result.project.stages.map((s) => s.name)).toEqual(unsectioned ? ['Journey', ...sections] : sections);
    },
  );

  it('passes the parser warnings on', () => {
    const result = importMermaidJourney('journey\n  A: B\n', options);
    expect(result.ok && result.warnings).toEqual([
      { line: 2, code: 'reader.mermaid.scoreNotNumber', params: { name: 'A', text: 'B' } },
    ]);
    expect(result.ok && lineWords(result.warnings)).toEqual([
      'Line 2: task "A" has no numeric score ("B"); it is imported without an emotion.',
    ]);
  });

  it('refuses more tasks or sections than a project holds, naming the first one too many', () => {
    const tasks = importMermaidJourney('journey\nsection A\n' + 'T: 3\n'.repeat(MAX_ITEMS + 50), options);
    expect(tasks).toEqual({
      ok: false,
      errors: [{ line: MAX_ITEMS + 3, code: 'reader.mermaid.tooManyTasks', params: { max: MAX_ITEMS } }],
    });
    expect(!tasks.ok && lineWords(tasks.errors)).toEqual([
      `Line ${MAX_ITEMS + 3}: Too many tasks: a project holds at most ${MAX_ITEMS.toLocaleString('en')} steps.`,
    ]);
    const sections = importMermaidJourney('journey\n' + 'section S\n'.repeat(1050), options);
    expect(sections).toEqual({
      ok: false,
      errors: [{ line: 1002, code: 'reader.mermaid.tooManySections', params: { max: 1000 } }],
    });
    expect(!sections.ok && lineWords(sections.errors)).toEqual([
      'Line 1002: Too many sections: a project holds at most 1,000 stages.',
    ]);
  });

  it('creates nothing for malformed text and names the line', () => {
    const result = importMermaidJourney('journey\nsection A\n  fine: 3\n  broken\n', options);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ line: 4 })] });
  });

  it('re-imports its own export', () => {
    const first = importMermaidJourney(loadMermaidCorpus().find((e) => e.name === '10')!.source, options);
    if (!first.ok) throw new Error('corpus 10 must import');
    const second = importMermaidJourney(projectToMermaid(first.project), options);
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.project.stages.map((s) => s.name)).toEqual(first.project.stages.map((s) => s.name));
    expect(second.project.steps.map((s) => [s.title, s.moment?.emotion, s.moment?.actor])).toEqual(
      first.project.steps.map((s) => [s.title, s.moment?.emotion, s.moment?.actor]),
    );
  });
});
