import type { Messages } from '../../messages';

/** hu: the self-contained HTML export and its viewer, translated from ../en/viewer.ts. */
export const viewer: Messages = {
  viewer: {},
};
