import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneNodeType, StageNodeType } from './flowModel';

/** A stage column: header with its name, a tinted band behind its steps. */
export const StageNode = memo(function StageNode({ data, width }: NodeProps<StageNodeType>) {
  return (
    <div
      className={`stage-column ${data.index % 2 ? 'odd' : 'even'}`}
      style={{ width, height: data.height, borderTopColor: data.colour }}
      aria-hidden="true"
    >
      <div className="stage-header">{data.name}</div>
    </div>
  );
});

export const LaneNode = memo(function LaneNode({ data, height }: NodeProps<LaneNodeType>) {
  return (
    <div className="lane-row" style={{ width: data.width, height }} aria-hidden="true">
      <div className="lane-label">{data.name}</div>
    </div>
  );
});
