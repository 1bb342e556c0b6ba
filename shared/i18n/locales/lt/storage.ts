import type { Messages } from '../../messages';

/** lt: the storage area, translated from ../en/storage.ts. */
export const storage: Messages = {};
