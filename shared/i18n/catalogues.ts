import { mergeAreas, type CatalogueAreas } from './areas';
import type { Language } from './languages';
import type { Messages } from './messages';
import * as enAreas from './locales/en';
import * as etAreas from './locales/et';
import * as huAreas from './locales/hu';
import * as ltAreas from './locales/lt';
import * as zhCNAreas from './locales/zh-CN';

/** The English catalogue: the source every other language translates (typed by its literal strings). */
export const en = mergeAreas(enAreas);

/** Every language's areas, as locales/<lang>/index.ts lists them (the gate tests compare them). */
export const CATALOGUE_AREAS: Readonly<Record<Language, CatalogueAreas>> = {
  en: enAreas,
  hu: huAreas,
  lt: ltAreas,
  et: etAreas,
  'zh-CN': zhCNAreas,
};

/** Every language's catalogue, in one place for the renderer, main and the exports. */
export const CATALOGUES: Readonly<Record<Language, Messages>> = {
  en,
  hu: mergeAreas(huAreas),
  lt: mergeAreas(ltAreas),
  et: mergeAreas(etAreas),
  'zh-CN': mergeAreas(zhCNAreas),
};
