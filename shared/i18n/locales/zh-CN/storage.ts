import type { Messages } from '../../messages';

/** zh-CN: the storage area, translated from ../en/storage.ts. */
export const storage: Messages = {};
