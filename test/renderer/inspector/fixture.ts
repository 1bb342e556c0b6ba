import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { blankProject, defaultMoment, defaultStep } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/types';
import { Inspector } from '../../../renderer/editor/inspector/Inspector';
import { useDocument } from '../../../renderer/state/documentStore';
import { useNotify } from '../../../renderer/state/notify';
import { useUi } from '../../../renderer/state/uiStore';

/**
 * A small project: two stages, no lanes; step "Pay" is a plain step, "Queue" a contact
 * moment, and one main flow from Pay to Queue.
 */
export function testProject(): Project {
  const project = blankProject({ id: 'p1', name: 'Test', now: '2024-01-01T00:00:00.000Z' });
  project.stages.push({ id: 'stage-2', name: 'Leave' });
  project.steps.push(
    defaultStep({ id: 'pay', stageId: 'stage-1', title: 'Pay' }),
    defaultStep({ id: 'queue', stageId: 'stage-1', title: 'Queue', moment: defaultMoment() }),
  );
  project.flows.push({ id: 'f1', from: 'pay', to: 'queue', label: '', kind: 'main' });
  return project;
}

/** Open `project` with no stage or lane focused (the stores outlive a test). */
export function openProject(project: Project = testProject()) {
  useUi.setState({ focusedStageId: null, focusedLaneId: null });
  useNotify.setState({ notices: [], question: null });
  useDocument.getState().open(project);
}

/** Open `project` in the store, select what is given, and render the inspector. */
export function renderInspector(
  selection: { stepIds?: string[]; flowIds?: string[] } = {},
  project: Project = testProject(),
) {
  cleanup();
  openProject(project);
  useDocument.getState().select({ stepIds: selection.stepIds ?? [], flowIds: selection.flowIds ?? [] });
  return render(createElement(Inspector));
}

export const doc = () => useDocument.getState();
export const ui = () => useUi.getState();
export const project = (): Project => {
  const p = useDocument.getState().project;
  if (!p) throw new Error('no project open');
  return p;
};
export const stepById = (id: string) => {
  const step = project().steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
export const momentOf = (id: string) => {
  const moment = stepById(id).moment;
  if (!moment) throw new Error(`step ${id} is not a contact moment`);
  return moment;
};
