import type { Messages } from '../../messages';

/** hu: the domain area, translated from ../en/domain.ts. */
export const domain: Messages = {};
