/** The journey states (current, future) and the compare view (issue I). */
export const states = {} as const;
