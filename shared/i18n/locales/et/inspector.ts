import type { Messages } from '../../messages';

/** et: the inspector area, translated from ../en/inspector.ts. */
export const inspector: Messages = {};
