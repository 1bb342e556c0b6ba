import type { Messages } from '../../messages';

/** hu: dot voting rounds (issue J), translated from ../en/voting.ts. */
export const voting: Messages = {};
