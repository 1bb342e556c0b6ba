import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { i18nOptions } from '../../shared/i18n/translator';
import { lensLabels } from '../../shared/i18n/labels';
import type { LensLabels } from '../../shared/lens';
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

const lensLabelCache = new Map<Language, LensLabels>();

/** The lens words and numbers in a language, made once per language (every step node asks). */
export function lensLabelsFor(lng: Language): LensLabels {
  let labels = lensLabelCache.get(lng);
  if (!labels) {
    labels = lensLabels(i18n.getFixedT(lng), lng);
    lensLabelCache.set(lng, labels);
  }
  return labels;
}

/** The lens words in the UI language, re-rendering the caller when it changes. */
export function useLensLabels(): LensLabels {
  return lensLabelsFor(useLanguage());
}
