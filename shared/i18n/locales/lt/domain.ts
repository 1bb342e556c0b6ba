import type { Messages } from '../../messages';

/** lt: the domain area, translated from ../en/domain.ts. */
export const domain: Messages = {};
