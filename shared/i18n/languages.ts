/**
 * The languages Touchmap speaks. English is the source catalogue; every other
 * language has the same keys (checked by test/shared/i18n/catalogues.test.ts).
 */
export const LANGUAGES = ['en', 'hu', 'lt', 'et', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself (a language menu lists them so). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  hu: 'Magyar',
  lt: 'Lietuvių',
  et: 'Eesti',
  'zh-CN': '简体中文',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The supported language closest to a system locale ("hu-HU" → hu,
 * "zh-Hans-CN" or "zh" → zh-CN, "lt_LT.UTF-8" → lt); English when none fits.
 */
export function matchLanguage(locales: readonly string[] | string | undefined): Language {
  const list = typeof locales === 'string' ? [locales] : (locales ?? []);
  for (const raw of list) {
    const tag = raw.replace(/[_.].*$/, (m) => (m.startsWith('_') ? '-' + m.slice(1).replace(/\..*$/, '') : ''));
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') {
      // Traditional-script locales are not Simplified Chinese; skip them.
      if (/-(hant|tw|hk|mo)\b/i.test(tag)) continue;
      return 'zh-CN';
    }
    const found = LANGUAGES.find((lang) => lang === primary);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}
