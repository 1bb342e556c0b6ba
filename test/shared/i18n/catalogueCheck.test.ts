/**
 * The completeness checker itself (catalogueCheck.ts), on hand-made catalogues:
 * each kind of mistake is caught, and a correct catalogue passes. Independent
 * of the real catalogues, which catalogues.test.ts checks.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalogue, variables } from './catalogueCheck';

const english = {
  home: {
    title: 'Projects',
    open: 'Open {{name}}',
    steps_one: '{{count}} step',
    steps_other: '{{count}} steps',
  },
  app: { name: 'Touchmap' },
  lens: { range: '1-4' },
};

const hungarian = {
  home: {
    title: 'Projektek',
    open: 'Megnyitás: {{name}}',
    steps_one: '{{count}} lépés',
    steps_other: '{{count}} lépés',
  },
  app: { name: 'Touchmap' },
  lens: { range: '1-4' },
};

const lithuanian = {
  home: {
    title: 'Projektai',
    open: 'Atidaryti: {{name}}',
    steps_one: '{{count}} žingsnis',
    steps_few: '{{count}} žingsniai',
    steps_many: '{{count}} žingsnio',
    steps_other: '{{count}} žingsnių',
  },
  app: { name: 'Touchmap' },
  lens: { range: '1-4' },
};

const chinese = {
  home: { title: '项目', open: '打开：{{name}}', steps_other: '{{count}} 个步骤' },
  app: { name: 'Touchmap' },
  lens: { range: '1-4' },
};

/** A copy of `catalogue` with `change` applied to its `home` object. */
function broken<T extends { home: Record<string, string> }>(
  catalogue: T,
  change: (home: Record<string, string>) => void,
): T {
  const copy = structuredClone(catalogue);
  change(copy.home);
  return copy;
}

