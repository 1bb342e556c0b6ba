import type { Messages } from '../../messages';

/** hu: the main area, translated from ../en/main.ts. */
export const main: Messages = {};
