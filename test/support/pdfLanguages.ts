/**
 * The supermarket template as Touchmap makes it in each of its five languages
 * (shared/templates: Chinese with the seed's own step names), for the PDF font
 * tests and `npm run bench`: the languages' own letters (ő ű, ą č ė š ž ų,
 * õ š ž ü) and Chinese, in titles, stage names, annotations and fixed texts.
 */
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translator';
import type { Project } from '../../shared/model/types';
import { buildTemplate } from '../../shared/templates';

export const PDF_LANGUAGES = ['en', 'hu', 'lt', 'et', 'zh'] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

/** The app's language code for each (the bench's metric names say `zh`). */
export const APP_LANGUAGE: Readonly<Record<PdfLanguage, Language>> = {
  en: 'en',
  hu: 'hu',
  lt: 'lt',
  et: 'et',
  zh: 'zh-CN',
};

/** The supermarket template made in `language`, named with the template's name in that language. */
export function supermarketIn(language: PdfLanguage): Project {
  const lng = APP_LANGUAGE[language];
  return buildTemplate('supermarket', {
    id: `p-${language}`,
    name: translator(lng)('templates.supermarket.name'),
    now: '2026-11-28T08:00:00.000Z',
    language: lng,
  });
}
