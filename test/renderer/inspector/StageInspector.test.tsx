// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestions, settle, stopAnswering } from '../answers';
import { StageInspector } from '../../../renderer/editor/inspector/StageInspector';
import '../../../renderer/i18n';
import { en } from '../../../shared/i18n/catalogues';
import { useNotify } from '../../../renderer/state/notify';

const LAST_STAGE_MESSAGE = en.notify['refused-last-stage'];
import { blankProject } from '../../../shared/model/defaults';
import { doc, openProject, project, renderInspector, testProject, ui } from './fixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  stopAnswering();
});

function renderStage(stageId: string) {
  openProject(testProject());
  return render(<StageInspector stageId={stageId} />);
}

const button = (name: string) => screen.getByRole('button', { name });
const stageIds = () => project().stages.map((s) => s.id);

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

  it('moves the stage left and right, and does nothing past either end', () => {
    renderStage('stage-2');
    expect(screen.getByText('Stage 2 of 2 · 0 steps')).toBeTruthy();
    expect(button('Move stage right').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Move stage right'));
    expect(doc().history.past).toHaveLength(0);

    fireEvent.click(button('Move stage left'));
    expect(stageIds()).toEqual(['stage-2', 'stage-1']);
    expect(screen.getByText('Stage 1 of 2 · 0 steps')).toBeTruthy();
    expect(button('Move stage left').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Move stage left'));
    expect(doc().history.past).toHaveLength(1);

    fireEvent.click(button('Move stage right'));
    expect(stageIds()).toEqual(['stage-1', 'stage-2']);
    act(() => doc().undo());
    expect(stageIds()).toEqual(['stage-2', 'stage-1']);
  });

  it('says how many steps go with the stage, and keeps everything when the user cancels', async () => {
    const confirm = answerQuestions(false);
    renderStage('stage-1');
    fireEvent.click(button('Delete stage'));
    await settle();
    expect(confirm).toHaveBeenCalledWith('Delete stage "Stage 1"? Its 2 steps and their flows will be deleted too.');
    expect(stageIds()).toEqual(['stage-1', 'stage-2']);
    expect(project().steps).toHaveLength(2);
  });

  it('refuses to delete the last stage without asking, with a visible reason', async () => {
    const confirm = answerQuestions(true);
    openProject(blankProject({ id: 'p2', name: 'One', now: '2024-01-01T00:00:00.000Z' }));
    render(<StageInspector stageId="stage-1" />);
    const remove = button('Delete stage');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(LAST_STAGE_MESSAGE)).toBeTruthy();
    expect(remove.getAttribute('aria-describedby')).toBe(screen.getByText(LAST_STAGE_MESSAGE).id);
    fireEvent.click(remove);
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(stageIds()).toEqual(['stage-1']);
    // The document model's refusal reason goes to the one notify path.
    expect(useNotify.getState().notices.map((n) => n.code)).toEqual(['refused-last-stage']);
  });
});

describe('a focused stage in the inspector', () => {
  it('focus, rename, move and delete with confirm, then back to the journey', async () => {
    const confirm = answerQuestions(true);
    renderInspector();
    act(() => ui().setFocusedStage('stage-1'));
    const name = screen.getByLabelText('Stage name') as HTMLInputElement;
    expect(name.value).toBe('Stage 1');

    fireEvent.change(name, { target: { value: 'Shop' } });

    await settle();
    fireEvent.change(name, { target: { value: 'Shopping' } });
    await settle();
    expect(project().stages[0].name).toBe('Shopping');

    fireEvent.click(button('Move stage right'));

    await settle();
    expect(stageIds()).toEqual(['stage-2', 'stage-1']);
    expect(doc().history.past).toHaveLength(2);

    fireEvent.click(button('Delete stage'));

    await settle();
    expect(confirm).toHaveBeenCalledWith('Delete stage "Shopping"? Its 2 steps and their flows will be deleted too.');
    expect(stageIds()).toEqual(['stage-2']);
    expect(project().steps).toEqual([]);
    expect(project().flows).toEqual([]);
    expect(ui().focusedStageId).toBeNull();
    expect(screen.queryByLabelText('Stage name')).toBeNull();
    expect(screen.getByRole('group', { name: 'Journey' })).toBeTruthy();

    act(() => doc().undo());
    expect(stageIds()).toEqual(['stage-2', 'stage-1']);
    expect(project().steps.map((s) => s.id)).toEqual(['pay', 'queue']);
    expect(project().flows.map((f) => f.id)).toEqual(['f1']);
  });

  it('an empty stage is deleted after a confirm that says so', async () => {
    const confirm = answerQuestions(true);
    renderInspector();
    act(() => ui().setFocusedStage('stage-2'));
    fireEvent.click(button('Delete stage'));
    await settle();
    expect(confirm).toHaveBeenCalledWith('Delete stage "Leave"? It holds no steps.');
    expect(stageIds()).toEqual(['stage-1']);
  });

  it('gives way to a step selection, and does not come back when the step is deselected', () => {
    renderInspector();
    act(() => ui().setFocusedStage('stage-2'));
    expect(screen.getByLabelText('Stage name')).toBeTruthy();

    act(() => doc().select({ stepIds: ['pay'] }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Pay');
    expect(ui().focusedStageId).toBeNull();

    act(() => doc().select({ stepIds: [] }));
    expect(screen.queryByLabelText('Stage name')).toBeNull();
    expect(screen.getByRole('group', { name: 'Journey' })).toBeTruthy();
  });

  it('Back to journey leaves the stage', () => {
    renderInspector();
    act(() => ui().setFocusedStage('stage-2'));
    fireEvent.click(button('Back to journey'));
    expect(ui().focusedStageId).toBeNull();
    expect(screen.getByLabelText('Project name')).toBeTruthy();
  });
});
