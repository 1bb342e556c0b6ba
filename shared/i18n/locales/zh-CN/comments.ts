import type { Messages } from '../../messages';

/** zh-CN: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {};
