// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleKeyDown } from '../../../renderer/editor/actions';
import { OutlinePanel, OutlineToggle } from '../../../renderer/editor/outline/Outline';
import { useOutline } from '../../../renderer/editor/outline/outlineStore';
import '../../../renderer/i18n';
import { useDocument } from '../../../renderer/state/documentStore';
import { useUi } from '../../../renderer/state/uiStore';
import { openProject, testProject } from '../inspector/fixture';

const doc = () => useDocument.getState();
const focused = () => document.activeElement?.getAttribute('aria-label');
const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement!, { key: k, ...init });

function renderOutline() {
  cleanup();
  openProject(testProject());
  useUi.setState({ renamingStepId: null });
  useOutline.setState({ open: false, focusRequest: 0 });
  const view = render(
    createElement(ReactFlowProvider, null, createElement(OutlineToggle), createElement(OutlinePanel)),
  );
  act(() => useOutline.getState().setOpen(true));
  return view;
}

beforeEach(() => window.addEventListener('keydown', handleKeyDown));
afterEach(() => {
  window.removeEventListener('keydown', handleKeyDown);
  cleanup();
});

describe('Journey outline', () => {
  it('is a labelled tree of stages and steps, with focus on its first item when opened', () => {
    renderOutline();
    const tree = screen.getByRole('tree', { name: 'Journey outline' });
    const stages = within(tree)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '1');
    expect(stages.map((el) => el.getAttribute('aria-label'))).toEqual([
      'Stage 1: Stage 1, 2 steps',
      'Stage 2: Leave, 0 steps',
    ]);
    expect(focused()).toBe('Stage 1: Stage 1, 2 steps');
    expect(screen.getByRole('button', { name: 'Outline' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves with the arrow keys, Home and End, and opens a step to its annotations and flows', () => {
    renderOutline();
    key('ArrowDown');
    expect(focused()).toBe('Pay');
    key('ArrowRight');
    expect(screen.getByRole('treeitem', { name: 'Pay' }).getAttribute('aria-expanded')).toBe('true');
    key('ArrowRight');
    expect(focused()).toBe('main flow from Pay to Queue');
    key('ArrowLeft');
    expect(focused()).toBe('Pay');
    key('ArrowLeft');
    expect(screen.getByRole('treeitem', { name: 'Pay' }).getAttribute('aria-expanded')).toBe('false');
    key('End');
    expect(focused()).toBe('Stage 2: Leave, 0 steps');
    key('Home');
    expect(focused()).toBe('Stage 1: Stage 1, 2 steps');
    key('q');
    expect(focused()).toBe('Queue, contact moment');
  });

  it('selects on Enter without the editor shortcuts firing, and marks what the map selects', () => {
    renderOutline();
    key('ArrowDown');
    key('Enter');
    expect(doc().selection).toEqual({ stepIds: ['pay'], flowIds: [] });
    expect(screen.getByRole('treeitem', { name: 'Pay' }).getAttribute('aria-selected')).toBe('true');
    // Enter would add a connected step, and N a new one, on the map; not in the tree.
    key('n');
    expect(doc().project!.steps).toHaveLength(2);
    expect(useUi.getState().renamingStepId).toBeNull();

    // Ctrl+Enter adds to the selection.
    key('ArrowDown');
    key('Enter', { ctrlKey: true });
    expect(doc().selection.stepIds).toEqual(['pay', 'queue']);

    // Selected on the map: marked in the outline (focus stays where it was).
    act(() => doc().select({ stepIds: [], flowIds: ['f1'] }));
    const flow = screen.getByRole('treeitem', { name: 'main flow from Pay to Queue' });
    expect(flow.getAttribute('aria-selected')).toBe('true');
    expect(flow.tabIndex).toBe(0);
    expect(screen.getByRole('treeitem', { name: 'Pay' }).getAttribute('aria-selected')).toBe('false');
  });

  it('opens a stage in the inspector', () => {
    renderOutline();
    key(' ');
    expect(useUi.getState().focusedStageId).toBe('stage-1');
    expect(screen.getByRole('treeitem', { name: 'Stage 1: Stage 1, 2 steps' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('follows the document: a renamed step and its flows are renamed in the outline', () => {
    renderOutline();
    act(() => {
      doc().dispatch({ type: 'updateStep', stepId: 'queue', changes: { title: 'Wait' } });
      doc().select({ stepIds: [], flowIds: ['f1'] });
    });
    expect(screen.getByRole('treeitem', { name: 'main flow from Pay to Wait' })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: 'Wait, contact moment' })).toBeTruthy();
  });

  it('closes with its shortcut and gives focus back to the toolbar button', () => {
    renderOutline();
    expect(focused()).toBe('Stage 1: Stage 1, 2 steps');
    key('O', { ctrlKey: true, shiftKey: true });
    expect(screen.queryByRole('tree')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Outline' }));
  });
});
