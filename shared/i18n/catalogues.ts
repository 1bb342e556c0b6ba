import type { Language } from './languages';
import type { Messages } from './messages';
import { en } from './locales/en';
import { catalogue as et } from './locales/et';
import { catalogue as hu } from './locales/hu';
import { catalogue as lt } from './locales/lt';
import { catalogue as zhCN } from './locales/zh-CN';

export { en };

/** Every language's catalogue, in one place for the renderer, main and the exports. */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, hu, lt, et, 'zh-CN': zhCN };
