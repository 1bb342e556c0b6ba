import type { Messages } from '../../messages';

/** lt: the formats area, translated from ../en/formats.ts. */
export const formats: Messages = {};
