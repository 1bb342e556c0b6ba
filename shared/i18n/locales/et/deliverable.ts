import type { Messages } from '../../messages';

/** et: the deliverable: page presets, tiled PDF pages, the insights page, export thumbnail, translated from ../en/deliverable.ts. */
export const deliverable: Messages = {
  deliverable: {},
};
