import type { Messages } from '../../messages';

/** hu: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {};
