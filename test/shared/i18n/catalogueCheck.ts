/**
 * The catalogue completeness checker: compares one language's catalogue with
 * English (the source) and lists every problem in words an integrator can act
 * on. Used by catalogues.test.ts on the real catalogues and by
 * catalogueCheck.test.ts on hand-made broken ones.
 *
 * A catalogue is complete when:
 * - it has every key English has and no key English lacks;
 * - no value is empty;
 * - each value has the same {{variables}} as its English value;
 * - each plural key (i18next's `x_one`, `x_few`, ...; English has `x_one` and
 *   `x_other`) has exactly the forms of the language's own plural categories
 *   (`Intl.PluralRules(lang).resolvedOptions().pluralCategories`): Lithuanian
 *   one/few/many/other, Chinese other only; each form has the variables of
 *   English's `x_other`;
 * - Chinese: a value whose English has letters contains Chinese characters,
 *   unless all its Latin words are on LATIN_IN_CHINESE (an untranslated copy
 *   otherwise slips through);
 * - Hungarian, Lithuanian, Estonian: a value identical to English (and with
 *   letters) passes only when each of its words is on SAME_AS_ENGLISH, the
 *   reviewed words that are the same ("{{size}} KB", "Risk: {{text}}" in Estonian).
 */
import type { Language, Messages } from '../../../shared/i18n';

/** Every plural suffix i18next knows. */
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Words every language writes as English does: the product, method and file
 * format names, the SERVQUAL letters E and P, key names printed on keyboards,
 * and unit symbols.
 */
const NAMES_AND_SYMBOLS = [
  'Touchmap',
  'SERVQUAL',
  'OK',
  'Mermaid',
  'CSV',
  'PNG',
  'SVG',
  'PDF',
  'Markdown',
  'A4',
  'A3',
  'E',
  'P',
  // A sample's size, as statistics writes it in every language (the respondents behind a SERVQUAL mean).
  'n',
  'Ctrl',
  'Cmd',
  'Shift',
  'Alt',
  'Tab',
  'Enter',
  'Esc',
  'F2',
  'px',
  'KB',
  'MB',
  's',
  'ms',
  // Customer-experience metric names used as they are (issue I's metrics): satisfaction, promoter and effort scores; minutes.
  'CSAT',
  'NPS',
  'CES',
  'min',
] as const;

/**
 * Words a Hungarian, Lithuanian or Estonian value may share with English: a
 * value identical to English passes when each of its words is here. Add a word
 * only after checking the language's usage, and give the source.
 */
export const SAME_AS_ENGLISH: Readonly<Record<'hu' | 'lt' | 'et', readonly string[]>> = {
  // docs/glossary.md: "szolgáltatási standard", channel "web".
  hu: [...NAMES_AND_SYMBOLS, 'Standard', 'Web'],
  // docs/glossary.md: persona.
  lt: [...NAMES_AND_SYMBOLS, 'Persona'],
  // docs/glossary.md: persona, risk (also lower-case in running text); "standard" and "legend" (a map's key) are Estonian words too.
  et: [...NAMES_AND_SYMBOLS, 'Persona', 'Risk', 'risk', 'Standard', 'Legend'],
};

/** Latin words a Chinese value may consist of (no Chinese character needed). */
export const LATIN_IN_CHINESE: readonly string[] = [...NAMES_AND_SYMBOLS];

export interface CheckOptions {
  /** The language's plural categories; by default from Intl.PluralRules. */
  pluralCategories?: readonly string[];
  /** Words this language shares with English (default SAME_AS_ENGLISH[lang]). */
  sameAsEnglish?: readonly string[];
  /** Latin words a Chinese value may consist of (default LATIN_IN_CHINESE). */
  latinInChinese?: readonly string[];
}

/** The leaves of a catalogue by dotted key ('home.steps_one'); non-string leaves are reported. */
export function flatten(messages: Messages, problems: string[] = [], prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value, problems, path)) out.set(k, v);
    else problems.push(`${path}: not a string (${typeof value})`);
  }
  return out;
}

/** The {{variables}} of a value, sorted ('{{count, number}}' counts as count). */
export function variables(value: string): string[] {
  const found = new Set<string>();
  for (const match of value.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) found.add(match[1]!);
  return [...found].sort();
}

