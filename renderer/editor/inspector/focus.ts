/** Opening a stage or lane in the inspector, from the canvas or the Journey panel. */
import { useDocument } from '../../state/documentStore';
import { useUi } from '../../state/uiStore';

/** Show a stage in the inspector; it replaces any step/flow selection. */
export function focusStage(stageId: string): void {
  useDocument.getState().select({ stepIds: [], flowIds: [] });
  useUi.getState().setFocusedStage(stageId);
}

/** Show a lane in the inspector; it replaces any step/flow selection. */
export function focusLane(laneId: string): void {
  useDocument.getState().select({ stepIds: [], flowIds: [] });
  useUi.getState().setFocusedLane(laneId);
}

/** Back to the Journey panel. */
export function clearFocus(): void {
  useUi.getState().setFocusedStage(null);
  useUi.getState().setFocusedLane(null);
}
