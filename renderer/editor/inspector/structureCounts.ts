/** How many steps each stage column and lane row holds, as the map draws them. */
import type { Lane, Stage, Step } from '../../../shared/model/types';

/** Steps per stage id. */
export function stageStepCounts(stages: readonly Stage[], steps: readonly Step[]): Map<string, number> {
  const counts = new Map<string, number>(stages.map((s) => [s.id, 0]));
  for (const step of steps) {
    const n = counts.get(step.stageId);
    if (n !== undefined) counts.set(step.stageId, n + 1);
  }
  return counts;
}

/**
 * Steps per lane id. A step without a lane (or with a lane that no longer exists) is drawn
 * in the first lane (shared/layout/grid.ts), so it counts there.
 */
export function laneStepCounts(lanes: readonly Lane[], steps: readonly Step[]): Map<string, number> {
  const counts = new Map<string, number>(lanes.map((l) => [l.id, 0]));
  const first = lanes[0]?.id;
  if (first === undefined) return counts;
  for (const step of steps) {
    const row = step.laneId !== undefined && counts.has(step.laneId) ? step.laneId : first;
    counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  return counts;
}
