/**
 * Catalogue phrases for the editor's hot paths (the outline's descriptions, the flows'
 * accessible names). A 5,000-step journey says tens of thousands of phrases, and i18next's
 * t() costs tens of microseconds a call: each phrase's template is looked up once per
 * language and filled in here. Numbers among the values are written in the UI language
 * (Intl); plural keys (`_one`, `_few`, `_many`, `_other`) are chosen by the language's own
 * plural rules.
 */
import i18n, { currentLanguage } from '../i18n';
import { formatSigned } from '../../shared/i18n/format';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';

interface Cache {
  language: Language;
  templates: Map<string, string>;
  plurals: Intl.PluralRules;
  numbers: Intl.NumberFormat;
}

let cache: Cache | null = null;

function current(): Cache {
  const language = currentLanguage();
  if (cache?.language !== language)
    cache = {
      language,
      templates: new Map(),
      plurals: new Intl.PluralRules(language),
      numbers: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }),
    };
  return cache;
}

function lookup(c: Cache, key: string): string | undefined {
  let text = c.templates.get(key);
  if (text === undefined) {
    const found =
      i18n.getResource(c.language, 'translation', key) ?? i18n.getResource(DEFAULT_LANGUAGE, 'translation', key);
    if (typeof found !== 'string') return undefined;
    text = found;
    c.templates.set(key, text);
  }
  return text;
}

function fill(c: Cache, text: string, values?: Readonly<Record<string, unknown>>): string {
  if (!values) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    return typeof value === 'number' ? c.numbers.format(value) : String(value ?? '');
  });
}

/** A catalogue phrase with its `{{values}}` filled in (the key itself when the catalogue lacks it). */
export function phrase(key: string, values?: Readonly<Record<string, unknown>>): string {
  const c = current();
  return fill(c, lookup(c, key) ?? key, values);
}

/** A plural phrase: `key_<category>` for `count` in the UI language, `{{count}}` filled in. */
export function plural(key: string, count: number, values?: Readonly<Record<string, unknown>>): string {
  const c = current();
  const text = lookup(c, `${key}_${c.plurals.select(count)}`) ?? lookup(c, `${key}_other`) ?? key;
  return fill(c, text, { ...values, count });
}

/** A domain word in running text ("contact moment" in "Pay, contact moment"), lower-cased as the language does. */
export function lower(text: string): string {
  return text.toLocaleLowerCase(current().language);
}

/** A signed number in the UI language (see {@link formatSigned}): "+1", "0", "-2", "-0.45" ("−" where the language writes one). */
export function signed(n: number, digits = 0): string {
  return formatSigned(current().language, n, digits);
}

/** A number in the UI language. */
export function number(n: number): string {
  return current().numbers.format(n);
}
