import type { Messages } from '../../messages';

/** hu: presentation mode for the projector (issue J), translated from ../en/presentation.ts. */
export const presentation: Messages = {};
