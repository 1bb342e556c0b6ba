import type { Messages } from '../../messages';

/** hu: the inspector area, translated from ../en/inspector.ts. */
export const inspector: Messages = {};
