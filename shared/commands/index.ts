/**
 * Typed edit commands: the one way the document changes. See apply.ts for the refusal
 * policy (invalid commands are no-ops with a reason code, never exceptions).
 */
export { applyCommand, applyPatchesToProject, canApplyCommand, type CommandCheck } from './apply';
export { instantiateClipboard, parseClipboard, prepareClipboard, scoresConvertedByPaste } from './clipboard';
export { COMMAND_LABELS, commandText, describeCommand, type CommandDescription, type Translate } from './describe';
export type * from './types';
export { dotsUsed, roundAllows, sameTarget, targetExists, TARGET_KIND, TARGET_LIST } from './voting';
