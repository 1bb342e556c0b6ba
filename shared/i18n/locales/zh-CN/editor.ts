import type { Messages } from '../../messages';

/** zh-CN: the editor area, translated from ../en/editor.ts. */
export const editor: Messages = {};
