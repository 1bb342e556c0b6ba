import type { Messages } from '../../messages';

/** lt: the app area, translated from ../en/app.ts. */
export const app: Messages = {};
