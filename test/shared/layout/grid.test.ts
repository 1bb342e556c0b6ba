import { describe, expect, it } from 'vitest';
import { computeGrid, GRID, locateDrop, stepRects } from '../../../shared/layout/grid';
import { blankProject, defaultStep, type Project } from '../../../shared/model';

function project(withLanes = false): Project {
  const p = blankProject({ id: 'g', name: 'Grid', now: '2026-01-01T00:00:00.000Z' });
  p.stages = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ];
  if (withLanes)
    p.lanes = [
      { id: 'l1', name: 'Customer' },
      { id: 'l2', name: 'Back stage' },
    ];
  p.steps = [
    defaultStep({ id: 's1', stageId: 'a', position: { x: 32, y: 48 } }),
    // Far right inside stage A: A must grow to hold it.
    defaultStep({ id: 's2', stageId: 'a', position: { x: 500, y: 48 } }),
    defaultStep({ id: 's3', stageId: 'c', position: { x: 32, y: 300 }, ...(withLanes ? { laneId: 'l2' } : {}) }),
  ];
  return p;
}

const { width: W, height: H } = GRID.defaultStepSize;

describe('journey grid', () => {
  it('lays stage columns left to right in journey order, each wide enough for its steps', () => {
    const grid = computeGrid(project());
    expect(grid.columns.map((c) => c.stageId)).toEqual(['a', 'b', 'c']);
    // A holds a step at x 500: 500 + width + padding.
    expect(grid.columns[0]).toEqual({ stageId: 'a', x: 0, width: 500 + W + GRID.padding });
    // B is empty: the minimum width, right after A.
    expect(grid.columns[1]).toEqual({ stageId: 'b', x: 500 + W + GRID.padding, width: GRID.minColumnWidth });
    expect(grid.columns[2].x).toBe(500 + W + GRID.padding + GRID.minColumnWidth);
    expect(grid.width).toBe(grid.columns[2].x + grid.columns[2].width);
    // One implicit row below the header, tall enough for the lowest step.
    expect(grid.rows).toEqual([{ laneId: null, y: GRID.headerHeight, height: 300 + H + GRID.padding }]);
  });

  it('places steps relative to their column and row', () => {
    const p = project();
    const grid = computeGrid(p);
    const rects = stepRects(p, grid);
    expect(rects.get('s3')).toEqual({ x: grid.columns[2].x + 32, y: GRID.headerHeight + 300, width: W, height: H });
    expect(rects.get(p.steps[0].id)).toMatchObject({ x: 32, y: GRID.headerHeight + 48 });
  });

  it('with lanes: rows under the lane labels, steps without a lane in the first', () => {
    const p = project(true);
    const grid = computeGrid(p);
    expect(grid.originX).toBe(GRID.laneLabelWidth);
    expect(grid.columns[0].x).toBe(GRID.laneLabelWidth);
    expect(grid.rows.map((r) => r.laneId)).toEqual(['l1', 'l2']);
    expect(grid.rows[1].y).toBe(GRID.headerHeight + grid.rows[0].height);
    const rects = stepRects(p, grid);
    expect(rects.get('s1')!.y).toBe(grid.rows[0].y + 48);
    expect(rects.get('s3')!.y).toBe(grid.rows[1].y + 300);
  });

  it('a dropped step belongs to the column and row under its centre, placed relative to that cell', () => {
    const p = project(true);
    const grid = computeGrid(p);
    const colB = grid.columns[1];
    const row2 = grid.rows[1];
    const drop = locateDrop(grid, { x: colB.x + 10, y: row2.y + 20 });
    expect(drop).toEqual({ stageId: 'b', laneId: 'l2', position: { x: 10, y: 20 } });
    // Its centre decides: a box mostly over column C belongs to C.
    const straddling = locateDrop(grid, { x: grid.columns[2].x - W / 2 + 5, y: row2.y });
    expect(straddling?.stageId).toBe('c');
    // Beyond the last column or above the first row it still lands in a cell, clamped inside it.
    expect(locateDrop(grid, { x: grid.width + 400, y: -100 })).toEqual({
      stageId: 'c',
      laneId: 'l1',
      position: { x: grid.width + 400 - grid.columns[2].x, y: 0 },
    });
    expect(locateDrop(computeGrid({ ...p, stages: [] }), { x: 0, y: 0 })).toBeNull();
  });
});
