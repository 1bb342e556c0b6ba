import type { Messages } from '../../messages';

/** lt: the self-contained HTML export and its viewer, translated from ../en/viewer.ts. */
export const viewer: Messages = {
  viewer: {},
};
