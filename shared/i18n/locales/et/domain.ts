import type { Messages } from '../../messages';

/** et: the domain area, translated from ../en/domain.ts. */
export const domain: Messages = {};
