/** Presentation mode for the projector (issue J). */
export const presentation = {} as const;
