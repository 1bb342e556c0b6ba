// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestions, settle, stopAnswering } from '../answers';
import type { Project } from '../../../shared/model/types';
import { doc, project, renderInspector, stepById, testProject, ui } from './fixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  stopAnswering();
});

/**
 * Three lanes; "pay" sits in Front stage at (20, 40), "queue" has no lane, so it is drawn
 * in the first lane (Customer), at (220, 10).
 */
function withLanes(): Project {
  const p = testProject();
  p.lanes.push(
    { id: 'lane-c', name: 'Customer' },
    { id: 'lane-f', name: 'Front stage' },
    { id: 'lane-b', name: 'Back stage' },
  );
  p.steps[0] = { ...p.steps[0], laneId: 'lane-f', position: { x: 20, y: 40 } };
  p.steps[1] = { ...p.steps[1], position: { x: 220, y: 10 } };
  return p;
}

function renderLane(laneId: string, p: Project = withLanes()) {
  renderInspector({}, p);
  act(() => ui().setFocusedLane(laneId));
}

const button = (name: string) => screen.getByRole('button', { name });
const laneIds = () => project().lanes.map((l) => l.id);

describe('LaneInspector', () => {
  it('renames the lane with one undo entry per burst of typing', () => {
    renderLane('lane-f');
    const name = screen.getByLabelText('Lane name') as HTMLInputElement;
    expect(name.value).toBe('Front stage');
    expect(screen.getByText('Lane 2 of 3 · 1 step')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'Front' } });
    fireEvent.change(name, { target: { value: 'Front office' } });
    expect(project().lanes[1].name).toBe('Front office');
    expect(doc().history.past).toHaveLength(1);
  });

  it('moves the lane up and down, stopping at the ends', () => {
    renderLane('lane-f');
    fireEvent.click(button('Move lane up'));
    expect(laneIds()).toEqual(['lane-f', 'lane-c', 'lane-b']);
    // "queue" was in the first lane by default; it stays in Customer now that Customer is second.
    expect(stepById('queue').laneId).toBe('lane-c');
    expect(button('Move lane up').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Move lane up'));
    expect(doc().history.past).toHaveLength(1);

    fireEvent.click(button('Move lane down'));
    fireEvent.click(button('Move lane down'));
    expect(laneIds()).toEqual(['lane-c', 'lane-b', 'lane-f']);
    expect(button('Move lane down').getAttribute('aria-disabled')).toBe('true');
  });

  it('deletes after a confirm naming the lane its steps move to; they go below the steps there', async () => {
    const confirm = answerQuestions(true);
    renderLane('lane-c');
    expect(screen.getByText('Lane 1 of 3 · 1 step')).toBeTruthy();
    fireEvent.click(button('Delete lane'));
    await settle();
    expect(confirm).toHaveBeenCalledWith('Delete lane "Customer"? Its 1 step will move to lane "Front stage".');
    expect(laneIds()).toEqual(['lane-f', 'lane-b']);
    expect(stepById('queue').laneId).toBe('lane-f');
    // Below "pay" in the same stage column: 10 + (40 + 76 step height + 32 padding) = 158.
    expect(stepById('queue').position).toEqual({ x: 220, y: 158 });
    expect(ui().focusedLaneId).toBeNull();
    expect(screen.getByRole('group', { name: 'Journey' })).toBeTruthy();

    act(() => doc().undo());
    expect(laneIds()).toEqual(['lane-c', 'lane-f', 'lane-b']);
    expect(stepById('queue').position).toEqual({ x: 220, y: 10 });
  });

  it('keeps the lane when the user cancels', async () => {
    answerQuestions(false);
    renderLane('lane-b');
    fireEvent.click(button('Delete lane'));
    await settle();
    expect(laneIds()).toEqual(['lane-c', 'lane-f', 'lane-b']);
    expect(screen.getByLabelText('Lane name')).toBeTruthy();
  });

  it('the last lane goes with its steps left outside any lane', async () => {
    const confirm = answerQuestions(true);
    const p = testProject();
    p.lanes.push({ id: 'lane-c', name: 'Customer' });
    renderLane('lane-c', p);
    fireEvent.click(button('Delete lane'));
    await settle();
    expect(confirm).toHaveBeenCalledWith('Delete lane "Customer"? Its 2 steps will stay on the map, outside any lane.');
    expect(project().lanes).toEqual([]);
    expect(project().steps.map((s) => s.laneId)).toEqual([undefined, undefined]);
  });

  it('a lane that is undone away falls back to the journey panel', () => {
    renderInspector({}, testProject());
    act(() => {
      doc().dispatch({ type: 'addLane', lane: { id: 'lane-n', name: 'New lane' } });
      ui().setFocusedLane('lane-n');
    });
    expect((screen.getByLabelText('Lane name') as HTMLInputElement).value).toBe('New lane');
    act(() => doc().undo());
    expect(screen.queryByLabelText('Lane name')).toBeNull();
    expect(screen.getByLabelText('Project name')).toBeTruthy();
  });
});
