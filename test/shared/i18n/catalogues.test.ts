/**
 * The integrator's gate for issue G: every language's catalogue is complete
 * against English (the rules are in catalogueCheck.ts). A translation that
 * lacks a key, has one English lacks, is empty, drops or adds a {{variable}},
 * has the wrong plural forms for its language, or is an untranslated copy of
 * the English fails here, so the app never falls back to English silently.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, en } from '../../../shared/i18n';
import { checkCatalogue } from './catalogueCheck';

describe('catalogues are complete against English', () => {
  it('English is consistent with itself (its plural keys have exactly one and other)', () => {
    expect(checkCatalogue('en', en, en)).toEqual([]);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every English key, no other, none empty, the same variables and its own plural forms`, () => {
      const problems = checkCatalogue(lang, CATALOGUES[lang], en);
      expect(problems, `${problems.length} problems in ${lang}`).toEqual([]);
    });
  }
});
