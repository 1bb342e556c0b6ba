/** Who you are, and comments pinned to steps, flows and stages (issue J). */
export const comments = {} as const;
