import { describe, expect, it } from 'vitest';
import { positionAfter } from '../../../renderer/editor/placement';
import { boxOf, CLEARANCE, overlaps } from '../../../shared/layout/freeSpace';
import { GRID } from '../../../shared/layout/grid';
import { buildTemplate } from '../../../shared/templates';

const template = () => buildTemplate('supermarket', { id: 'p', name: 'Groceries', now: '2026-01-01T00:00:00.000Z' });

describe('positionAfter (Enter on a step)', () => {
  it('puts the next step after "Wait in the queue" clear of Pay and of every step of the stage', () => {
    const project = template();
    const queue = project.steps.find((s) => s.title === 'Wait in the queue')!;
    const spot = positionAfter(project, queue);
    expect(spot.x).toBeGreaterThan(queue.position.x + GRID.defaultStepSize.width);
    for (const s of project.steps.filter((t) => t.stageId === queue.stageId))
      expect(overlaps(boxOf(spot), boxOf(s.position), CLEARANCE), `on ${s.title}`).toBe(false);
  });

  it('puts it right of the step, on its row, when that place is free', () => {
    const project = template();
    const pay = project.steps.find((s) => s.title === 'Pay')!;
    const spot = positionAfter(project, pay);
    expect(spot.y).toBe(pay.position.y);
    expect(spot.x).toBeGreaterThan(pay.position.x + GRID.defaultStepSize.width);
  });
});
