// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import '../../../renderer/i18n';
import { blankProject } from '../../../shared/model/defaults';
import { Notices } from '../../../renderer/app/Notices';
import { useDocument } from '../../../renderer/state/documentStore';
import { flushJournal, startJournal } from '../../../renderer/state/journal';
import { ask, notify, useNotify } from '../../../renderer/state/notify';

const codes = () => useNotify.getState().notices.map((n) => n.code);

afterEach(() => {
  cleanup();
  useNotify.setState({ notices: [], question: null });
});

describe('the notify path', () => {
  it("tells the user the document model's reason when it refuses a command", () => {
    useDocument.getState().open(blankProject({ id: 'p1', name: 'One', now: '2026-01-01T00:00:00.000Z' }));
    const stageId = useDocument.getState().project!.stages[0].id;
    expect(useDocument.getState().dispatch({ type: 'removeStage', stageId })).toBe(false);
    expect(codes()).toEqual(['refused-last-stage']);
    render(createElement(Notices));
    expect(screen.getByRole('alert', { name: 'Problem' }).textContent).toContain(
      'A journey needs at least one stage, so the last stage cannot be deleted.',
    );
    // A valid command that changes nothing says nothing.
    useNotify.setState({ notices: [] });
    expect(useDocument.getState().dispatch({ type: 'renameProject', name: 'One' })).toBe(false);
    expect(codes()).toEqual([]);
  });

  it("shows main's message when the recovery journal cannot be written", async () => {
    window.touchmap = {
      appendJournal: vi.fn(async () => ({ ok: false as const, error: 'The disk is full.' })),
    } as never;
    const stop = startJournal();
    useDocument.getState().open(blankProject({ id: 'p2', name: 'Two', now: '2026-01-01T00:00:00.000Z' }));
    useDocument.getState().dispatch({ type: 'renameProject', name: 'Renamed' });
    await flushJournal();
    stop();
    render(createElement(Notices));
    expect(screen.getByRole('alert').textContent).toContain(
      'Your latest changes could not be written to the recovery journal: The disk is full.',
    );
  });

  it('shows a file problem under its own name until dismissed; news passes', () => {
    render(createElement(Notices));
    act(() => notify('file-problem', { detail: 'Not a Touchmap file.' }, 'file'));
    act(() => notify('saved-as', { file: 'shop.touchmap' }));
    expect(screen.getByRole('alert', { name: 'File problem' }).textContent).toContain('Not a Touchmap file.');
    expect(screen.getByRole('status').textContent).toBe('Saved as shop.touchmap');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks in its own dialog and answers with the button chosen', async () => {
    render(createElement(Notices));
    let answer: Promise<boolean> = Promise.resolve(false);
    act(() => {
      answer = ask('delete-project', { name: 'Shop' });
    });
    expect(screen.getByRole('dialog', { name: 'Move "Shop" to the trash?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await expect(answer).resolves.toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
