/**
 * Adding a step into a journey from the keyboard or a button: Enter on a selected
 * step adds the next step (connected, in free space); Enter on a selected flow, or
 * the button on it, inserts a step on the flow (see the `insertStepOnFlow` command).
 */
import { useDocument, type DocumentState } from '../state/documentStore';
import { newId } from '../state/ids';
import { useUi } from '../state/uiStore';
import { useViewRequests } from '../state/viewRequests';
import { makeStep, positionAfter } from './placement';

const doc = () => useDocument.getState();

/** One step selected (flows selected with it do not matter): Enter adds the next step after it. */
export const oneStepSelected = (d: DocumentState) => d.selection.stepIds.length === 1;
/** Exactly one flow and no step selected: Enter inserts a step on it. */
export const oneFlowSelected = (d: DocumentState) =>
  d.selection.flowIds.length === 1 && d.selection.stepIds.length === 0;
/** Enter has something to do. */
export const canAddNext = (d: DocumentState) => oneStepSelected(d) || oneFlowSelected(d);

/** Select the new step, bring it into view and start renaming it. */
function focusNewStep(stepId: string) {
  doc().select({ stepIds: [stepId], flowIds: [] });
  useViewRequests.getState().revealStep(stepId);
  useUi.getState().setRenaming(stepId);
}

/** Add a step after the selected step, connected by a main flow, in free space right of (or below) it. */
export function addStepAfterSelected(): void {
  const d = doc();
  const from = d.project?.steps.find((s) => s.id === d.selection.stepIds[0]);
  if (!d.project || !from) return;
  const step = makeStep(d.project, newId('step'), from.stageId, from.laneId);
  step.position = positionAfter(d.project, from);
  if (d.dispatch({ type: 'addStepAfter', fromStepId: from.id, step, flowId: newId('flow') })) focusNewStep(step.id);
}

/** Replace a flow by two with a new step between them (one undo entry). */
export function insertStepOnFlow(flowId: string): void {
  const d = doc();
  const flow = d.project?.flows.find((f) => f.id === flowId);
  const from = d.project?.steps.find((s) => s.id === flow?.from);
  if (!d.project || !flow || !from) return;
  // The command decides the cell and position; these are only the step's other fields.
  const step = makeStep(d.project, newId('step'), from.stageId, from.laneId);
  if (d.dispatch({ type: 'insertStepOnFlow', flowId, step, flowIds: [newId('flow'), newId('flow')] }))
    focusNewStep(step.id);
}

/** Insert a step on the one selected flow. */
export function insertStepOnSelectedFlow(): void {
  const d = doc();
  if (oneFlowSelected(d)) insertStepOnFlow(d.selection.flowIds[0]);
}

/** Enter: the next step after the selected step, or a step inserted on the selected flow. */
export function addNextStep(): void {
  const d = doc();
  if (oneStepSelected(d)) addStepAfterSelected();
  else insertStepOnSelectedFlow();
}
