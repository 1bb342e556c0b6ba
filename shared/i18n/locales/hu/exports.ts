import type { Messages } from '../../messages';

/** hu: the exports area, translated from ../en/exports.ts. */
export const exports: Messages = {};