/** The plural base and category of a key, when its suffix is a plural category and its base is plural in English. */
function pluralForm(key: string, bases: ReadonlySet<string>): { base: string; category: string } | null {
  const at = key.lastIndexOf('_');
  if (at < 0) return null;
  const base = key.slice(0, at);
  const category = key.slice(at + 1);
  return bases.has(base) && (PLURAL_SUFFIXES as readonly string[]).includes(category) ? { base, category } : null;
}

const withoutVariables = (value: string) => value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ');
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

/**
 * Every problem of `catalogue` (in `lang`) against the English source, one line
 * each ('hu: missing key home.title'); empty when the catalogue is complete.
 */
export function checkCatalogue(
  lang: Language | string,
  catalogue: Messages,
  english: Messages,
  options: CheckOptions = {},
): string[] {
  const problems: string[] = [];
  const report = (text: string) => problems.push(`${lang}: ${text}`);
  const shapeProblems: string[] = [];
  const source = flatten(english);
  const target = flatten(catalogue, shapeProblems);
  for (const problem of shapeProblems) report(problem);

  const categories = [...(options.pluralCategories ?? new Intl.PluralRules(lang).resolvedOptions().pluralCategories)];
  // A key is plural in English when English has its `_other` form.
  const bases = new Set(
    [...source.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)),
  );

  // Keys: English's non-plural keys, and each plural key's forms in this language's categories.
  const expected = new Map<string, { english: string; variablesFrom: string }>();
  for (const [key, value] of source) {
    const plural = pluralForm(key, bases);
    if (!plural) expected.set(key, { english: value, variablesFrom: value });
  }
  for (const base of bases) {
    const other = source.get(`${base}_other`)!;
    for (const category of categories)
      expected.set(`${base}_${category}`, {
        english: source.get(`${base}_${category}`) ?? other,
        variablesFrom: other,
      });
  }

  for (const key of expected.keys()) {
    if (target.has(key)) continue;
    const plural = pluralForm(key, bases);
    report(
      plural
        ? `missing plural form ${key} (${lang} plural categories: ${categories.join(', ')})`
        : `missing key ${key}`,
    );
  }
  for (const key of target.keys()) {
    if (expected.has(key)) continue;
    const plural = pluralForm(key, bases);
    report(
      plural
        ? `plural form ${key} is not a ${lang} plural category (${categories.join(', ')})`
        : `key ${key} is not in English`,
    );
  }

  const same = new Set(options.sameAsEnglish ?? SAME_AS_ENGLISH[lang as keyof typeof SAME_AS_ENGLISH] ?? []);
  const latin = new Set(options.latinInChinese ?? LATIN_IN_CHINESE);
  const checkIdentical = lang === 'hu' || lang === 'lt' || lang === 'et' || options.sameAsEnglish !== undefined;

  for (const [key, value] of target) {
    const source = expected.get(key);
    if (!source) continue;
    if (value.trim() === '') {
      report(`${key} is empty`);
      continue;
    }
    const want = variables(source.variablesFrom);
    const have = variables(value);
    const dropped = want.filter((v) => !have.includes(v));
    const added = have.filter((v) => !want.includes(v));
    if (dropped.length) report(`${key} drops ${dropped.map((v) => `{{${v}}}`).join(', ')}`);
    if (added.length) report(`${key} adds ${added.map((v) => `{{${v}}}`).join(', ')} (English has none such)`);

    const englishHasLetters = LETTER.test(withoutVariables(source.english));
    const words = withoutVariables(value).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (lang === 'zh-CN' && englishHasLetters && !HAN.test(value)) {
      if (words.some((word) => LETTER.test(word) && !latin.has(word)))
        report(`${key} has no Chinese characters ("${value}"): untranslated?`);
    }
    if (checkIdentical && englishHasLetters && value.trim() === source.english.trim()) {
      if (words.some((word) => LETTER.test(word) && !same.has(word)))
        report(
          `${key} is identical to English ("${value}"): untranslated? (if each word is the same in ${lang}, add it to SAME_AS_ENGLISH)`,
        );
    }
  }
  return problems;
}
