import type { Language } from './languages';

/** Numbers, dates and times in a language's own conventions, through Intl. */
/**
 * Number formats made once per language and options: making one costs far more than using it
 * (a unit format took about 0.6 ms to make here, so a 300-step export spent 200 ms on them).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lng: Language, value: number, options?: Intl.NumberFormatOptions): string {
  const id = options ? `${lng} ${JSON.stringify(options)}` : lng;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(lng, options);
    numberFormats.set(id, format);
  }
  return format.format(value);
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

/**
 * A decimal with exactly two decimals, as the language writes one ("4.21", "4,21"), without
 * grouping so it reads back with {@link parseDecimal}. SERVQUAL means are shown this way;
 * the file keeps their full precision.
 *
 * @example formatDecimal('hu', 4.2137) // "4,21"
 */
export function formatDecimal(lng: Language, n: number, digits = 2): string {
  return formatNumber(lng, n, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}

/**
 * A number typed by hand: digits with a point or a comma as the decimal separator (so both
 * "4.21" and the Hungarian, Lithuanian or Estonian "4,21" read 4.21), an optional sign (also
 * Intl's "−"), spaces around ignored. Null for anything else, including grouped thousands.
 *
 * @example parseDecimal('4,21') // 4.21
 */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/^\u2212/, '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
