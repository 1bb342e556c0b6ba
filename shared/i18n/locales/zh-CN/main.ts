import type { Messages } from '../../messages';

/** zh-CN: the main area, translated from ../en/main.ts. */
export const main: Messages = {};
