import type { Messages } from '../../messages';

/** zh-CN: the domain area, translated from ../en/domain.ts. */
export const domain: Messages = {};
