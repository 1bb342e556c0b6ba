/**
 * The templates' texts in every language but English (English sits in the templates
 * themselves, beside the structure). Keys: see ../text.ts.
 */
import type { Language } from '../../i18n/languages';
import type { TemplateText } from '../text';
import { et } from './et';
import { hu } from './hu';
import { lt } from './lt';
import { zhCN } from './zh-CN';

/** The templates with content of their own (the blank one has only a stage name, in the catalogue). */
export type ContentTemplateId = 'supermarket' | 'phone-call' | 'hotel-stay';

export type TemplateTexts = Readonly<Record<ContentTemplateId, TemplateText>>;

export const TEMPLATE_TEXTS: Readonly<Record<Exclude<Language, 'en'>, TemplateTexts>> = {
  hu,
  lt,
  et,
  'zh-CN': zhCN,
};

/** One template's table in a language; undefined for English (the template's own text). */
export function templateText(id: ContentTemplateId, language: Language | undefined): TemplateText | undefined {
  return language === undefined || language === 'en' ? undefined : TEMPLATE_TEXTS[language][id];
}
