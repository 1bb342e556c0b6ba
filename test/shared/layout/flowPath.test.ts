import { Position, getBezierPath } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import { flowPath } from '../../../shared/layout/flowPath';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('flowPath', () => {
  it('is React Flow’s own Bezier curve for a forward flow', () => {
    const g = flowPath({ x: 100, y: 50 }, { x: 300, y: 90 }, 76);
    const [expected, lx, ly] = getBezierPath({
      sourceX: 100,
      sourceY: 50,
      sourcePosition: Position.Right,
      targetX: 300,
      targetY: 90,
      targetPosition: Position.Left,
    });
    expect(g).toEqual({ path: expected, labelX: lx, labelY: ly, detour: false });
  });

  it('detours below both steps for a flow that goes back, starting and ending on the handles', () => {
    const g = flowPath({ x: 500, y: 100 }, { x: 260, y: 140 }, 76);
    expect(g.detour).toBe(true);
    expect(g.path.startsWith('M500,100 ')).toBe(true);
    expect(g.path.endsWith(' L260,140')).toBe(true);
    const ys = numbers(g.path).filter((_, i) => i % 2 === 1);
    // Lowest point: below the lower step's bottom edge (centre 140 + half height 38).
    expect(Math.max(...ys)).toBeGreaterThan(140 + 38);
    expect(g.labelY).toBe(Math.max(...ys));
    expect(g.path).toMatch(/^[MLC0-9.,\s-]+$/);
  });

  it('also detours for a target straight above or below the source', () => {
    expect(flowPath({ x: 200, y: 50 }, { x: 200 - 184, y: 300 }, 76).detour).toBe(true);
    expect(flowPath({ x: 200, y: 50 }, { x: 230, y: 300 }, 76).detour).toBe(false);
  });
});
