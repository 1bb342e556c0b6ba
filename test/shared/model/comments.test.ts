import { describe, expect, it } from 'vitest';
import {
  MAX_COMMENTS,
  MAX_COMMENT_TEXT,
  MAX_REPLIES,
  blankProject,
  openCommentCounts,
  parseProject,
  repairComments,
  targetPlaces,
} from '../../../shared/model';
import type { Comment, Project } from '../../../shared/model';
import { problemText } from '../../../shared/formats/problems';
import { translator } from '../../../shared/i18n/translator';

const ana = { name: 'Ana', colour: '#1b6fd6' };

function comment(id: string, over: Partial<Comment> = {}): Comment {
  return {
    id,
    target: { kind: 'step', id: 'a' },
    author: ana,
    createdAt: '2026-11-28T10:00:00.000Z',
    text: `Comment ${id}`,
    replies: [],
    resolved: false,
    ...over,
  };
}

function project(comments: unknown): Record<string, unknown> {
  const p = blankProject({ id: 'p', name: 'Shop', now: '2026-11-28T10:00:00.000Z' });
  const stage = { id: 's1', name: 'Enter' };
  return {
    ...p,
    stages: [stage],
    steps: [
      { id: 'a', stageId: stage.id, title: 'A', description: '', kind: 'step', position: { x: 0, y: 0 } },
      { id: 'b', stageId: stage.id, title: 'B', description: '', kind: 'step', position: { x: 0, y: 0 } },
    ],
    flows: [{ id: 'a--b', from: 'a', to: 'b', label: '', kind: 'main' }],
    comments,
  };
}

const words = (result: ReturnType<typeof parseProject>) =>
  result.ok ? '' : result.problems.map((p) => problemText(p, translator('en'))).join(' ');

describe('comments in a file', () => {
  it('reads comments with threads, and keeps one whose target does not exist', () => {
    const result = parseProject(
      project([
        comment('c1', { replies: [{ id: 'r1', author: ana, createdAt: '2026-11-28T10:01:00.000Z', text: 'yes' }] }),
        comment('c2', { target: { kind: 'step', id: 'gone' } }),
      ]),
    );
    if (!result.ok) throw new Error(words(result));
    expect(result.project.comments?.map((c) => c.id)).toEqual(['c1', 'c2']);
    const place = targetPlaces(result.project);
    expect(place({ kind: 'step', id: 'a' })).toBe('here');
    expect(place({ kind: 'step', id: 'gone' })).toBe('removed');
    expect(place({ kind: 'flow', id: 'a--b' })).toBe('here');
  });

  it('refuses text over the limit, empty text, too many comments or replies, and a forged colour', () => {
    const tooLong = parseProject(project([comment('c', { text: 'x'.repeat(MAX_COMMENT_TEXT + 1) })]));
    expect(words(tooLong)).toMatch(/text/i);
    expect(words(parseProject(project([comment('c', { text: '   ' })])))).toMatch(/text/i);
    const many = Array.from({ length: MAX_COMMENTS + 1 }, (_, i) => comment(`c${i}`));
    expect(words(parseProject(project(many)))).toMatch(/comments/i);
    const reply = { id: 'r', author: ana, createdAt: '2026-11-28T10:00:00.000Z', text: 'r' };
    const replies = Array.from({ length: MAX_REPLIES + 1 }, (_, i) => ({ ...reply, id: `r${i}` }));
    expect(words(parseProject(project([comment('c', { replies })])))).toMatch(/replies/i);
    expect(words(parseProject(project([comment('c', { author: { name: 'A', colour: 'url(x)' } })])))).toMatch(
      /colour/i,
    );
    expect(words(parseProject(project([comment('c', { target: { kind: 'lane' as 'step', id: 'x' } })])))).toMatch(
      /kind/i,
    );
    expect(words(parseProject(project([comment('c', { author: { name: '', colour: '#123456' } })])))).toMatch(/name/i);
    // The same project without the damage opens: each refusal above is for the damage alone.
    expect(parseProject(project([comment('c')])).ok).toBe(true);
  });

  it('repairs repeated ids and a resolver on an open comment, losing no text', () => {
    const reply = { id: 'r', author: ana, createdAt: '2026-11-28T10:00:00.000Z', text: 'one' };
    const result = parseProject(
      project([
        comment('c', { replies: [reply, { ...reply, text: 'two' }] }),
        comment('c', { text: 'second', resolvedBy: ana, resolvedAt: '2026-11-28T11:00:00.000Z' }),
      ]),
    );
    if (!result.ok) throw new Error(words(result));
    const comments = result.project.comments!;
    expect(comments.map((c) => c.id)).toEqual(['c', 'c-2']);
    expect(comments.map((c) => c.text)).toEqual(['Comment c', 'second']);
    expect(comments[0]!.replies.map((r) => [r.id, r.text])).toEqual([
      ['r', 'one'],
      ['r-2', 'two'],
    ]);
    expect(comments[1]!.resolvedBy).toBeUndefined();
    expect(comments[1]!.resolvedAt).toBeUndefined();
  });

  it('leaves a sound project untouched (the same object)', () => {
    const p = { ...(project([comment('c')]) as unknown as Project) };
    expect(repairComments(p)).toBe(p);
  });

  it('counts open comments per target for the canvas markers', () => {
    const counts = openCommentCounts([
      comment('1'),
      comment('2'),
      comment('3', { resolved: true }),
      comment('4', { target: { kind: 'flow', id: 'a--b' } }),
    ]);
    expect(counts.step.get('a')).toBe(2);
    expect(counts.flow.get('a--b')).toBe(1);
    expect(counts.stage.size).toBe(0);
  });
});
