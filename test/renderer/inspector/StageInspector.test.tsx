// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StageInspector } from '../../../renderer/editor/inspector/StageInspector';
import { doc, project, testProject } from './fixture';

afterEach(cleanup);

function renderStage(stageId: string) {
  doc().open(testProject());
  return render(<StageInspector stageId={stageId} />);
}

describe('StageInspector', () => {
  it('renames the stage with one undo entry per burst of typing', () => {
    renderStage('stage-2');
    const name = screen.getByLabelText('Stage name') as HTMLInputElement;
    expect(name.value).toBe('Leave');
    fireEvent.change(name, { target: { value: 'Leav' } });
    fireEvent.change(name, { target: { value: 'Leave the shop' } });
    expect(project().stages[1].name).toBe('Leave the shop');
    expect(doc().history.past).toHaveLength(1);
  });

  it('sets and clears the colour', () => {
    renderStage('stage-1');
    expect(screen.queryByRole('button', { name: 'No colour' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Stage colour'), { target: { value: '#aabbcc' } });
    expect(project().stages[0].colour).toBe('#aabbcc');
    fireEvent.click(screen.getByRole('button', { name: 'No colour' }));
    expect(project().stages[0].colour).toBeUndefined();
  });

  it('renders nothing once the stage is gone', () => {
    const { container } = renderStage('stage-2');
    act(() => {
      doc().dispatch({ type: 'removeStage', stageId: 'stage-2' });
    });
    expect(container.textContent).toBe('');
  });
});
