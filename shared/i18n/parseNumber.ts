import type { Language } from './languages';

/** Languages that write a decimal comma ("3,9") and group digits with spaces. */
const DECIMAL_COMMA: ReadonlySet<Language> = new Set<Language>(['hu', 'lt', 'et']);

/**
 * A number as a user types it in a language, or null when the text is not one. In Hungarian,
 * Lithuanian and Estonian the decimal separator is a comma (a point is accepted too, as many
 * keyboards type it); digits may be grouped with spaces (also no-break ones). In English and
 * Chinese the point is the decimal separator and commas group digits. A leading minus may be
 * the hyphen or the real minus sign Intl writes (−).
 *
 * @example parseLocaleNumber('hu', '3,9') // 3.9
 * @example parseLocaleNumber('en', '1,250.5') // 1250.5
 */
export function parseLocaleNumber(lng: Language, text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (DECIMAL_COMMA.has(lng)) {
    if ((s.match(/[.,]/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  } else {
    // A comma only as a thousands separator ("1,250.5"); "3,9" is not a number here.
    if (s.includes(',') && !/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number for an input field in a language: no grouping, up to `digits` decimals ("3,9" in hu). */
export function numberForInput(lng: Language, n: number, digits = 6): string {
  return new Intl.NumberFormat(lng, { useGrouping: false, maximumFractionDigits: digits })
    .format(n)
    .replace(/\u2212/, '-');
}
