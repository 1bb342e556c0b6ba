/**
 * What the comment controls do: start a comment on a target (asking who you are the first
 * time), and go to a comment's target on the map (select it and bring it into view).
 */
import type { CommentTarget } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { useUi } from '../../state/uiStore';
import { useViewRequests } from '../../state/viewRequests';
import { ensureIdentity } from '../../identity/identityStore';
import { useCommentPanel } from './commentStore';

/** Open the composer for a new comment on `target`; the first time, "Who are you?" comes first. */
export async function startComment(target: CommentTarget): Promise<boolean> {
  const identity = await ensureIdentity();
  if (!identity) return false;
  useCommentPanel.getState().compose(target);
  return true;
}

/** What a new comment from the keyboard or menu is pinned to: the one selected step or flow, or the focused stage. */
export function currentTarget(): CommentTarget | null {
  const { selection, project } = useDocument.getState();
  if (!project) return null;
  if (selection.stepIds.length === 1 && selection.flowIds.length === 0)
    return { kind: 'step', id: selection.stepIds[0]! };
  if (selection.flowIds.length === 1 && selection.stepIds.length === 0)
    return { kind: 'flow', id: selection.flowIds[0]! };
  const stageId = useUi.getState().focusedStageId;
  if (stageId && selection.stepIds.length + selection.flowIds.length === 0) return { kind: 'stage', id: stageId };
  return null;
}

/** Select a comment's target and bring it into view (a flow by its first step, a stage by its header). */
export function goToTarget(target: CommentTarget): void {
  const { project, select } = useDocument.getState();
  if (!project) return;
  if (target.kind === 'step') {
    select({ stepIds: [target.id], flowIds: [] });
    useViewRequests.getState().revealStep(target.id);
  } else if (target.kind === 'flow') {
    const flow = project.flows.find((f) => f.id === target.id);
    select({ stepIds: [], flowIds: [target.id] });
    if (flow) useViewRequests.getState().revealStep(flow.from);
  } else {
    select({ stepIds: [], flowIds: [] });
    useUi.getState().setFocusedStage(target.id);
    const first = project.steps.find((s) => s.stageId === target.id);
    if (first) useViewRequests.getState().revealStep(first.id);
  }
}
