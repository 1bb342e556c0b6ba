import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { flowPath } from '../../shared/layout/flowPath';
import { GRID } from '../../shared/layout/grid';
import type { FlowEdgeType, JourneyNode } from './flowModel';
import { insertStepOnFlow } from './stepInsertion';
import { CommentMarker } from './comments/CommentMarker';
import { useOpenCommentCount } from './comments/commentCounts';

/**
 * Where a flow leaves or enters a step: the middle of the box's right (source)
 * or left (target) edge. Taken from the step's own position and size, not from
 * measured handle bounds, so a flow stays on its steps whatever React Flow
 * measured (a step measured while drawn simplified, or while off screen).
 */
function edgeMidpoint(
  node: InternalNode<JourneyNode> | undefined,
  side: 'left' | 'right',
  fallback: { x: number; y: number },
) {
  if (!node) return fallback;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? GRID.defaultStepSize.width;
  const height = node.measured.height ?? node.height ?? GRID.defaultStepSize.height;
  return { x: side === 'right' ? x + width : x, y: y + height / 2 };
}

/** The button on a selected flow that puts a new step between its ends. */
function InsertButton({ flowId, x, y }: { flowId: string; x: number; y: number }) {
  const { t } = useTranslation();
  return (
    <EdgeLabelRenderer>
      <button
        type="button"
        className="flow-insert nodrag nopan"
        style={{ transform: `translate(-50%, 0) translate(${x}px, ${y + 12}px)` }}
        aria-label={t('canvas.insertStep')}
        title={t('canvas.insertStepTitle')}
        onClick={(e) => {
          e.stopPropagation();
          insertStepOnFlow(flowId);
        }}
      >
        +
      </button>
    </EdgeLabelRenderer>
  );
}

/** A flow on the canvas: the same path as in exported images (see shared/layout/flowPath). */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, markerEnd, style, label, interactionWidth } = props;
  const from = edgeMidpoint(useInternalNode<JourneyNode>(source), 'right', { x: sourceX, y: sourceY });
  const to = edgeMidpoint(useInternalNode<JourneyNode>(target), 'left', { x: targetX, y: targetY });
  const { path, labelX, labelY } = flowPath(from, to, GRID.defaultStepSize.height);
  // Only a flow with open comments draws a marker (a portal per flow would cost on large maps).
  const openComments = useOpenCommentCount('flow', id);
  return (
    <>
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
      {props.selected && <InsertButton flowId={id} x={labelX} y={labelY} />}
      {openComments > 0 && (
        <EdgeLabelRenderer>
          <CommentMarker
            kind="flow"
            id={id}
            className="on-flow"
            // Above the flow's middle, clear of its label.
            style={{ transform: `translate(-50%, -100%) translate(${labelX}px, ${labelY - 12}px)` }}
          />
        </EdgeLabelRenderer>
      )}
    </>
  );
});
