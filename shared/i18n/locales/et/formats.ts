import type { Messages } from '../../messages';

/** et: the formats area, translated from ../en/formats.ts. */
export const formats: Messages = {};
