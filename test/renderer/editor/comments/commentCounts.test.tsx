// @vitest-environment jsdom
/**
 * The canvas's comment count markers: the count each target selects (open comments only, per
 * kind), worked out once per comments array, and on rendered step nodes: a comment added to
 * one step shows its marker without re-rendering any step node, and resolving it hides it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countsOf, openCountOn } from '../../../../renderer/editor/comments/commentCounts';
import { useCommentsFocus } from '../../../../renderer/editor/comments/CommentMarker';
import type { StepNodeType } from '../../../../renderer/editor/flowModel';
import { StepNode } from '../../../../renderer/editor/StepNode';
import '../../../../renderer/i18n';
import { useDocument } from '../../../../renderer/state/documentStore';
import { blankProject, defaultStep } from '../../../../shared/model/defaults';
import type { Comment, CommentTarget, Project } from '../../../../shared/model/types';

const me = { name: 'Ada', colour: '#2456d8' };

function comment(id: string, target: CommentTarget, resolved = false): Comment {
  return {
    id,
    target,
    author: me,
    createdAt: '2024-01-01T10:00:00.000Z',
    text: `text ${id}`,
    replies: [],
    resolved,
    ...(resolved ? { resolvedBy: me, resolvedAt: '2024-01-02T10:00:00.000Z' } : {}),
  };
}

describe('the open comment count a marker selects', () => {
  it('counts open comments per target and kind; resolved ones do not count', () => {
    const comments = [
      comment('c1', { kind: 'step', id: 'a' }),
      comment('c2', { kind: 'step', id: 'a' }),
      comment('c3', { kind: 'step', id: 'a' }, true),
      comment('c4', { kind: 'flow', id: 'a' }),
      comment('c5', { kind: 'stage', id: 's' }, true),
    ];
    expect(openCountOn(comments, 'step', 'a')).toBe(2);
    expect(openCountOn(comments, 'flow', 'a')).toBe(1);
    expect(openCountOn(comments, 'stage', 's')).toBe(0);
    expect(openCountOn(comments, 'step', 'b')).toBe(0);
    expect(openCountOn(undefined, 'step', 'a')).toBe(0);
  });

  it('works the counts out once per comments array, and again for a new array', () => {
    const comments = [comment('c1', { kind: 'step', id: 'a' })];
    const first = countsOf(comments);
    expect(countsOf(comments)).toBe(first);
    const changed = [...comments, comment('c2', { kind: 'step', id: 'a' })];
    expect(countsOf(changed)).not.toBe(first);
    expect(countsOf(changed).step.get('a')).toBe(2);
  });
});

function project(): Project {
  const p = blankProject({ id: 'p-markers', name: 'Markers', now: '2024-01-01T00:00:00.000Z' });
  p.stages = [{ id: 'arrive', name: 'Arrive' }];
  p.lanes = [{ id: 'customer', name: 'Customer' }];
  p.steps = [
    defaultStep({ id: 'enter', stageId: 'arrive', laneId: 'customer', title: 'Enter' }),
    defaultStep({ id: 'pay', stageId: 'arrive', laneId: 'customer', title: 'Pay' }),
  ];
  return p;
}

function stepProps(p: Project, id: string): NodeProps<StepNodeType> {
  const step = p.steps.find((s) => s.id === id)!;
  return {
    id,
    type: 'step',
    data: { step },
    width: 184,
    height: 76,
    selected: false,
    selectable: true,
    draggable: true,
    deletable: true,
    dragging: false,
    zIndex: 0,
    isConnectable: true,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
  } as NodeProps<StepNodeType>;
}

describe('count markers on step nodes', () => {
  beforeEach(() => {
    window.__TOUCHMAP_PROBE__ = { renders: 0, byId: {}, marks: {} };
  });
  afterEach(() => {
    cleanup();
    delete window.__TOUCHMAP_PROBE__;
  });

  it('appear with the open count on their own step only, without re-rendering the step nodes', () => {
    const p = project();
    useDocument.getState().open(p);
    render(
      <ReactFlowProvider>
        <StepNode {...stepProps(p, 'enter')} />
        <StepNode {...stepProps(p, 'pay')} />
      </ReactFlowProvider>,
    );
    expect(screen.queryByRole('button', { name: /open comment/ })).toBeNull();
    const probe = window.__TOUCHMAP_PROBE__!;
    const before = { ...probe.byId };
    expect(before).toEqual({ enter: 1, pay: 1 });

    act(() => {
      useDocument.getState().dispatch({ type: 'addComment', comment: comment('c1', { kind: 'step', id: 'pay' }) });
      useDocument.getState().dispatch({ type: 'addComment', comment: comment('c2', { kind: 'step', id: 'pay' }) });
    });
    const markers = screen.getAllByRole('button', { name: /open comment/ });
    expect(markers).toHaveLength(1);
    expect(markers[0]!.getAttribute('aria-label')).toBe('2 open comments');
    expect(markers[0]!.textContent).toBe('2');
    // The marker follows its own count; no step node rendered again.
    expect(probe.byId).toEqual(before);

    act(() => {
      useDocument
        .getState()
        .dispatch({ type: 'resolveComment', commentId: 'c1', by: me, at: '2024-01-03T00:00:00.000Z' });
    });
    expect(screen.getByRole('button', { name: '1 open comment' })).toBeTruthy();
    act(() => {
      useDocument
        .getState()
        .dispatch({ type: 'resolveComment', commentId: 'c2', by: me, at: '2024-01-03T00:00:00.000Z' });
    });
    expect(screen.queryByRole('button', { name: /open comment/ })).toBeNull();
    expect(probe.byId).toEqual(before);
  });

  it('selects its step and asks the inspector for its comments when pressed', () => {
    const p = project();
    p.comments = [comment('c1', { kind: 'step', id: 'enter' })];
    useDocument.getState().open(p);
    useDocument.getState().select({ stepIds: ['pay'], flowIds: [] });
    render(
      <ReactFlowProvider>
        <StepNode {...stepProps(p, 'enter')} />
      </ReactFlowProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '1 open comment' }));
    expect(useDocument.getState().selection).toEqual({ stepIds: ['enter'], flowIds: [] });
    expect(useCommentsFocus.getState().target).toEqual({ kind: 'step', id: 'enter' });
  });
});
