import i18next, { type i18n, type TFunction } from 'i18next';
import { CATALOGUES } from './catalogues';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** i18next options shared by every instance (renderer, main, exports). */
export function i18nOptions(lng: Language) {
  return {
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([lang, messages]) => [lang, { translation: messages }]),
    ),
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    // Text is rendered by React or written by the exports' own escaping.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  } as const;
}

/** A stand-alone i18next instance in one language (main; an export in a language other than the UI's). */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(lng));
  return instance;
}

const cache = new Map<Language, TFunction>();

/** A translator for one language, made once and kept. */
export function translator(lng: Language): TFunction {
  let t = cache.get(lng);
  if (!t) {
    t = createI18n(lng).t;
    cache.set(lng, t);
  }
  return t;
}
