/**
 * The journey grid: stage columns left to right (in journey order) by lane rows.
 *
 * A step's stored `position` is relative to its cell: `x` from the left edge of
 * its stage column, `y` from the top of its lane row (or of the single implicit
 * row when the project has no lanes). Columns and rows grow to fit their steps,
 * so reordering a stage moves its steps with it and nothing ever overlaps.
 * The canvas and the export drawing both place things with this one function.
 */
import type { Project, Step } from '../model/types';

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

export const GRID = {
  /** Height of the stage header band at the top of each column. */
  headerHeight: 56,
  /** Width of the lane label band at the left when lanes exist. */
  laneLabelWidth: 140,
  padding: 32,
  minColumnWidth: 260,
  minRowHeight: 180,
  defaultStepSize: { width: 184, height: 76 } as Size,
} as const;

export interface ColumnRect {
  stageId: string;
  x: number;
  width: number;
}

export interface RowRect {
  /** null for the implicit row of a project without lanes. */
  laneId: string | null;
  y: number;
  height: number;
}

export interface Grid {
  columns: ColumnRect[];
  rows: RowRect[];
  /** Total drawn area, including headers and lane labels. */
  width: number;
  height: number;
  originX: number;
  originY: number;
}

export type SizeOf = (stepId: string) => Size;

export const defaultSizeOf: SizeOf = () => GRID.defaultStepSize;

function rowKey(project: Project, step: Step): string | null {
  if (project.lanes.length === 0) return null;
  return step.laneId && project.lanes.some((l) => l.id === step.laneId) ? step.laneId : project.lanes[0].id;
}

/** Compute column and row rectangles for a project. O(steps + stages + lanes). */
export function computeGrid(project: Project, sizeOf: SizeOf = defaultSizeOf): Grid {
  const colExtent = new Map<string, number>();
  const rowExtent = new Map<string | null, number>();
  for (const step of project.steps) {
    const size = sizeOf(step.id);
    const right = Math.max(0, step.position.x) + size.width + GRID.padding;
    const bottom = Math.max(0, step.position.y) + size.height + GRID.padding;
    colExtent.set(step.stageId, Math.max(colExtent.get(step.stageId) ?? 0, right));
    const key = rowKey(project, step);
    rowExtent.set(key, Math.max(rowExtent.get(key) ?? 0, bottom));
  }
  const originX = project.lanes.length ? GRID.laneLabelWidth : 0;
  const originY = GRID.headerHeight;
  let x = originX;
  const columns = project.stages.map((stage) => {
    const width = Math.max(GRID.minColumnWidth, colExtent.get(stage.id) ?? 0);
    const col = { stageId: stage.id, x, width };
    x += width;
    return col;
  });
  let y = originY;
  const laneKeys: (string | null)[] = project.lanes.length ? project.lanes.map((l) => l.id) : [null];
  const rows = laneKeys.map((laneId) => {
    const height = Math.max(GRID.minRowHeight, rowExtent.get(laneId) ?? 0);
    const row = { laneId, y, height };
    y += height;
    return row;
  });
  return { columns, rows, width: x, height: y, originX, originY };
}

/** Absolute rectangles of every step, by id. */
export function stepRects(project: Project, grid: Grid, sizeOf: SizeOf = defaultSizeOf): Map<string, Rect> {
  const colX = new Map(grid.columns.map((c) => [c.stageId, c.x]));
  const rowY = new Map(grid.rows.map((r) => [r.laneId, r.y]));
  const rects = new Map<string, Rect>();
  for (const step of project.steps) {
    const size = sizeOf(step.id);
    const x = (colX.get(step.stageId) ?? grid.originX) + step.position.x;
    const y = (rowY.get(rowKey(project, step)) ?? grid.originY) + step.position.y;
    rects.set(step.id, { x, y, width: size.width, height: size.height });
  }
  return rects;
}

/**
 * Where a step whose top-left corner is dropped at an absolute point belongs:
 * the stage column under its centre, the lane row under its centre, and its
 * position relative to that cell (clamped so it stays inside the cell).
 */
export function locateDrop(
  grid: Grid,
  topLeft: { x: number; y: number },
  size: Size = GRID.defaultStepSize,
): { stageId: string; laneId: string | undefined; position: { x: number; y: number } } | null {
  if (grid.columns.length === 0) return null;
  const cx = topLeft.x + size.width / 2;
  const cy = topLeft.y + size.height / 2;
  let col = grid.columns[grid.columns.length - 1];
  for (const c of grid.columns) {
    if (cx < c.x + c.width) {
      col = c;
      break;
    }
  }
  let row = grid.rows[grid.rows.length - 1];
  for (const r of grid.rows) {
    if (cy < r.y + r.height) {
      row = r;
      break;
    }
  }
  return {
    stageId: col.stageId,
    laneId: row.laneId ?? undefined,
    position: {
      x: Math.round(Math.max(0, topLeft.x - col.x)),
      y: Math.round(Math.max(0, topLeft.y - row.y)),
    },
  };
}
