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

/** Regions whose Chinese is written in the Traditional script when a locale names no script. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Whether a Chinese locale's subtags (after "zh") mean the Simplified script. The script
 * subtag decides when there is one ("zh-Hans-HK" is Simplified, "zh-Hant-CN" Traditional);
 * without one, Taiwan, Hong Kong and Macau mean Traditional and everything else Simplified.
 * Touchmap has no Traditional catalogue, so Traditional locales fall through to the next
 * preference (or English).
 */
function isSimplifiedChinese(subtags: readonly string[]): boolean {
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  if (script) return script === 'hans';
  const region = subtags.find((s) => /^([a-z]{2}|\d{3})$/.test(s));
  return !(region && TRADITIONAL_REGIONS.has(region));
}

/**
 * The supported language closest to a system locale ("hu-HU" → hu, "zh-Hans-CN",
 * "zh-Hans-HK" or "zh" → zh-CN, "lt_LT.UTF-8" → lt); English when none fits.
 */
export function matchLanguage(locales: readonly string[] | string | undefined): Language {
  const list = typeof locales === 'string' ? [locales] : (locales ?? []);
  for (const raw of list) {
    // POSIX "zh_CN.UTF-8@euro" → "zh-CN"; BCP 47 tags pass through.
    const tag = raw.replace(/[.@].*$/, '').replace(/_/g, '-');
    const [primary = '', ...subtags] = tag.toLowerCase().split('-');
    if (primary === 'zh') {
      if (isSimplifiedChinese(subtags)) return 'zh-CN';
      continue;
    }
    const found = LANGUAGES.find((lang) => lang === primary);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}
