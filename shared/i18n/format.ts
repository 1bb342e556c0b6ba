import type { Language } from './languages';

/** Numbers, dates and times in a language's own conventions, through Intl. */
export function formatNumber(lng: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lng, options).format(value);
}

export function formatDateTime(
  lng: Language,
  when: Date | number | string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = when instanceof Date ? when : new Date(when);
  return new Intl.DateTimeFormat(lng, options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(lng: Language, when: Date | number | string): string {
  return formatDateTime(lng, when, { dateStyle: 'medium' });
}

/** A list ("a, b and c") joined as the language joins one. */
export function formatList(lng: Language, items: readonly string[]): string {
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
}

const signedFormats = new Map<string, Intl.NumberFormat>();

/**
 * A signed number with exactly `digits` decimals, as the language writes one: "+1.5", "0",
 * "-1.5" (en), "−1,5" (lt, et: Intl's real minus sign). Zero, and anything that rounds to
 * zero, has no sign. The one writer of signed numbers (emotion, SERVQUAL gaps) for the
 * screen, the outline and the exports.
 *
 * @example formatSigned('en', -1.5, 1) // "-1.5"
 */
export function formatSigned(lng: Language, n: number, digits = 0): string {
  const key = `${lng}|${String(digits)}`;
  let format = signedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lng, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    });
    signedFormats.set(key, format);
  }
  return format.format(n);
}
