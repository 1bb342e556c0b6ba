import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeProps } from '@xyflow/react';
import { useUi } from '../state/uiStore';
import type { LaneNodeType, StageNodeType } from './flowModel';
import { focusLane, focusStage } from './inspector/focus';
import './inspector/gridHeaders.css';
import { CommentMarker } from './comments/CommentMarker';

/**
 * A stage column: a tinted band behind its steps, with a header button that opens the
 * stage in the inspector. Only the header takes pointer events; drags anywhere else in the
 * column reach the pane (panning, box select).
 */
export const StageNode = memo(function StageNode({ data, width }: NodeProps<StageNodeType>) {
  const { t } = useTranslation();
  const focused = useUi((s) => s.focusedStageId === data.stageId);
  return (
    <div
      className={`stage-column ${data.index % 2 ? 'odd' : 'even'}`}
      style={{ width, height: data.height, borderTopColor: data.colour }}
    >
      <button
        type="button"
        // `nopan`: a press on the header is a click, not the start of a pan.
        className={`stage-header nopan${focused ? ' focused' : ''}`}
        aria-label={t('canvas.stage', { name: data.name })}
        onClick={() => focusStage(data.stageId)}
      >
        {data.name}
      </button>
      <CommentMarker kind="stage" id={data.stageId} className="on-stage" />
    </div>
  );
});

/** A lane row across all stages, with a label button that opens the lane in the inspector. */
export const LaneNode = memo(function LaneNode({ data, height }: NodeProps<LaneNodeType>) {
  const { t } = useTranslation();
  const focused = useUi((s) => s.focusedLaneId === data.laneId);
  return (
    <div className="lane-row" style={{ width: data.width, height }}>
      <button
        type="button"
        className={`lane-label nopan${focused ? ' focused' : ''}`}
        aria-label={t('canvas.lane', { name: data.name })}
        onClick={() => focusLane(data.laneId)}
      >
        {data.name}
      </button>
    </div>
  );
});
