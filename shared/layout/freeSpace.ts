/**
 * Free space for a new step inside one grid cell (a stage column by a lane row).
 * Positions are cell-relative, as stored on steps (see grid.ts). Steps of other
 * cells never overlap a cell's steps (columns and rows grow to fit), so a new
 * step only has to keep clear of the steps in its own cell.
 */
import type { Project, Step } from '../model/types';
import { GRID, type Rect, type Size } from './grid';

/** The distance from one step to the next, along a row and down a column (as the templates lay them out). */
export const STEP_SPACING = {
  x: GRID.defaultStepSize.width + 48,
  y: GRID.defaultStepSize.height + 56,
} as const;

/** Clear space kept between a new step and its neighbours. */
export const CLEARANCE = 16;

/** True when the rectangles overlap or come closer than `margin` to each other. */
export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** The lane row a step is drawn in: its lane, the first lane when it names none, or null without lanes. */
function rowOf(project: Project, step: { laneId?: string }): string | null {
  if (project.lanes.length === 0) return null;
  return step.laneId && project.lanes.some((l) => l.id === step.laneId) ? step.laneId : project.lanes[0].id;
}

/** True when the two steps are drawn in the same cell. */
export function sameCell(
  project: Project,
  a: { stageId: string; laneId?: string },
  b: { stageId: string; laneId?: string },
): boolean {
  return a.stageId === b.stageId && rowOf(project, a) === rowOf(project, b);
}

/** A step's box in its cell. */
export function boxOf(position: Step['position'], size: Size = GRID.defaultStepSize): Rect {
  return { x: position.x, y: position.y, width: size.width, height: size.height };
}

/**
 * The first place at `preferred`, or straight below it, where a step of `size`
 * keeps `CLEARANCE` from every box in `occupied`. Each try moves below the
 * lowest box in the way, so this ends after at most `occupied.length` tries.
 */
export function freeSpot(
  occupied: readonly Rect[],
  preferred: Step['position'],
  size: Size = GRID.defaultStepSize,
): Step['position'] {
  let y = preferred.y;
  for (let i = 0; i <= occupied.length; i++) {
    const candidate = { x: preferred.x, y, width: size.width, height: size.height };
    const inTheWay = occupied.filter((r) => overlaps(candidate, r, CLEARANCE));
    if (inTheWay.length === 0) break;
    y = Math.max(...inTheWay.map((r) => r.y + r.height)) + STEP_SPACING.y - size.height;
  }
  return { x: preferred.x, y };
}
