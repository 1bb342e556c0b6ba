/** The deliverable: page presets, tiled PDF pages, the insights page, export thumbnail. */
export const deliverable = {
  deliverable: {},
} as const;
