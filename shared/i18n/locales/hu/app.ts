import type { Messages } from '../../messages';

/** hu: the app area, translated from ../en/app.ts. */
export const app: Messages = {};
