/** Where new things go: a new step lands right of the last step in its cell, never on top of one. */
import type { Project, Step } from '../../shared/model';
import i18n from '../i18n';
import { defaultStep } from '../../shared/model';
import { GRID } from '../../shared/layout/grid';
import { boxOf, freeSpot, sameCell, STEP_SPACING } from '../../shared/layout/freeSpace';

export const STEP_GAP_X = GRID.defaultStepSize.width + 40;
export const FIRST_X = GRID.padding;
export const FIRST_Y = 48;

export function nextFreePosition(project: Project, stageId: string, laneId: string | undefined): Step['position'] {
  const inCell = project.steps.filter(
    (s) =>
      s.stageId === stageId &&
      (project.lanes.length === 0 || (s.laneId ?? project.lanes[0]?.id) === (laneId ?? project.lanes[0]?.id)),
  );
  if (inCell.length === 0) return { x: FIRST_X, y: FIRST_Y };
  const rightmost = inCell.reduce((a, b) => (b.position.x > a.position.x ? b : a));
  return { x: rightmost.position.x + STEP_GAP_X, y: rightmost.position.y };
}

/** A new step, titled in the UI language ("New step") unless given a title. */
export function makeStep(
  project: Project,
  id: string,
  stageId: string,
  laneId?: string,
  title = i18n.t('editor.newStep'),
): Step {
  const step = defaultStep({ id, stageId, title, position: nextFreePosition(project, stageId, laneId) });
  return laneId ? { ...step, laneId } : step;
}

/**
 * Where Enter puts the step that follows `from`: one step right of it, or, when a step of
 * the cell is (nearly) there, below that spot, clear of every step: never on another step.
 */
export function positionAfter(project: Project, from: Step): Step['position'] {
  const occupied = project.steps.filter((s) => sameCell(project, s, from)).map((s) => boxOf(s.position));
  return freeSpot(occupied, { x: from.position.x + STEP_SPACING.x, y: from.position.y });
}
