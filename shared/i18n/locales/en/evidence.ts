/** The SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I). */
export const evidence = {} as const;
