/** The map filters and their chips (renderer/editor/filters). */
export const filters = {
  filters: {},
} as const;
