/** Dot voting rounds (issue J). */
export const voting = {} as const;
