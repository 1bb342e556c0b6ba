import type { Comment } from '../../../shared/model';

export const ANA = { name: 'Ana Kovács', colour: '#1b6fd6' };
export const LI = { name: '李明', colour: '#b83da0' };

/** An open comment by Ana on the queue step. */
export function sampleComment(id: string, over: Partial<Comment> = {}): Comment {
  return {
    id,
    target: { kind: 'step', id: 'queue' },
    author: ANA,
    createdAt: '2026-11-28T10:00:00.000Z',
    text: 'Is the queue this long on weekdays?',
    replies: [],
    resolved: false,
    ...over,
  };
}
