import type { Messages } from '../../messages';

/** zh-CN: the exports area, translated from ../en/exports.ts. */
export const exports: Messages = {};
