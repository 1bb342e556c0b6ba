// @vitest-environment node
/**
 * The shared translator (shared/i18n/translator.ts) in plain Node, as main and
 * the exports use it: no DOM, no React. Each language answers in its own words
 * for every key, with its own plural forms; the English fallback i18next keeps
 * for a missing key is never what a test accepts (catalogues.test.ts keeps
 * every key present). And matchLanguage maps system locales.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  createI18n,
  en,
  i18nOptions,
  matchLanguage,
  translator,
} from '../../../shared/i18n';
import { flatten, variables } from './catalogueCheck';

/** Numbers that reach every plural category of our languages (lt "many" is for fractions). */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 0.5, 1.5];

/** A value for each {{variable}} of `value`: a number where it is formatted as one, else a marker. */
function params(value: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const match of value.matchAll(/\{\{\s*([^\s,}]+)\s*(?:,\s*([^}]*))?\}\}/g)) {
    const [, name, format] = match;
    out[name!] = format?.trim().startsWith('number') ? 1234.5 : `‹${name}›`;
  }
  return out;
}

/** `value` with plain {{name}} substituted (no formats). */
function filled(value: string, values: Record<string, string | number>): string {
  return value.replace(/\{\{\s*([^\s,}]+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

const english = flatten(en);
const englishKeys = [...english.keys()];
const pluralBases = englishKeys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
const isPluralForm = (key: string) => pluralBases.some((base) => key.startsWith(`${base}_`));
const plainKeys = englishKeys.filter((key) => !isPluralForm(key));

describe('the translator in plain Node', () => {
  it('runs without a DOM', () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.document).toBe('undefined');
  });

  it('answers at once in English, interpolating without HTML escaping', () => {
    const i18n = createI18n('en');
    expect(i18n.language).toBe('en');
    // Whatever the keys are today: one without variables, one with a plain variable, one plural.
    const fixed = plainKeys.find((key) => variables(english.get(key)!).length === 0)!;
    expect(i18n.t(fixed)).toBe(english.get(fixed));
    const withVariable = plainKeys.find((key) => /\{\{\s*\w+\s*\}\}/.test(english.get(key)!))!;
    const hostile = Object.fromEntries(variables(english.get(withVariable)!).map((v) => [v, 'Tom & Jerry <b>"1"</b>']));
    expect(i18n.t(withVariable, hostile)).toContain('Tom & Jerry <b>"1"</b>');
    const base = pluralBases[0]!;
    expect(i18n.t(base, { ...params(english.get(`${base}_one`)!), count: 1 })).toBe(
      i18n.t(`${base}_one`, { ...params(english.get(`${base}_one`)!), count: 1, lngs: ['en'] }),
    );
    expect(i18n.t(base, { ...params(english.get(`${base}_other`)!), count: 2 })).toBe(
      i18n.t(`${base}_other`, { ...params(english.get(`${base}_other`)!), count: 2, lngs: ['en'] }),
    );
  });

  it('answers in the language of its options, with each language its own plural forms (hand-made resources)', () => {
    // The same options as createI18n, with resources made here: proves the wiring
    // for Hungarian, Lithuanian's four forms and Chinese's one, whatever the catalogues hold today.
    const resources = {
      en: { translation: { home: { title: 'Projects', n_one: '{{count}} step', n_other: '{{count}} steps' } } },
      hu: { translation: { home: { title: 'Projektek', n_one: '{{count}} lépés', n_other: '{{count}} lépés' } } },
      lt: {
        translation: {
          home: {
            title: 'Projektai',
            n_one: '{{count}} žingsnis',
            n_few: '{{count}} žingsniai',
            n_many: '{{count}} žingsnio',
            n_other: '{{count}} žingsnių',
          },
        },
      },
      'zh-CN': { translation: { home: { title: '项目', n_other: '{{count}} 个步骤' } } },
    };
    const make = (lng: 'hu' | 'lt' | 'zh-CN') => {
      const i18n = i18next.createInstance();
      void i18n.init({ ...i18nOptions(lng), resources });
      return i18n;
    };
    expect(make('hu').t('home.title')).toBe('Projektek');
    expect(make('zh-CN').t('home.title')).toBe('项目');
    const lt = make('lt');
    expect([1, 21, 2, 22, 9, 10, 11, 1.5].map((count) => lt.t('home.n', { count }))).toEqual([
      '1 žingsnis',
      '21 žingsnis',
      '2 žingsniai',
      '22 žingsniai',
      '9 žingsniai',
      '10 žingsnių',
      '11 žingsnių',
      '1.5 žingsnio',
    ]);
    expect([1, 2].map((count) => make('zh-CN').t('home.n', { count }))).toEqual(['1 个步骤', '2 个步骤']);
    // A key the language lacks shows English (fallbackLng), never the key itself:
    // the completeness gate (catalogues.test.ts) keeps this from happening in the app.
    expect(i18nOptions('hu').fallbackLng).toBe(DEFAULT_LANGUAGE);
  });

  it('keeps one translator per language', () => {
    expect(translator('hu')).toBe(translator('hu'));
    const fixed = plainKeys.find((key) => variables(english.get(key)!).length === 0)!;
    expect(translator('en')(fixed)).toBe(english.get(fixed));
  });

  for (const lang of LANGUAGES) {
    it(`createI18n('${lang}') answers every key in ${lang}'s own words, never falling back to English`, () => {
      const i18n = createI18n(lang);
      const own = flatten(CATALOGUES[lang]);
      // `lngs: [lang]` reads this language's resources only: no fallback.
      const ownOnly = (key: string, values: object) => i18n.t(key, { ...values, lngs: [lang] });
      const wrong: string[] = [];
      for (const key of plainKeys) {
        const value = own.get(key);
        const values = params(english.get(key)!);
        const got = i18n.t(key, values);
        if (value === undefined) wrong.push(`${key}: not in ${lang}, shows "${got}"`);
        else if (got !== ownOnly(key, values)) wrong.push(`${key}: shows "${got}", ${lang} has "${value}"`);
        else if (!/\{\{[^}]*,/.test(value) && got !== filled(value, values))
          wrong.push(`${key}: shows "${got}", ${lang} has "${value}"`);
      }
      // Each count reaches the form of its own plural category (Intl.PluralRules).
      const rules = new Intl.PluralRules(lang);
      for (const base of pluralBases) {
        for (const count of COUNTS) {
          const form = `${base}_${rules.select(count)}`;
          const values = { ...params(english.get(`${base}_other`)!), count };
          const got = i18n.t(base, values);
          if (!own.has(form)) wrong.push(`${form} (count ${count}): not in ${lang}, shows "${got}"`);
          else if (got !== ownOnly(form, values)) wrong.push(`${form} (count ${count}): shows "${got}"`);
        }
      }
      expect(wrong, `${wrong.length} keys not answered in ${lang}`).toEqual([]);
    });
  }
});

describe('matchLanguage', () => {
  it.each([
    ['hu-HU', 'hu'],
    ['hu', 'hu'],
    ['lt_LT.UTF-8', 'lt'],
    ['lt-LT', 'lt'],
    ['et', 'et'],
    ['et_EE.UTF-8', 'et'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    // Traditional Chinese is not Simplified Chinese: English, the default.
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['zh-HK', 'en'],
    ['zh_TW.UTF-8', 'en'],
    // Languages Touchmap does not speak, and no locale at all.
    ['fr', 'en'],
    ['de_DE.UTF-8', 'en'],
    ['C.UTF-8', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });

  it('takes the first supported language of a list, or English', () => {
    expect(matchLanguage(['fr-FR', 'hu-HU', 'lt'])).toBe('hu');
    expect(matchLanguage(['zh-TW', 'lt_LT'])).toBe('lt');
    expect(matchLanguage(['fr', 'de'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage(undefined)).toBe('en');
  });
});
