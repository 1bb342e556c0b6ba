import type { Messages } from '../../messages';

/** et: the main area, translated from ../en/main.ts. */
export const main: Messages = {};
