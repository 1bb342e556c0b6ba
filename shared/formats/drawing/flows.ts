/**
 * Flows drawn with the canvas's own geometry (shared/layout/flowPath: React
 * Flow's Bezier curve for forward flows, a detour below the steps for flows
 * that go back), out of the right middle of the source step, into the left
 * middle of the target, so the exported curves are the canvas curves.
 */
import { flowPath } from '../../layout/flowPath';
import type { Flow } from '../../model/types';
import type { Rect } from '../../layout/grid';
import type { DrawItem, GroupItem } from './displayList';
import { r2 } from './displayList';
import { arrowHeadPath } from './geometry';
import type { Bounds } from './geometry';
import { extendBounds, extendBoundsByPath } from './geometry';
import type { MeasureText } from './textWrap';
import { wrapText } from './textWrap';
import type { DrawingTheme } from './theme';

export const FLOW_STYLE = {
  strokeWidth: 1.5,
  arrowLength: 10,
  arrowHalfWidth: 5,
  labelSize: 11,
  labelPadX: 5,
  labelPadY: 3,
  labelMaxWidth: 220,
} as const;

const DASH: Record<Flow['kind'], number[] | undefined> = { main: undefined, alternative: [6, 4], failure: [2, 3] };

/** getBezierPath returns full-precision numbers (even exponents); round them for a compact, parseable path. */
function roundPath(d: string): string {
  return d.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(r2(Number(n))));
}

/**
 * Draw one flow between two step rectangles, extending `bounds` by everything drawn.
 * The label comes back separately so it can be drawn above the steps, where a curve
 * passing under a step cannot hide it.
 */
export function drawFlow(
  flow: Flow,
  from: Rect,
  to: Rect,
  theme: DrawingTheme,
  measure: MeasureText,
  bounds: Bounds,
): { flow: GroupItem; label: GroupItem | null } {
  const S = FLOW_STYLE;
  const sourceX = from.x + from.width;
  const sourceY = from.y + from.height / 2;
  const targetX = to.x;
  const targetY = to.y + to.height / 2;
  const geometry = flowPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, Math.max(from.height, to.height));
  const { labelX, labelY } = geometry;
  const d = roundPath(geometry.path);
  extendBoundsByPath(bounds, d);
  const colour = theme.edges[flow.kind];
  const items: DrawItem[] = [
    {
      type: 'path',
      d,
      stroke: colour,
      strokeWidth: S.strokeWidth,
      dash: DASH[flow.kind],
      lineCap: flow.kind === 'failure' ? 'round' : 'butt',
    },
    { type: 'path', d: arrowHeadPath(targetX, targetY, S.arrowLength, S.arrowHalfWidth), fill: colour },
  ];
  extendBounds(bounds, targetX - S.arrowLength, targetY - S.arrowHalfWidth, S.arrowLength, 2 * S.arrowHalfWidth);
  const drawn: GroupItem = {
    type: 'group',
    role: `flow flow-${flow.kind}`,
    id: flow.id,
    title: flow.label || undefined,
    items,
  };

  const [line] = wrapText(flow.label, {
    maxWidth: S.labelMaxWidth,
    maxLines: 1,
    fontSize: S.labelSize,
    fontWeight: 400,
    measure,
  });
  if (!line) return { flow: drawn, label: null };
  const bw = measure(line, S.labelSize, 400) + 2 * S.labelPadX;
  const bh = S.labelSize + 2 * S.labelPadY + 2;
  const bx = labelX - bw / 2;
  const by = labelY - bh / 2;
  extendBounds(bounds, bx, by, bw, bh);
  const label: GroupItem = {
    type: 'group',
    role: 'flow-label',
    id: flow.id,
    items: [
      {
        type: 'rect',
        x: bx,
        y: by,
        width: bw,
        height: bh,
        rx: 3,
        fill: theme.edgeLabelBackground,
        stroke: colour,
        strokeWidth: 0.5,
      },
      {
        type: 'text',
        x: labelX,
        y: labelY + S.labelSize * 0.35,
        lines: [line],
        lineHeight: S.labelSize,
        fontSize: S.labelSize,
        fontWeight: 400,
        fill: theme.text,
        anchor: 'middle',
      },
    ],
  };
  return { flow: drawn, label };
}
