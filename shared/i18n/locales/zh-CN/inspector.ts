import type { Messages } from '../../messages';

/** zh-CN: the inspector area, translated from ../en/inspector.ts. */
export const inspector: Messages = {};