describe('checkCatalogue', () => {
  it('passes complete catalogues, with each language its own plural forms', () => {
    expect(checkCatalogue('en', english, english)).toEqual([]);
    expect(checkCatalogue('hu', hungarian, english)).toEqual([]);
    expect(checkCatalogue('lt', lithuanian, english)).toEqual([]);
    expect(checkCatalogue('zh-CN', chinese, english)).toEqual([]);
  });

  it('reports a key English has and the catalogue lacks', () => {
    const missing = broken(hungarian, (home) => delete home.title);
    expect(checkCatalogue('hu', missing, english)).toEqual(['hu: missing key home.title']);
    expect(checkCatalogue('hu', { app: { name: 'Touchmap' }, lens: { range: '1-4' } }, english)).toEqual([
      'hu: missing key home.title',
      'hu: missing key home.open',
      'hu: missing plural form home.steps_one (hu plural categories: one, other)',
      'hu: missing plural form home.steps_other (hu plural categories: one, other)',
    ]);
  });

  it('reports a key English lacks', () => {
    const extra = broken(hungarian, (home) => (home.subtitle = 'Alcím'));
    expect(checkCatalogue('hu', extra, english)).toEqual(['hu: key home.subtitle is not in English']);
  });

  it('reports an empty value', () => {
    const empty = broken(hungarian, (home) => (home.title = '  '));
    expect(checkCatalogue('hu', empty, english)).toEqual(['hu: home.title is empty']);
  });

  it('reports a value that is not a string', () => {
    const wrong = { ...hungarian, app: { name: 3 } } as unknown as typeof hungarian;
    expect(checkCatalogue('hu', wrong, english)).toEqual([
      'hu: app.name: not a string (number)',
      'hu: missing key app.name',
    ]);
  });

  it('reports a dropped or an added {{variable}}', () => {
    const dropped = broken(hungarian, (home) => (home.open = 'Megnyitás'));
    expect(checkCatalogue('hu', dropped, english)).toEqual(['hu: home.open drops {{name}}']);
    const renamed = broken(hungarian, (home) => (home.open = 'Megnyitás: {{nev}}'));
    expect(checkCatalogue('hu', renamed, english)).toEqual([
      'hu: home.open drops {{name}}',
      'hu: home.open adds {{nev}} (English has none such)',
    ]);
    const pluralDropped = broken(lithuanian, (home) => (home.steps_few = 'keli žingsniai'));
    expect(checkCatalogue('lt', pluralDropped, english)).toEqual(['lt: home.steps_few drops {{count}}']);
  });

  it("checks plural keys against the language's own plural categories", () => {
    // Lithuanian has one, few, many and other: English's two forms are not enough.
    const englishShape = broken(lithuanian, (home) => {
      delete home.steps_few;
      delete home.steps_many;
    });
    expect(checkCatalogue('lt', englishShape, english)).toEqual([
      'lt: missing plural form home.steps_few (lt plural categories: few, many, one, other)',
      'lt: missing plural form home.steps_many (lt plural categories: few, many, one, other)',
    ]);
    // Chinese has only other.
    const withOne = broken(chinese, (home) => (home.steps_one = '{{count}} 个步骤'));
    expect(checkCatalogue('zh-CN', withOne, english)).toEqual([
      'zh-CN: plural form home.steps_one is not a zh-CN plural category (other)',
    ]);
    // Hungarian has one and other: a few form is foreign to it.
    const withFew = broken(hungarian, (home) => (home.steps_few = '{{count}} lépés'));
    expect(checkCatalogue('hu', withFew, english)).toEqual([
      'hu: plural form home.steps_few is not a hu plural category (one, other)',
    ]);
    // English itself must have its own categories.
    const englishWithoutOne = broken(english, (home) => delete home.steps_one);
    expect(checkCatalogue('en', englishWithoutOne, englishWithoutOne)).toEqual([
      'en: missing plural form home.steps_one (en plural categories: one, other)',
    ]);
  });

  it('reports a Chinese value with no Chinese characters, but lets brand and format names pass', () => {
    const untranslated = broken(chinese, (home) => (home.title = 'Projects'));
    expect(checkCatalogue('zh-CN', untranslated, english)).toEqual([
      'zh-CN: home.title has no Chinese characters ("Projects"): untranslated?',
    ]);
    const pinyin = broken(chinese, (home) => (home.open = 'Dakai: {{name}}'));
    expect(checkCatalogue('zh-CN', pinyin, english)).toEqual([
      'zh-CN: home.open has no Chinese characters ("Dakai: {{name}}"): untranslated?',
    ]);
    // 'Touchmap' (app.name) and '1-4' (no letters) passed in the complete catalogue above.
    const servqual = { ...english, lens: { range: '1-4', title: 'SERVQUAL (P - E)' } };
    const servqualZh = { ...chinese, lens: { range: '1-4', title: 'SERVQUAL (P - E)' } };
    expect(checkCatalogue('zh-CN', servqualZh, servqual)).toEqual([]);
  });

  it('reports a Hungarian, Lithuanian or Estonian value identical to English unless the word is the same', () => {
    const copied = broken(hungarian, (home) => (home.title = 'Projects'));
    expect(checkCatalogue('hu', copied, english)).toEqual([
      'hu: home.title is identical to English ("Projects"): untranslated? (if each word is the same in hu, add it to SAME_AS_ENGLISH)',
    ]);
    const copiedPlural = broken(lithuanian, (home) => (home.steps_one = '{{count}} step'));
    expect(checkCatalogue('lt', copiedPlural, english)).toEqual([
      'lt: home.steps_one is identical to English ("{{count}} step"): untranslated? (if each word is the same in lt, add it to SAME_AS_ENGLISH)',
    ]);
    const estonian = { ...hungarian, home: { ...hungarian.home, title: 'Projects' } };
    expect(checkCatalogue('et', estonian, english, { sameAsEnglish: ['Touchmap', 'Projects'] })).toEqual([]);
    expect(checkCatalogue('et', estonian, english)).toHaveLength(1);
  });

  it('lets an identical value pass when each of its words is the same in that language', () => {
    const source = { ...english, size: { kb: '{{size}} KB' }, detail: { risk: 'Risk: {{text}}' } };
    const same = { size: { kb: '{{size}} KB' }, detail: { risk: 'Risk: {{text}}' } };
    // Estonian says "risk" too (docs/glossary.md); Hungarian says "kockázat".
    expect(checkCatalogue('et', { ...hungarian, ...same }, source)).toEqual([]);
    expect(checkCatalogue('hu', { ...hungarian, ...same }, source)).toEqual([
      'hu: detail.risk is identical to English ("Risk: {{text}}"): untranslated? (if each word is the same in hu, add it to SAME_AS_ENGLISH)',
    ]);
    // Units need no Chinese characters.
    expect(checkCatalogue('zh-CN', { ...chinese, ...same, detail: { risk: '风险：{{text}}' } }, source)).toEqual([]);
  });

  it('reads {{variables}} with formats and spacing', () => {
    expect(variables('{{count}} of {{ total }}, {{when, datetime}} {{count}}')).toEqual(['count', 'total', 'when']);
    expect(variables('no variables')).toEqual([]);
  });
});
