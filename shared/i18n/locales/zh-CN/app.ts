import type { Messages } from '../../messages';

/** zh-CN: the app area, translated from ../en/app.ts. */
export const app: Messages = {};
