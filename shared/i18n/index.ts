export * from './languages';
export type { Messages } from './messages';
export { CATALOGUES, en } from './catalogues';
export { createI18n, i18nOptions, translator } from './translator';
export * from './format';
export { lensLabels, drawingLabels } from './labels';
