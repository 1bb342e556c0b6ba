import type { Messages } from '../../messages';

/** zh-CN: the formats area, translated from ../en/formats.ts. */
export const formats: Messages = {};
