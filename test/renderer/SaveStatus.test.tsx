// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveStatus } from '../../renderer/editor/SaveStatus';
import '../../renderer/i18n';
import { useDocument } from '../../renderer/state/documentStore';
import { openProject } from './inspector/fixture';

afterEach(cleanup);

describe('save status', () => {
  it('is a polite status named by the state of the document, with the reason of a failed save', () => {
    openProject();
    render(createElement(SaveStatus));
    const status = screen.getByRole('status', { name: 'Saved' });
    expect(status.getAttribute('aria-live')).toBe('polite');
    act(
      () => void useDocument.getState().dispatch({ type: 'updateStep', stepId: 'pay', changes: { title: 'Pay now' } }),
    );
    expect(screen.getByRole('status', { name: 'Unsaved changes' })).toBe(status);
    act(() => useDocument.getState().markSaving(1));
    expect(screen.getByRole('status', { name: 'Saving…' })).toBe(status);
    act(() => useDocument.getState().markFailed('The disk is full.'));
    expect(screen.getByRole('status', { name: 'Save failed: The disk is full.' }).textContent).toBe(
      'Save failed: The disk is full.',
    );
    act(() => useDocument.getState().markSaved(1));
    expect(screen.getByRole('status', { name: 'Saved' })).toBe(status);
  });
});
