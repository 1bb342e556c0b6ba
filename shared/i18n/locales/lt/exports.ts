import type { Messages } from '../../messages';

/** lt: the exports area, translated from ../en/exports.ts. */
export const exports: Messages = {};
