/** The survey import: files, mapping, results (issue I). */
export const survey = {} as const;
