/**
 * The catalogue areas (shared/i18n/areas.ts): each language's catalogue is merged from the
 * areas its locales/<lang>/index.ts lists, one line per area. Every language lists the
 * same areas as English, no two areas of a language share a top-level key (one would hide
 * the other's strings), and each area translates the top-level keys of its English area.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, en } from '../../../shared/i18n';
import { areaKeyClashes, mergeAreas } from '../../../shared/i18n/areas';
import { CATALOGUE_AREAS } from '../../../shared/i18n/catalogues';

const ISSUE_I_AREAS = ['evidence', 'survey', 'metrics', 'personas', 'states'];

describe('catalogue areas', () => {
  it('merges areas side by side and reports a top-level key two areas define', () => {
    const areas = { one: { a: 'A', shared: 'one' }, two: { b: { c: 'C' }, shared: 'two' } };
    expect(mergeAreas({ one: areas.one, two: { b: areas.two.b } })).toEqual({
      a: 'A',
      shared: 'one',
      b: { c: 'C' },
    });
    expect(areaKeyClashes(areas)).toEqual([{ key: 'shared', areas: ['one', 'two'] }]);
    expect(areaKeyClashes({ one: { a: 'A' }, two: { b: 'B' } })).toEqual([]);
  });

  it("English has every area, issue I's included, and its catalogue is their merge", () => {
    const names = Object.keys(CATALOGUE_AREAS.en);
    expect(names).toEqual(expect.arrayContaining(['main', 'app', 'editor', 'journey', ...ISSUE_I_AREAS]));
    const merged = Object.assign({}, ...Object.values(CATALOGUE_AREAS.en)) as object;
    expect(en).toEqual(merged);
    expect(Object.keys(en)).toContain('rows');
  });

  for (const lang of LANGUAGES) {
    it(`${lang} lists the same areas as English, no two sharing a top-level key`, () => {
      const areas = CATALOGUE_AREAS[lang];
      expect(Object.keys(areas).sort()).toEqual(Object.keys(CATALOGUE_AREAS.en).sort());
      expect(areaKeyClashes(areas)).toEqual([]);
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(Object.keys(en).sort());
    });

    if (lang === 'en') continue;
    it(`${lang} translates each English area in its own area file`, () => {
      const misplaced = Object.entries(CATALOGUE_AREAS.en).flatMap(([name, area]) => {
        const theirs = Object.keys(CATALOGUE_AREAS[lang][name] ?? {}).sort();
        const ours = Object.keys(area).sort();
        return JSON.stringify(theirs) === JSON.stringify(ours) ? [] : [{ area: name, ours, theirs }];
      });
      expect(misplaced).toEqual([]);
    });
  }
});
