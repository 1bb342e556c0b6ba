/** The Insights view beside the map (renderer/editor/insightsView). */
export const insightsView = {
  insightsView: {},
} as const;
