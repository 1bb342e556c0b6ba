/**
 * Finding one language's catalogue strings among the texts another language's UI shows
 * (languages.e2e.ts). Each catalogue's leaf strings are cut at their interpolations
 * (`{{name}}`, `$t(key)`) into fragments; a fragment counts when it has at least four
 * characters, or two CJK characters. A fragment that also occurs in the tested language's own
 * catalogue (brand names, SERVQUAL, file formats) says nothing and is dropped. The user's own
 * text (the project's) is cut out of a shown text before it is searched.
 */
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';

/** A text the page shows: its words, the language of the element it sits in, and where it is. */
export interface Shown {
  text: string;
  /** The `lang` of the nearest element that has one ('' when none). */
  lang: string;
  where: string;
}

export interface Leak {
  /** The language the fragment belongs to. */
  from: Language | 'library';
  fragment: string;
  text: string;
  where: string;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const CJK_ALL = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LETTER = /[\p{L}\p{N}]/u;

/** Every leaf string of a catalogue (nested objects walked). */
export function leaves(messages: unknown): string[] {
  if (typeof messages === 'string') return [messages];
  if (typeof messages !== 'object' || messages === null) return [];
  return Object.values(messages).flatMap(leaves);
}

/** A string cut at its interpolations into the fragments long enough to tell a language by. */
export function fragments(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\$t\([^)]*\)|\n/u)
    .map((part) => part.trim())
    .filter((part) => (CJK.test(part) ? (part.match(CJK_ALL)?.length ?? 0) >= 2 : part.length >= 4));
}

/**
 * Whether `fragment` occurs in `text` as words, in any letter case: a fragment that starts (ends) with a Latin letter
 * or digit must not continue a word there. CJK has no spaces between words, so it matches anywhere.
 */
export function occursIn(fragment: string, text: string): boolean {
  // In any case: a word a component capitalises differently (a raw "medium" for "Medium") still counts.
  fragment = fragment.toLowerCase();
  text = text.toLowerCase();
  const firstIsWord = LETTER.test(fragment[0]!) && !CJK.test(fragment[0]!);
  const last = fragment[fragment.length - 1]!;
  const lastIsWord = LETTER.test(last) && !CJK.test(last);
  for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
    const before = text[at - 1];
    const after = text[at + fragment.length];
    if (firstIsWord && before !== undefined && LETTER.test(before)) continue;
    if (lastIsWord && after !== undefined && LETTER.test(after)) continue;
    return true;
  }
  return false;
}

/** `text` with every occurrence of each of `cuts` (longest first) that stands as words replaced by a break. */
export function cutOut(text: string, cuts: readonly string[]): string {
  let out = text;
  for (const cut of cuts) {
    const first = LETTER.test(cut[0]!) && !CJK.test(cut[0]!);
    const last = LETTER.test(cut[cut.length - 1]!) && !CJK.test(cut[cut.length - 1]!);
    let result = '';
    let from = 0;
    for (let at = out.indexOf(cut); at >= 0; at = out.indexOf(cut, at + 1)) {
      if (at < from) continue;
      const before = out[at - 1];
      const after = out[at + cut.length];
      if (first && before !== undefined && LETTER.test(before)) continue;
      if (last && after !== undefined && LETTER.test(after)) continue;
      result += out.slice(from, at) + '\u0000';
      from = at + cut.length;
    }
    out = result + out.slice(from);
  }
  return out;
}

/**
 * The fragments of every other language (and of `extra`, English strings a library shows unless
 * told otherwise) that `lang`'s own catalogue does not also hold.
 */
