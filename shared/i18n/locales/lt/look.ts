import type { Messages } from '../../messages';

/** lt: the visual system: theme choice and appearance settings, translated from ../en/look.ts. */
export const look: Messages = {
  look: {},
};
