// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVQUAL_WEIGHTS } from '../../../shared/model/defaults';
import { doc, project, renderInspector, testProject, ui } from './fixture';

afterEach(cleanup);

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('Journey panel', () => {
  it('renames the project, one undo entry per burst, and refuses an empty name', () => {
    renderInspector();
    fireEvent.change(input('Project name'), { target: { value: 'Super' } });
    fireEvent.change(input('Project name'), { target: { value: 'Supermarket' } });
    expect(project().name).toBe('Supermarket');
    expect(doc().history.past).toHaveLength(1);

    fireEvent.change(input('Project name'), { target: { value: '' } });
    expect(project().name).toBe('Supermarket');

    act(() => doc().undo());
    expect(project().name).toBe('Test');
  });

  it('edits the description', () => {
    renderInspector();
    fireEvent.change(screen.getByLabelText('Project description'), { target: { value: 'Weekly shop' } });
    expect(project().description).toBe('Weekly shop');
  });

  it('lists the stages with their step counts; a button opens one in the inspector', () => {
    renderInspector();
    const list = screen.getByRole('list', { name: 'Stages' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Stage 12 steps', 'Leave0 steps']);

    fireEvent.click(within(list).getByRole('button', { name: 'Leave' }));
    expect(ui().focusedStageId).toBe('stage-2');
    expect(input('Stage name').value).toBe('Leave');
    // The button that was pressed is gone; keyboard focus lands on the stage panel, not the page.
    const active = document.activeElement;
    expect(active).not.toBe(document.body);
    expect(active?.contains(input('Stage name'))).toBe(true);
  });

  it('lists lanes (steps without a lane count in the first) or says there are none', () => {
    renderInspector();
    expect(screen.queryByRole('list', { name: 'Lanes' })).toBeNull();
    expect(screen.getByText(/No lanes/)).toBeTruthy();

    const p = testProject();
    p.lanes.push({ id: 'lane-c', name: 'Customer' }, { id: 'lane-f', name: 'Front stage' });
    p.steps[0] = { ...p.steps[0], laneId: 'lane-f' };
    renderInspector({}, p);
    const list = screen.getByRole('list', { name: 'Lanes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Customer1 step', 'Front stage1 step']);
    fireEvent.click(within(list).getByRole('button', { name: 'Front stage' }));
    expect(ui().focusedLaneId).toBe('lane-f');
    expect(input('Lane name').value).toBe('Front stage');
  });

  it('edits the SERVQUAL weights within 0..1, one dimension at a time', () => {
    renderInspector();
    expect(input('Reliability weight').value).toBe(String(DEFAULT_SERVQUAL_WEIGHTS.reliability));
    fireEvent.change(input('Reliability weight'), { target: { value: '0.5' } });
    expect(project().servqualWeights).toEqual({ ...DEFAULT_SERVQUAL_WEIGHTS, reliability: 0.5 });

    fireEvent.change(input('Empathy weight'), { target: { value: '1.5' } });
    expect(input('Empathy weight').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input('Empathy weight'), { target: { value: '' } });
    expect(project().servqualWeights.empathy).toBe(DEFAULT_SERVQUAL_WEIGHTS.empathy);
    expect(doc().history.past).toHaveLength(1);
  });
});
