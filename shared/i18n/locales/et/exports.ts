import type { Messages } from '../../messages';

/** et: the exports area, translated from ../en/exports.ts. */
export const exports: Messages = {};
