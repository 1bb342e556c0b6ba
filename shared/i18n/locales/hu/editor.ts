import type { Messages } from '../../messages';

/** hu: the editor area, translated from ../en/editor.ts. */
export const editor: Messages = {};
