import type { Messages } from '../../messages';

/** hu: the formats area, translated from ../en/formats.ts. */
export const formats: Messages = {};
