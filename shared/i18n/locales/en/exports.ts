/** The export dialog and the exports' fixed texts (renderer/export, shared/formats). */
export const exports = {
  exportDialog: {},
} as const;
