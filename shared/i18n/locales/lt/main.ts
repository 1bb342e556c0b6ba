import type { Messages } from '../../messages';

/** lt: the main area, translated from ../en/main.ts. */
export const main: Messages = {};
