import type { Messages } from '../../messages';

/** et: the storage area, translated from ../en/storage.ts. */
export const storage: Messages = {};
