import { describe, expect, it } from 'vitest';
import { parseMermaidJourney } from '../../../shared/formats/mermaidJourney';
import type { MermaidJourney } from '../../../shared/formats/mermaidJourney';
import { problemText } from '../../../shared/formats/problems';
import { translator } from '../../../shared/i18n/translator';
import { loadMermaidCorpus } from './mermaidCorpus';
import type { CorpusExpectation } from './mermaidCorpus';
import { lineWords } from './problemWords';

/** The journey, and its warnings as the import shows them in English ("Line 3: ..."). */
function journeyOf(text: string): { journey: MermaidJourney; warnings: string[] } {
  const result = parseMermaidJourney(text);
  if (!result.ok) throw new Error(`expected a journey, got ${JSON.stringify(result.errors)}`);
  return { journey: result.journey, warnings: lineWords(result.warnings) };
}

/** The errors: each one's line, and its message in the English catalogue's words. */
function errorsOf(text: string): { line: number; message: string }[] {
  const result = parseMermaidJourney(text);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.journey)}`);
  expect(result).not.toHaveProperty('journey');
  const english = translator('en');
  return result.errors.map((e) => ({ line: e.line, message: problemText(e, english) }));
}

/**
 * The only normalisations the importer documents: names trimmed, empty actors dropped,
 * NaN scores as null.
 */
function normalise(expected: CorpusExpectation) {
  const names = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
  return {
    title: expected.title.trim(),
    accTitle: expected.accTitle.trim(),
    accDescr: expected.accDescr,
    sections: expected.sections.map((s) => s.trim()),
    tasks: expected.tasks.map((t) => ({
      section: t.section.trim(),
      task: t.task.trim(),
      score: t.score === 'NaN' ? null : t.score,
      people: names(t.people),
    })),
    actors: names(expected.actors),
  };
}

const corpus = loadMermaidCorpus();

describe('parseMermaidJourney on the Mermaid corpus', () => {
  it('finds the corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(18);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s.mmd yields what Mermaid yields', (_name, entry) => {
    const result = parseMermaidJourney(entry.source);
    expect(result.ok).toBe(entry.expected.ok);
    if (!result.ok) return;
    const { journey } = result;
    const warnings = lineWords(result.warnings);
    expect({
      title: journey.title,
      accTitle: journey.accTitle,
      accDescr: journey.accDescr,
      sections: journey.sections,
      tasks: journey.tasks.map(({ section, task, score, people }) => ({ section, task, score, people })),
      actors: journey.actors,
    }).toEqual(normalise(entry.expected));

    const sourceLines = entry.source.split(/\r\n|\r|\n/);
    for (const task of journey.tasks) {
      // Each task knows the line it was written on, past front matter, comments and CRLF.
      expect(sourceLines[task.line - 1]).toContain(`${task.task}`);
      expect(sourceLines[task.line - 1]).toContain(':');
    }
    // A score Mermaid reads as NaN becomes null, with a warning that names the line.
    const unscored = journey.tasks.filter((t) => t.score === null);
    for (const task of unscored) {
      expect(warnings.some((w) => w.startsWith(`Line ${task.line}:`) && w.includes(`"${task.task}"`))).toBe(true);
    }
    expect(warnings).toHaveLength(unscored.length);
  });

  it('keeps tasks written before any section, with no section', () => {
    const entry = corpus.find((e) => e.name === '17')!;
    const { journey } = journeyOf(entry.source);
    expect(journey.tasks).toEqual([{ section: '', sectionIndex: -1, task: 'A', score: null, people: [], line: 3 }]);
  });

  it('tells repeated section names apart by index', () => {
    const { journey } = journeyOf(corpus.find((e) => e.name === '06')!.source);
    expect(journey.tasks.map((t) => t.sectionIndex)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    expect(journey.sectionLines).toEqual([3, 7, 11]);
  });

  it('names line 21 for the stray "size: 2rem" of corpus 09', () => {
    const { warnings } = journeyOf(corpus.find((e) => e.name === '09')!.source);
    expect(warnings).toEqual([
      'Line 21: task "size" has no numeric score ("2rem"); it is imported without an emotion.',
    ]);
  });
});

describe('parseMermaidJourney grammar details', () => {
  it('reads keywords in any letter case, as Mermaid does', () => {
    const { journey } = journeyOf('JOURNEY\nTITLE Big day\nSection Morning\n  Wake up: 2: Me\n');
    expect(journey.title).toBe('Big day');
    expect(journey.sections).toEqual(['Morning']);
    expect(journey.tasks[0]).toMatchObject({ section: 'Morning', task: 'Wake up', score: 2, people: ['Me'] });
  });

  it('decodes entity codes the way Mermaid renders them', () => {
    const { journey } = journeyOf(
      'journey\ntitle Room #35;12#59; 10#37;\nsection A#58; B\n  Pay #colon; cash: 3: Mr #35;1#44; Jr, Bob\n',
    );
    expect(journey.title).toBe('Room #12; 10%');
    expect(journey.sections).toEqual(['A: B']);
    expect(journey.tasks[0]).toMatchObject({ task: 'Pay : cash', people: ['Mr #1, Jr', 'Bob'] });
  });

  it('keeps an unknown named entity as typed', () => {
    expect(journeyOf('journey\n  X #nosuch; y: 3\n').journey.tasks[0].task).toBe('X #nosuch; y');
  });

  it('skips comments, directives anywhere and # comments after a task', () => {
    const text = [
      '%% leading comment',
      'journey',
      '  %% a comment line',
      '  %%{init: {"theme": "dark"}}%%',
      '  section S # the first section',
      '    Go: 4: Ann # Ann only',
      '    %%',
      '    Stop: 2',
    ].join('\n');
    const { journey } = journeyOf(text);
    expect(journey.sections).toEqual(['S']);
    expect(journey.tasks.map((t) => [t.task, t.score, t.people, t.line])).toEqual([
      ['Go', 4, ['Ann'], 6],
      ['Stop', 2, [], 8],
    ]);
  });

  it('lets a title in the body override the front matter title', () => {
    expect(journeyOf('---\ntitle: "From: front"\n---\njourney\n').journey.title).toBe('From: front');
    expect(journeyOf('---\ntitle: From front\n---\njourney\ntitle From body\n').journey.title).toBe('From body');
    expect(journeyOf("---\ntitle: 'It''s'\n---\njourney\n").journey.title).toBe("It's");
  });

  it('reads front matter whose body starts with a blank line', () => {
    expect(journeyOf('---\n\ntitle: Spaced\n---\n\n\njourney\n').journey.title).toBe('Spaced');
  });

  it('keeps `%%` after a task as part of its actors, as Mermaid does', () => {
    expect(journeyOf('journey\n  A: 3: Me %% note\n').journey.tasks[0].people).toEqual(['Me %% note']);
  });

  it('reads accTitle and both forms of accDescr', () => {
    const { journey } = journeyOf('journey\naccTitle:   Shop  \naccDescr {\n  Line one\n    Line two\n}\nsection A\n');
    expect(journey.accTitle).toBe('Shop');
    expect(journey.accDescr).toBe('Line one\nLine two');
    expect(journeyOf('journey\naccDescr: One: two; three # four\n').journey.accDescr).toBe('One: two; three # four');
  });

  it('warns about scores outside 1-5, fractions and missing scores but keeps them', () => {
    const { journey, warnings } = journeyOf('journey\n  A: 7\n  B: 0: X\n  C: 2.5\n  D: \n  E: 4: Me: extra\n');
    expect(journey.tasks.map((t) => t.score)).toEqual([7, 0, 2.5, null, 4]);
    expect(journey.tasks[4].people).toEqual(['Me']);
    expect(warnings).toEqual([
      'Line 2: task "A" has score 7, outside 1-5; it counts as 5.',
      'Line 3: task "B" has score 0, outside 1-5; it counts as 1.',
      'Line 4: task "C" has score 2.5; it counts as 3.',
      'Line 5: task "D" has no score; it is imported without an emotion.',
      'Line 6: text after the second ":" in task "E" is ignored, as Mermaid does: "extra".',
    ]);
    // What the screen translates: codes and parameters, each warning with its line.
    const result = parseMermaidJourney('journey\n  A: 7\n');
    expect(result.ok && result.warnings).toEqual([
      { line: 2, code: 'reader.mermaid.scoreOutOfRange', params: { name: 'A', score: 7, counts: 5 } },
    ]);
  });

  it('says where a score is out of range in Hungarian and Chinese, with the line first', () => {
    const result = parseMermaidJourney('journey\nsection Fizetés\n  Pénztár: 7: Vásárló\n  Kassza: 2.5\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(lineWords(result.warnings, 'hu')).toEqual([
      '3. sor: a(z) „Pénztár” feladat pontszáma 7, ami kívül esik az 1–5 tartományon; 5-ként számít.',
      '4. sor: a(z) „Kassza” feladat pontszáma 2,5; 3-ként számít.',
    ]);
    expect(lineWords(result.warnings, 'zh-CN')).toEqual([
      '第3行：任务“Pénztár”的评分为7，超出1–5范围；按5计算。',
      '第4行：任务“Kassza”的评分为2.5；按3计算。',
    ]);
  });

  it('keeps CJK and emoji text intact', () => {
    const { journey } = journeyOf('journey\ntitle 超市之旅\nsection 进入 🛒\n  骑自行车: 4: 顾客, 店员\n');
    expect(journey.title).toBe('超市之旅');
    expect(journey.sections).toEqual(['进入 🛒']);
    expect(journey.tasks[0]).toMatchObject({ task: '骑自行车', people: ['顾客', '店员'] });
    expect(journey.actors).toEqual(['店员', '顾客'].sort());
  });

  it('reads a word that merely starts with "journey" as a task', () => {
    expect(journeyOf('journey\n  journeyman: 3\n').journey.tasks[0].task).toBe('journeyman');
  });
});

describe('parseMermaidJourney on malformed text', () => {
  it.each([
    ['an empty document', ''],
    ['only whitespace', '   \n\n  '],
    ['only comments', '%% nothing here\n%% at all\n'],
  ])('rejects %s at line 1', (_label, text) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(1);
    expect(errors[0].message).toContain('"journey"');
  });

  it('rejects another diagram type, naming its first line', () => {
    expect(errorsOf('flowchart TD\n  A --> B\n')).toEqual([
      { line: 1, message: 'This is not a Mermaid journey: expected "journey", found "flowchart TD".' },
    ]);
    expect(errorsOf('---\ntitle: x\n---\n\n%% c\nsequenceDiagram\n')[0].line).toBe(6);
  });

  it('rejects a task without a score, on its line', () => {
    const errors = errorsOf('journey\n  section Shop\n    Buy milk\n');
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(3);
    expect(errors[0].message).toContain('"Buy milk" is not a task');
  });

  it('rejects a task with nothing after its colon', () => {
    const errors = errorsOf('journey\nsection A\n  Pay:\n');
    expect(errors).toEqual([
      { line: 3, message: 'Task "Pay" has nothing after ":": give it a score from 1 to 5, like "Pay: 3".' },
    ]);
  });

  it('rejects a semicolon in a task, a colon in a section and a second "journey"', () => {
    expect(errorsOf('journey\nsection A\n  Buy; sell: 3\n')[0]).toMatchObject({ line: 3 });
    expect(errorsOf('journey\nsection A: B\n')).toEqual([
      { line: 2, message: 'A section name cannot contain ":"; write #58; for a colon in a name.' },
    ]);
    expect(errorsOf('journey\nsection A\n  Journey home: 3\n')[0]).toMatchObject({ line: 3 });
  });

  it('reports every bad line, not just the first, with CRLF line endings', () => {
    const errors = errorsOf('journey\r\n  section A\r\n    one\r\n    two: 3\r\n    three\r\n');
    expect(errors.map((e) => e.line)).toEqual([3, 5]);
  });

  it('counts lines of the original text past front matter, directives and comments', () => {
    const text = '---\nconfig:\n  theme: dark\n---\n%%{init: {}}%%\njourney\n%% c\n  section A\n  bad line\n';
    expect(errorsOf(text).map((e) => e.line)).toEqual([9]);
  });

  it('rejects an accDescr block that is never closed, instead of swallowing the tasks', () => {
    expect(errorsOf('journey\nsection A\naccDescr {\n  text\n  Task: 3\n')).toEqual([
      { line: 3, message: 'The "accDescr {" block is never closed with "}".' },
    ]);
  });

  it('rejects front matter that is never closed', () => {
    expect(errorsOf('---\ntitle: x\njourney\n  A: 3\n')[0]).toMatchObject({ line: 1 });
  });
});
