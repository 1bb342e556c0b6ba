import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { i18nOptions } from '../../shared/i18n/translator';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The renderer's i18next, holding every catalogue (shared/i18n). It starts in
 * English; the app switches it to the language main reports (settings or the
 * system's) before the first screen, and again live when the user picks one.
 */
void i18n.use(initReactI18next).init(i18nOptions(DEFAULT_LANGUAGE));

export default i18n;

/** The UI language now (for Intl formatting and the exports' default language). */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The UI language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}
