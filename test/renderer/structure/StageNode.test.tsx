// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaneNodeType, StageNodeType } from '../../../renderer/editor/flowModel';
import { Inspector } from '../../../renderer/editor/inspector/Inspector';
import { LaneNode, StageNode } from '../../../renderer/editor/StageNode';
import '../../../renderer/i18n';
import { useDocument } from '../../../renderer/state/documentStore';
import { useUi } from '../../../renderer/state/uiStore';
import { blankProject, defaultStep } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/types';

afterEach(cleanup);

/** Two stages ("Arrive", "Leave"), one lane ("Customer"), one step in the first stage. */
function project(): Project {
  const p = blankProject({ id: 'p-structure', name: 'Structure', now: '2024-01-01T00:00:00.000Z' });
  p.stages = [
    { id: 'arrive', name: 'Arrive', colour: '#ff0000' },
    { id: 'leave', name: 'Leave' },
  ];
  p.lanes = [{ id: 'customer', name: 'Customer' }];
  p.steps = [defaultStep({ id: 'enter', stageId: 'arrive', laneId: 'customer', title: 'Enter' })];
  return p;
}

/** The props React Flow would give a node; only `data` and the size matter to these nodes. */
function nodeProps<T extends StageNodeType | LaneNodeType>(id: string, type: T['type'], data: T['data']): NodeProps<T> {
  return {
    id,
    type,
    data,
    width: 260,
    height: 180,
    selected: false,
    selectable: false,
    draggable: false,
    deletable: false,
    dragging: false,
    zIndex: -2,
    isConnectable: false,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
  } as NodeProps<T>;
}

function renderMap() {
  useUi.setState({ focusedStageId: null, focusedLaneId: null });
  useDocument.getState().open(project());
  useDocument.getState().select({ stepIds: ['enter'], flowIds: [] });
  return render(
    <>
      <StageNode
        {...nodeProps<StageNodeType>('stage:arrive', 'stage', {
          stageId: 'arrive',
          name: 'Arrive',
          colour: '#ff0000',
          index: 0,
          height: 400,
        })}
      />
      <StageNode
        {...nodeProps<StageNodeType>('stage:leave', 'stage', {
          stageId: 'leave',
          name: 'Leave',
          index: 1,
          height: 400,
        })}
      />
      <LaneNode
        {...nodeProps<LaneNodeType>('lane:customer', 'lane', { laneId: 'customer', name: 'Customer', width: 520 })}
      />
      <Inspector />
    </>,
  );
}

describe('stage headers and lane labels on the map', () => {
  it('are keyboard-focusable buttons named after the stage or lane', () => {
    renderMap();
    for (const name of ['Stage Arrive', 'Stage Leave', 'Lane Customer']) {
      const button = screen.getByRole('button', { name });
      expect(button.tagName).toBe('BUTTON');
      act(() => button.focus());
      expect(document.activeElement).toBe(button);
    }
    // The header shows the plain name; "Stage" is for the accessible name only.
    expect(screen.getByRole('button', { name: 'Stage Leave' }).textContent).toBe('Leave');
  });

  it('clicking a stage header focuses the stage, clears the step selection and opens it in the inspector', () => {
    renderMap();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Enter');

    fireEvent.click(screen.getByRole('button', { name: 'Stage Leave' }));
    expect(useUi.getState().focusedStageId).toBe('leave');
    expect(useDocument.getState().selection).toEqual({ stepIds: [], flowIds: [] });
    expect(screen.queryByLabelText('Title')).toBeNull();
    expect((screen.getByLabelText('Stage name') as HTMLInputElement).value).toBe('Leave');
    expect(screen.getByRole('button', { name: 'Stage Leave' }).classList.contains('focused')).toBe(true);
    expect(screen.getByRole('button', { name: 'Stage Arrive' }).classList.contains('focused')).toBe(false);
  });

  it('clicking a lane label opens the lane instead of the stage', () => {
    renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Stage Arrive' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lane Customer' }));
    expect(useUi.getState()).toMatchObject({ focusedLaneId: 'customer', focusedStageId: null });
    expect(screen.queryByLabelText('Stage name')).toBeNull();
    expect((screen.getByLabelText('Lane name') as HTMLInputElement).value).toBe('Customer');
    expect(screen.getByRole('button', { name: 'Lane Customer' }).classList.contains('focused')).toBe(true);
  });

  it('selecting a step afterwards takes the inspector back', () => {
    renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Stage Arrive' }));
    act(() => useDocument.getState().select({ stepIds: ['enter'] }));
    expect(useUi.getState().focusedStageId).toBeNull();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Enter');
    expect(screen.getByRole('button', { name: 'Stage Arrive' }).classList.contains('focused')).toBe(false);
  });
});
