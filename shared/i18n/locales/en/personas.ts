/** The personas and customer types (issue I). */
export const personas = {} as const;
