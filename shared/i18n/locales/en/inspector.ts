/** The inspector, insights panels and the lint's problems (renderer/editor/inspector, insights; shared/analysis/lint.ts). */
export const inspector = {
  inspector: {},
} as const;
