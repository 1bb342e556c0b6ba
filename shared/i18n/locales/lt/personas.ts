import type { Messages } from '../../messages';

/** lt: the personas and customer types (issue I), translated from ../en/personas.ts. */
export const personas: Messages = {};
