/** What choosing an outline item does on the map: select it and bring it into view. */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { GRID } from '../../../shared/layout/grid';
import { useDocument } from '../../state/documentStore';
import { useViewRequests } from '../../state/viewRequests';
import { focusStage } from '../inspector/focus';
import { flowKey, parentOf, stepKey, type Outline } from './outlineModel';

/** The key of the item that stands for the current map selection (first step, else first flow, else focused stage). */
export function selectionKey(stepIds: string[], flowIds: string[], stageId: string | null): string | null {
  if (stepIds.length) return stepKey(stepIds[0]);
  if (flowIds.length) return flowKey(flowIds[0]);
  return stageId ? `stage:${stageId}` : null;
}

/** Keep a flow in view: centre on it when either end is outside the canvas. */
export function useRevealFlow() {
  const flow = useReactFlow();
  return useCallback(
    (flowId: string) => {
      const f = useDocument.getState().project?.flows.find((x) => x.id === flowId);
      const a = f && flow.getInternalNode(f.from);
      const b = f && flow.getInternalNode(f.to);
      const el = document.querySelector('.react-flow');
      if (!a || !b || !el) return;
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = el.getBoundingClientRect();
      const size = GRID.defaultStepSize;
      const ends = [a.internals.positionAbsolute, b.internals.positionAbsolute];
      const outside = ends.some((p) => {
        const sx = p.x * zoom + x;
        const sy = p.y * zoom + y;
        return sx < 0 || sy < 0 || sx + size.width * zoom > width || sy + size.height * zoom > height;
      });
      if (!outside) return;
      const cx = (ends[0].x + ends[1].x + size.width) / 2;
      const cy = (ends[0].y + ends[1].y + size.height) / 2;
      void flow.setCenter(cx, cy, { zoom, duration: 0 });
    },
    [flow],
  );
}

/** Select on the map what an outline item stands for; with `add`, toggle it in the selection. */
export function activate(outline: Outline, key: string, add: boolean, revealFlow: (id: string) => void) {
  const doc = useDocument.getState();
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'stage') {
    focusStage(id);
  } else if (kind === 'step' || kind === 'detail') {
    const stepId = kind === 'step' ? id : parentOf(outline, key)!.slice('step:'.length);
    doc.select(add ? { stepIds: toggle(doc.selection.stepIds, stepId) } : { stepIds: [stepId], flowIds: [] });
    useViewRequests.getState().revealStep(stepId);
  } else if (kind === 'flow') {
    doc.select(add ? { flowIds: toggle(doc.selection.flowIds, id) } : { stepIds: [], flowIds: [id] });
    revealFlow(id);
  }
}
