import type { Messages } from '../../messages';

/** lt: the inspector area, translated from ../en/inspector.ts. */
export const inspector: Messages = {};
