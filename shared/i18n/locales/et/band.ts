import type { Messages } from '../../messages';

/** et: the journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes, translated from ../en/band.ts. */
export const band: Messages = {
  band: {},
};
