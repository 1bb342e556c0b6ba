import type { Messages } from '../../messages';

/** et: the app area, translated from ../en/app.ts. */
export const app: Messages = {};
