import type { Messages } from '../../messages';

/** hu: the storage area, translated from ../en/storage.ts. */
export const storage: Messages = {};
