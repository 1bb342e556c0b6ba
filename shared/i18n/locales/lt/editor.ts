import type { Messages } from '../../messages';

/** lt: the editor area, translated from ../en/editor.ts. */
export const editor: Messages = {};
