/**
 * The path of a flow between two steps, shared by the canvas and the export
 * so both draw the same line. Forward flows use React Flow's own Bezier curve
 * (right middle of the source into the left middle of the target). A flow
 * that goes back (the target is left of the source, or straight above or
 * below it) would run behind the steps; it detours below both steps instead,
 * with rounded corners, so it is always visible.
 */
import { Position, getBezierPath } from '@xyflow/system';

export interface FlowGeometry {
  /** SVG path data with absolute M, L and C commands only. */
  path: string;
  labelX: number;
  labelY: number;
  /** True when the flow detours below the steps. */
  detour: boolean;
}

/** A target at least this far right of the source counts as forward. */
export const FORWARD_MIN_DX = 24;
const OUT = 20;
const BELOW = 28;
const RADIUS = 10;

const n = (v: number) => String(Math.round(v * 100) / 100);

export function flowPath(
  source: { x: number; y: number },
  target: { x: number; y: number },
  stepHeight: number,
): FlowGeometry {
  if (target.x - source.x >= FORWARD_MIN_DX) {
    const [path, labelX, labelY] = getBezierPath({
      sourceX: source.x,
      sourceY: source.y,
      sourcePosition: Position.Right,
      targetX: target.x,
      targetY: target.y,
      targetPosition: Position.Left,
    });
    return { path, labelX, labelY, detour: false };
  }
  const out = source.x + OUT;
  const into = target.x - OUT;
  const below = Math.max(source.y, target.y) + stepHeight / 2 + BELOW;
  const r = RADIUS;
  // Corners drawn as cubic curves whose control points sit on the corner.
  const path = [
    `M${n(source.x)},${n(source.y)}`,
    `L${n(out - r)},${n(source.y)}`,
    `C${n(out)},${n(source.y)} ${n(out)},${n(source.y)} ${n(out)},${n(source.y + r)}`,
    `L${n(out)},${n(below - r)}`,
    `C${n(out)},${n(below)} ${n(out)},${n(below)} ${n(out - r)},${n(below)}`,
    `L${n(into + r)},${n(below)}`,
    `C${n(into)},${n(below)} ${n(into)},${n(below)} ${n(into)},${n(below - r)}`,
    `L${n(into)},${n(target.y + r)}`,
    `C${n(into)},${n(target.y)} ${n(into)},${n(target.y)} ${n(into + r)},${n(target.y)}`,
    `L${n(target.x)},${n(target.y)}`,
  ].join(' ');
  return { path, labelX: (out + into) / 2, labelY: below, detour: true };
}
