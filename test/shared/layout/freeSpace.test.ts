import { describe, expect, it } from 'vitest';
import { boxOf, CLEARANCE, freeSpot, overlaps, sameCell, STEP_SPACING } from '../../../shared/layout/freeSpace';
import { GRID } from '../../../shared/layout/grid';
import { blankProject } from '../../../shared/model';

const { width, height } = GRID.defaultStepSize;

describe('freeSpot', () => {
  it('takes the preferred spot when nothing is near it', () => {
    expect(freeSpot([boxOf({ x: 0, y: 0 })], { x: STEP_SPACING.x, y: 0 })).toEqual({ x: STEP_SPACING.x, y: 0 });
  });

  it('goes below every step in the way, one row at a time, and never lands on a step', () => {
    const column = [0, 1, 2].map((row) => boxOf({ x: 300, y: 48 + row * STEP_SPACING.y }));
    const spot = freeSpot(column, { x: 310, y: 48 });
    expect(spot.x).toBe(310);
    expect(spot.y).toBe(48 + 3 * STEP_SPACING.y);
    for (const box of column) expect(overlaps(boxOf(spot), box, CLEARANCE)).toBe(false);
  });

  it('keeps clear of a step that only comes near', () => {
    const near = boxOf({ x: width + 8, y: 0 });
    const spot = freeSpot([near], { x: 0, y: 0 });
    expect(spot.y).toBeGreaterThanOrEqual(height + CLEARANCE);
  });
});

describe('sameCell', () => {
  it('puts a step without a lane in the first lane', () => {
    const project = {
      ...blankProject({ id: 'p', name: 'p', now: '2026-01-01T00:00:00.000Z' }),
      lanes: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    };
    expect(sameCell(project, { stageId: 's' }, { stageId: 's', laneId: 'a' })).toBe(true);
    expect(sameCell(project, { stageId: 's' }, { stageId: 's', laneId: 'b' })).toBe(false);
    expect(sameCell(project, { stageId: 's', laneId: 'a' }, { stageId: 't', laneId: 'a' })).toBe(false);
  });
});
