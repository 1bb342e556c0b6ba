/** The metrics per step: CSAT, NPS, waiting time, custom KPIs (issue I). */
export const metrics = {} as const;
