/** The self-contained HTML export and its viewer. */
export const viewer = {
  viewer: {},
} as const;
