/** The emotion path: how the customer feels at each contact moment, in journey order. */
import type { Project } from '../model/types';
import { buildGraph, byStageThenPosition, entrySteps, walk } from './graph';

export interface EmotionPoint {
  stepId: string;
  stageId: string;
  /** -2..+2, or null where it was not assessed. */
  emotion: number | null;
  momentOfTruth: boolean;
  /** True when the step lies on the main flow from a start; false for branches and strays. */
  onMainPath: boolean;
}

/**
 * The contact moments in flow order. First a breadth-first walk from the start steps
 * (see `entrySteps`) along 'main' flows only; then every step that walk did not reach
 * (alternative branches, failure paths, unconnected steps) in stage order, then left to
 * right. Steps that are not contact moments are walked through but not listed.
 * Loops are visited once. O(steps + flows), plus sorting the steps off the main path.
 */
export function emotionPath(project: Project): EmotionPoint[] {
  const graph = buildGraph(project);
  const mainIds = walk(
    graph,
    entrySteps(graph).map((s) => s.id),
    ['main'],
  );
  const onMain = new Set(mainIds);
  const rest = project.steps.filter((s) => !onMain.has(s.id)).sort(byStageThenPosition(graph));
  const ordered = [...mainIds.map((id) => graph.steps.get(id)!), ...rest];
  const points: EmotionPoint[] = [];
  for (const step of ordered) {
    if (!step.moment) continue;
    points.push({
      stepId: step.id,
      stageId: step.stageId,
      emotion: step.moment.emotion,
      momentOfTruth: step.moment.momentOfTruth,
      onMainPath: onMain.has(step.id),
    });
  }
  return points;
}
