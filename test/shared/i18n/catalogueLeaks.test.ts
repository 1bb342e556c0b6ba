/** The catalogue-leak search that languages.e2e.ts runs on every screen. */
import { describe, expect, it } from 'vitest';
import { findLeaks, foreignFragments, fragments, occursIn, projectTexts } from '../../e2e/catalogueLeaks';
import { translator } from '../../../shared/i18n/translator';
import { buildTemplate } from '../../../shared/templates';

const shown = (text: string, lang = '') => ({ text, lang, where: 'test' });

describe('catalogue leaks', () => {
  it('cuts strings at their interpolations and keeps fragments long enough to tell a language by', () => {
    expect(fragments('Undo: {{what}}')).toEqual(['Undo:']);
    expect(fragments('{{name}} — Touchmap (not saved)')).toEqual(['— Touchmap (not saved)']);
    expect(fragments('Add {{x}} to')).toEqual([]);
    expect(fragments('删除{{n}}步')).toEqual(['删除']);
  });

  it('matches Latin fragments as whole words in any case, CJK anywhere', () => {
    expect(occursIn('Medium', 'medium 9')).toBe(true);
    expect(occursIn('Note', 'Notes')).toBe(false);
    expect(occursIn('Stage', 'Backstage')).toBe(false);
    expect(occursIn('删除', '请删除它')).toBe(true);
  });

  it('leaves out fragments the tested language has too, and the user text', () => {
    const hu = foreignFragments('hu').map((f) => f.fragment);
    expect(hu).not.toContain('Touchmap');
    expect(hu).toContain(translator('en')('home.title'));
    expect(findLeaks('hu', [shown('Touchmap')], [])).toEqual([]);
    // An English label in a Hungarian UI is found; the same words as the user's project name are not.
    expect(findLeaks('hu', [shown('Moment of truth')], []).map((l) => [l.from, l.fragment])).toEqual([
      ['en', 'Moment of truth'],
    ]);
    expect(findLeaks('hu', [shown('Megnyitás: Moment of truth')], ['Moment of truth'])).toEqual([]);
    // A language picker's entries are marked with their own language.
    expect(findLeaks('hu', [shown(translator('en')('home.title'), 'en')], [])).toEqual([]);
    // A library's English (React Flow's), when given, counts in any language but English.
    expect(findLeaks('zh-CN', [shown('Frobnicate widget')], [], ['Frobnicate widget']).map((l) => l.from)).toEqual([
      'library',
    ]);
    expect(findLeaks('en', [shown('Frobnicate widget')], [], ['Frobnicate widget'])).toEqual([]);
  });

  it("collects a project's own texts", () => {
    const project = buildTemplate('supermarket', { id: 'p', name: 'Bolt', now: '', language: 'zh-CN' });
    const texts = projectTexts(project);
    expect(texts).toContain('Bolt');
    expect(texts).toContain('进超市');
    expect(texts).toContain(project.stages[0]!.name);
    expect(texts).not.toContain('p');
  });
});
