/** The visual system: theme choice and appearance settings. */
export const look = {
  look: {},
} as const;
