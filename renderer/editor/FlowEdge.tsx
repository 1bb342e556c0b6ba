import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { flowPath } from '../../shared/layout/flowPath';
import { GRID } from '../../shared/layout/grid';
import type { FlowEdgeType } from './flowModel';

/** A flow on the canvas: the same path as in exported images (see shared/layout/flowPath). */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, markerEnd, style, label, interactionWidth } = props;
  const { path, labelX, labelY } = flowPath(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    GRID.defaultStepSize.height,
  );
  return (
    <BaseEdge
      path={path}
      labelX={labelX}
      labelY={labelY}
      label={label}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
});
