/** Hosting and joining a live workshop: co-editing, presence, security (issue J). */
export const workshop = {} as const;
