import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, describeCommand } from '../../../shared/commands';
import { supermarket, expectRejected } from './fixtures';
import { ANA, LI, sampleComment } from './commentFixtures';

const at = '2026-11-28T11:00:00.000Z';

function withComment() {
  return applyCommand(supermarket(), { type: 'addComment', comment: sampleComment('c1') }).project;
}

describe('comment commands', () => {
  it('adds a comment on a step, flow or stage, and undo takes the list away again', () => {
    const p = supermarket();
    const added = applyCommand(p, { type: 'addComment', comment: sampleComment('c1') });
    expect(added.project.comments?.map((c) => c.id)).toEqual(['c1']);
    expect('comments' in applyPatchesToProject(added.project, added.inversePatches)).toBe(false);
    for (const target of [
      { kind: 'flow', id: 'f1' },
      { kind: 'stage', id: 'pay' },
    ] as const)
      expect(applyCommand(p, { type: 'addComment', comment: sampleComment('c2', { target }) }).patches.length).toBe(1);
  });

  it('refuses a comment on nothing, a taken id, blank or overlong text, or one born resolved', () => {
    const p = withComment();
    expectRejected(
      p,
      { type: 'addComment', comment: sampleComment('c2', { target: { kind: 'step', id: 'ghost' } }) },
      'not-found',
    );
    expectRejected(
      p,
      { type: 'addComment', comment: sampleComment('c2', { target: { kind: 'flow', id: 'queue' } }) },
      'not-found',
    );
    expectRejected(p, { type: 'addComment', comment: sampleComment('c1') }, 'duplicate-id');
    expectRejected(p, { type: 'addComment', comment: sampleComment('c2', { text: '  ' }) }, 'invalid-value');
    expectRejected(
      p,
      { type: 'addComment', comment: sampleComment('c2', { text: 'x'.repeat(5001) }) },
      'invalid-value',
    );
    expectRejected(p, { type: 'addComment', comment: sampleComment('c2', { resolved: true }) }, 'invalid-value');
  });

  it('replies, edits only the author’s own text, resolves with who and when, reopens', () => {
    let p = withComment();
    p = applyCommand(p, {
      type: 'replyToComment',
      commentId: 'c1',
      reply: { id: 'r1', author: LI, createdAt: at, text: 'Yes, on Mondays.' },
    }).project;
    expect(p.comments![0].replies.map((r) => r.text)).toEqual(['Yes, on Mondays.']);
    // Li may not edit Ana's comment, Ana may not edit Li's reply.
    expectRejected(p, { type: 'editComment', commentId: 'c1', text: 'hacked', author: LI, at }, 'invalid-value');
    expectRejected(
      p,
      { type: 'editComment', commentId: 'c1', replyId: 'r1', text: 'no', author: ANA, at },
      'invalid-value',
    );
    p = applyCommand(p, {
      type: 'editComment',
      commentId: 'c1',
      text: ' Queue on weekdays? ',
      author: ANA,
      at,
    }).project;
    expect(p.comments![0]).toMatchObject({ text: 'Queue on weekdays?', editedAt: at });
    p = applyCommand(p, {
      type: 'editComment',
      commentId: 'c1',
      replyId: 'r1',
      text: 'Mondays.',
      author: LI,
      at,
    }).project;
    expect(p.comments![0].replies[0]).toMatchObject({ text: 'Mondays.', editedAt: at });
    p = applyCommand(p, { type: 'resolveComment', commentId: 'c1', by: LI, at }).project;
    expect(p.comments![0]).toMatchObject({ resolved: true, resolvedBy: LI, resolvedAt: at });
    const reopened = applyCommand(p, { type: 'reopenComment', commentId: 'c1' });
    expect(reopened.project.comments![0].resolved).toBe(false);
    expect('resolvedBy' in reopened.project.comments![0]).toBe(false);
    expect(applyPatchesToProject(reopened.project, reopened.inversePatches)).toStrictEqual(p);
  });

  it('deletes a reply or a whole comment; the last one takes the list with it', () => {
    let p = withComment();
    p = applyCommand(p, {
      type: 'replyToComment',
      commentId: 'c1',
      reply: { id: 'r1', author: LI, createdAt: at, text: 'a' },
    }).project;
    p = applyCommand(p, { type: 'removeComment', commentId: 'c1', replyId: 'r1' }).project;
    expect(p.comments![0].replies).toEqual([]);
    expectRejected(p, { type: 'removeComment', commentId: 'c1', replyId: 'r1' }, 'not-found');
    p = applyCommand(p, { type: 'removeComment', commentId: 'c1' }).project;
    expect(p.comments).toBeUndefined();
  });

  it('keeps a comment when its step is deleted (never silently lost)', () => {
    const p = applyCommand(withComment(), { type: 'removeSelection', stepIds: ['queue'], flowIds: [] }).project;
    expect(p.steps.some((s) => s.id === 'queue')).toBe(false);
    expect(p.comments?.map((c) => c.id)).toEqual(['c1']);
  });

  it('each has its own undo label', () => {
    expect(describeCommand({ type: 'addComment', comment: sampleComment('x') }).key).toBe('comments.commands.add');
    expect(describeCommand({ type: 'removeComment', commentId: 'x', replyId: 'r' }).key).toBe(
      'comments.commands.removeReply',
    );
  });
});
