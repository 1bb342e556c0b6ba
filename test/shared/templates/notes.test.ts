/**
 * The templates fill the journey map's note rows (issue H item 6): what the customer thinks on
 * most steps, and a pain point or an opportunity on every contact moment, in every language.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { MAX_LABEL } from '../../../shared/model/schema';
import type { Project, Step } from '../../../shared/model';
import { NOTE_ROWS, notesOf } from '../../../shared/model/rows';
import { buildTemplate } from '../../../shared/templates';
import type { ContentTemplateId } from '../../../shared/templates/locales';

const FIELDS = { id: 'proj-1', name: 'My journey', now: '2026-03-01T09:00:00.000Z' };
const CONTENT: readonly ContentTemplateId[] = ['supermarket', 'phone-call', 'hotel-stay'];

const build = (id: ContentTemplateId, language: Language) => buildTemplate(id, { ...FIELDS, language });
const allNotes = (step: Step) => NOTE_ROWS.flatMap((row) => notesOf(step, row));

/** The back-stage and support lanes of a blueprint: work the customer does not see. */
function hiddenLaneIds(project: Project): Set<string> {
  return new Set(project.lanes.filter((l) => /^ht-lane-(back|support)$/.test(l.id)).map((l) => l.id));
}

describe.each(LANGUAGES)('template notes in %s', (language) => {
  it.each(CONTENT)('%s: thoughts on most steps, on every step the customer lives through', (id) => {
    const project = build(id, language);
    const hidden = hiddenLaneIds(project);
    const withThoughts = project.steps.filter((s) => (s.thoughts ?? []).length > 0);
    expect(withThoughts.length / project.steps.length).toBeGreaterThanOrEqual(2 / 3);
    for (const step of project.steps) {
      // What the customer thinks is shown where the customer is; staff and systems out of view have none.
      if (step.laneId && hidden.has(step.laneId)) expect(step.thoughts, step.id).toBeUndefined();
      else expect(step.thoughts?.length, step.id).toBeGreaterThan(0);
    }
  });

  it.each(CONTENT)('%s: a pain point or an opportunity on every contact moment', (id) => {
    const project = build(id, language);
    const moments = project.steps.filter((s) => s.moment);
    expect(moments.length).toBeGreaterThan(0);
    for (const step of moments) {
      const m = step.moment!;
      expect(m.painPoints.length + m.opportunities.length, step.id).toBeGreaterThan(0);
    }
  });

  it.each(CONTENT)('%s: every note is a short, trimmed label the schema and the note commands accept', (id) => {
    const project = build(id, language);
    for (const step of project.steps) {
      for (const row of NOTE_ROWS) {
        const notes = notesOf(step, row);
        expect(new Set(notes).size, `${step.id} ${row}`).toBe(notes.length);
        for (const note of notes) {
          expect(note, `${step.id} ${row}`).toBe(note.trim());
          expect(note.length, `${step.id} ${row}`).toBeGreaterThan(0);
          expect(note.length, `${step.id} ${row}: ${note}`).toBeLessThanOrEqual(MAX_LABEL);
          // Sticky-note size: a row cell holds a short sentence, not a paragraph.
          expect(note.length, `${step.id} ${row}: ${note}`).toBeLessThanOrEqual(120);
        }
      }
    }
  });
});

describe.each(LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en'))(
  'no English left in the %s notes',
  (language) => {
    /** Words that are English in every one of the other languages (not "is", a Hungarian word). */
    const ENGLISH = /(?<!\p{L})(the|and|you|your|my|with|when|what|there|they|don't|it's|I'm|I'll)(?!\p{L})/iu;

    it.each(CONTENT)('%s', (id) => {
      const english = new Set(build(id, 'en').steps.flatMap(allNotes));
      const notes = build(id, language).steps.flatMap(allNotes);
      expect(notes.length).toBe([...build(id, 'en').steps.flatMap(allNotes)].length);
      for (const note of notes) {
        expect(english.has(note), note).toBe(false);
        expect(note, note).not.toMatch(ENGLISH);
        if (language === 'zh-CN') {
          // Chinese text: no Latin words, and full-width punctuation only (a clock time keeps its colon).
          expect(note, note).not.toMatch(/[A-Za-z]{2,}/);
          expect(note, note).not.toMatch(/[,;?!"]|(?<!\d):|:(?!\d)/);
        }
      }
    });
  },
);

describe('notes taken from the seeds', () => {
  const notes = (id: ContentTemplateId, language: Language) => build(id, language).steps.flatMap(allNotes);

  it("the Chinese templates use seed 002's own words where it has them", () => {
    expect(notes('supermarket', 'zh-CN')).toEqual(
      expect.arrayContaining([
        '不是设法把东西“卖”给顾客，而是协助他“买”到所需要的、所想要的东西',
        '服务太匆忙，顾客觉得太草率',
        '被打发“请你去问服务人员”',
      ]),
    );
    expect(notes('phone-call', 'zh-CN')).toEqual(
      expect.arrayContaining([
        '在电话中始终保持愉悦的口气',
        '让顾客不断重复所讲过的话',
        '“您是愿意稍等一会儿呢，还是希望我一会儿给您打回去呢？”',
      ]),
    );
    expect(notes('hotel-stay', 'zh-CN')).toContain('服务员边领顾客就座，边与顾客交谈');
  });

  it("the Lithuanian angry-customer advice keeps seed 001's words", () => {
    expect(notes('hotel-stay', 'lt')).toContain('Išgirsta: „Nėra priežasties pykti“');
  });

  it('keeps the notes the templates had before, first in their lists', () => {
    const en = build('supermarket', 'en');
    const step = (id: string) => en.steps.find((s) => s.id === id)!;
    expect(step('sm-queue').moment!.painPoints[0]).toBe('Queues of more than 7 minutes at rush hour');
    expect(step('sm-take-basket').moment!.painPoints[0]).toBe('Sticky handles');
    expect(step('sm-directions').moment!.opportunities).toEqual(['A store map at the entrance']);
  });
});
