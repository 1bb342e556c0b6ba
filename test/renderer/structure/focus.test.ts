import { beforeEach, describe, expect, it } from 'vitest';
import { clearFocus, focusLane, focusStage } from '../../../renderer/editor/inspector/focus';
import { useDocument } from '../../../renderer/state/documentStore';
import { useUi } from '../../../renderer/state/uiStore';
import { blankProject, defaultStep } from '../../../shared/model/defaults';

function open(id: string) {
  const p = blankProject({ id, name: id, now: '2024-01-01T00:00:00.000Z' });
  p.steps.push(defaultStep({ id: 'a', stageId: 'stage-1' }));
  p.flows = [];
  useDocument.getState().open(p);
}

const focused = () => {
  const { focusedStageId, focusedLaneId } = useUi.getState();
  return { focusedStageId, focusedLaneId };
};

beforeEach(() => {
  useUi.setState({ focusedStageId: null, focusedLaneId: null });
  open('p1');
});

describe('stage and lane focus', () => {
  it('a stage and a lane are never focused together', () => {
    useUi.getState().setFocusedStage('stage-1');
    expect(focused()).toEqual({ focusedStageId: 'stage-1', focusedLaneId: null });
    useUi.getState().setFocusedLane('lane-1');
    expect(focused()).toEqual({ focusedStageId: null, focusedLaneId: 'lane-1' });
    useUi.getState().setFocusedStage('stage-1');
    expect(focused()).toEqual({ focusedStageId: 'stage-1', focusedLaneId: null });
    clearFocus();
    expect(focused()).toEqual({ focusedStageId: null, focusedLaneId: null });
  });

  it('focusing a stage or lane clears the step and flow selection', () => {
    useDocument.getState().select({ stepIds: ['a'], flowIds: ['f'] });
    focusStage('stage-1');
    expect(useDocument.getState().selection).toEqual({ stepIds: [], flowIds: [] });
    expect(focused().focusedStageId).toBe('stage-1');

    useDocument.getState().select({ stepIds: ['a'] });
    focusLane('lane-1');
    expect(useDocument.getState().selection).toEqual({ stepIds: [], flowIds: [] });
    expect(focused().focusedLaneId).toBe('lane-1');
  });

  it('selecting a step or a flow clears the focus; an empty selection keeps it', () => {
    focusStage('stage-1');
    useDocument.getState().select({ stepIds: [], flowIds: [] });
    expect(focused().focusedStageId).toBe('stage-1');
    useDocument.getState().select({ stepIds: ['a'] });
    expect(focused()).toEqual({ focusedStageId: null, focusedLaneId: null });

    focusLane('lane-1');
    useDocument.getState().select({ flowIds: ['f'] });
    expect(focused()).toEqual({ focusedStageId: null, focusedLaneId: null });
  });

  it('editing the document keeps the focus; opening or closing a project drops it', () => {
    focusStage('stage-1');
    useDocument.getState().dispatch({ type: 'renameProject', name: 'Renamed' });
    expect(focused().focusedStageId).toBe('stage-1');
    open('p2');
    expect(focused().focusedStageId).toBeNull();

    focusLane('lane-1');
    useDocument.getState().close();
    expect(focused().focusedLaneId).toBeNull();
  });
});
