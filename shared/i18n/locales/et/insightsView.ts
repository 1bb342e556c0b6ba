import type { Messages } from '../../messages';

/** et: the Insights view beside the map (renderer/editor/insightsView), translated from ../en/insightsView.ts. */
export const insightsView: Messages = {
  insightsView: {},
};
