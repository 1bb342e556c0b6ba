/** The journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes. */
export const band = {
  band: {},
} as const;
