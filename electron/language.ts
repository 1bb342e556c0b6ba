/**
 * Main's UI language: the user's choice in the library settings, else the
 * system's. Main has one UI, so one language per process: the services set it
 * at start and on every change (electron/handlers.ts), and main's menus, native
 * dialogs and error messages read their words through `mt` when they are built.
 */
import { DEFAULT_LANGUAGE, type Language } from '../shared/i18n/languages';
import { translator } from '../shared/i18n/translator';

let current: Language = DEFAULT_LANGUAGE;

/** The language main speaks now. */
export function mainLanguage(): Language {
  return current;
}

export function setMainLanguage(language: Language): void {
  current = language;
}

/** A catalogue text in main's current language, with its {{variables}} filled in. */
export function mt(key: string, values?: Record<string, string | number>): string {
  return translator(current)(key, values ?? {});
}
