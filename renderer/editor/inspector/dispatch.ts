/** Thin helpers so every inspector edit goes through the store's one `dispatch`. */
import type { Command, MomentChanges } from '../../../shared/commands/types';
import { useDocument } from '../../state/documentStore';

/** Dispatch a command; edits sharing a `coalesceKey` in quick succession make one undo entry. */
export function dispatch(command: Command, coalesceKey?: string): boolean {
  return useDocument.getState().dispatch(command, coalesceKey ? { coalesceKey } : undefined);
}

/** Deep-merge changes into a step's contact moment. */
export function updateMoment(stepId: string, changes: MomentChanges, coalesceKey?: string): boolean {
  return dispatch({ type: 'updateMoment', stepId, changes }, coalesceKey);
}
