/**
 * The language an export is written in: its translator (for the fixed texts) and its tag
 * (for Intl numbers and dates). The format writers take one as a parameter and keep no
 * i18next state of their own; without one they write English.
 */
import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { translator } from '../i18n/translator';

export interface ExportLanguage {
  lng: Language;
  t: TFunction;
}

/** The export language for `lng` (English by default). */
export function exportLanguage(lng: Language = DEFAULT_LANGUAGE): ExportLanguage {
  return { lng, t: translator(lng) };
}

/** A domain word used inside a sentence or a table ("Contact moment" → "contact moment"). */
export function inline(text: ExportLanguage, key: string): string {
  return text.t(key).toLocaleLowerCase(text.lng);
}
