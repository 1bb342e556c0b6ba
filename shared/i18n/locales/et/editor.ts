import type { Messages } from '../../messages';

/** et: the editor area, translated from ../en/editor.ts. */
export const editor: Messages = {};