export function foreignFragments(
  lang: Language,
  extra: readonly string[] = [],
): { from: Language | 'library'; fragment: string }[] {
  const own = leaves(CATALOGUES[lang]);
  const ownText = own.join('\n');
  const isOwn = (fragment: string) => occursIn(fragment, ownText);
  const out: { from: Language | 'library'; fragment: string }[] = [];
  const seen = new Set<string>();
  const sources: [Language | 'library', string[]][] = [
    ...LANGUAGES.filter((other) => other !== lang).map((other): [Language, string[]] => [
      other,
      leaves(CATALOGUES[other]),
    ]),
    ['library', lang === 'en' ? [] : [...extra]],
  ];
  for (const [from, texts] of sources)
    for (const fragment of texts.flatMap(fragments)) {
      if (seen.has(fragment.toLowerCase()) || isOwn(fragment)) continue;
      seen.add(fragment.toLowerCase());
      out.push({ from, fragment });
    }
  // Longest first, so a leak is reported by its whole sentence rather than a word of it.
  return out.sort((a, b) => b.fragment.length - a.fragment.length);
}

/**
 * The foreign fragments among the shown texts, after cutting the user's own text out of each.
 * A text inside an element marked with another `lang` than the page's says which language it
 * is in (a language picker lists each language in itself) and is not searched.
 */
export function findLeaks(
  lang: Language,
  shown: readonly Shown[],
  userText: readonly string[],
  extra: readonly string[] = [],
): Leak[] {
  const foreign = foreignFragments(lang, extra);
  const user = [...new Set(userText.map((s) => s.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const leaks: Leak[] = [];
  const reported = new Set<string>();
  for (const item of shown) {
    if (item.lang && item.lang !== lang) continue;
    const text = cutOut(item.text, user);
    for (const { from, fragment } of foreign) {
      if (!occursIn(fragment, text)) continue;
      const key = `${fragment}\u0000${item.text}`;
      if (reported.has(key)) continue;
      reported.add(key);
      leaks.push({ from, fragment, text: item.text, where: item.where });
      // One leak per shown text is enough to name it; shorter fragments of the same sentence add nothing.
      break;
    }
  }
  return leaks;
}

/** Every text a project holds (its name, stages, lanes, steps and their annotations, flows, personas). */
export function projectTexts(project: unknown): string[] {
  const TEXT_KEYS = new Set([
    'name',
    'title',
    'description',
    'actor',
    'note',
    'mitigation',
    'ordinary',
    'quality',
    'text',
    'notes',
    'label',
    'thoughts',
    'painPoints',
    'opportunities',
  ]);
  const out: string[] = [];
  const walk = (value: unknown, key: string | null) => {
    if (typeof value === 'string') {
      if (key !== null && TEXT_KEYS.has(key)) out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(project, null);
  return out.filter((s) => s.trim() !== '');
}

export interface Stray {
  word: string;
  text: string;
  where: string;
}

const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * The Latin-script words (four letters or more) shown that the tested language's catalogue never
 * uses: a literal left in a component that no catalogue holds (the leak search cannot see it).
 * The user's text is cut out first; `allowed` adds words that come from elsewhere (language names,
 * Intl's month and unit names, keycaps). In Chinese every Latin word must be the catalogue's.
 */
export function strayWords(
  lang: Language,
  shown: readonly Shown[],
  userText: readonly string[],
  allowed: readonly string[] = [],
): Stray[] {
  // The user's own words count too: the map wraps a long note over lines, and a line of it is
  // no longer the whole text that cutOut takes away.
  const vocabulary = new Set(
    [...leaves(CATALOGUES[lang]), ...allowed, ...userText].join('\n').toLowerCase().match(LATIN_WORD) ?? [],
  );
  const user = [...new Set(userText.map((s) => s.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const strays: Stray[] = [];
  for (const item of shown) {
    if (item.lang && item.lang !== lang) continue;
    const text = cutOut(item.text, user);
    for (const word of text.match(LATIN_WORD) ?? [])
      if (word.length >= 4 && !vocabulary.has(word.toLowerCase())) {
        strays.push({ word, text: item.text, where: item.where });
        break;
      }
  }
  return strays;
}
