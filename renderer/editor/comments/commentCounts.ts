/**
 * The open-comment count of one step, flow or stage, as the canvas's markers read it. The
 * counts of all targets are worked out once per comments array (immer gives the array a new
 * identity only when a comment changes) and each marker selects just its own number, so a
 * comment added to one step re-renders that step's marker and nothing else on the map.
 */
import { openCommentCounts } from '../../../shared/model/comments';
import type { Comment, CommentTarget } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';

type Counts = ReturnType<typeof openCommentCounts>;

const cache = new WeakMap<readonly Comment[], Counts>();
const NONE: Counts = openCommentCounts(undefined);

/** The open comments per target of a comments array, computed once per array. */
export function countsOf(comments: readonly Comment[] | undefined): Counts {
  if (!comments) return NONE;
  let counts = cache.get(comments);
  if (!counts) {
    counts = openCommentCounts(comments);
    cache.set(comments, counts);
  }
  return counts;
}

/** The number of open comments on one target, from the counts of its comments array. */
export function openCountOn(comments: readonly Comment[] | undefined, kind: CommentTarget['kind'], id: string): number {
  return countsOf(comments)[kind].get(id) ?? 0;
}

/** The number of open comments on one target; the caller re-renders only when that number changes. */
export function useOpenCommentCount(kind: CommentTarget['kind'], id: string): number {
  return useDocument((s) => openCountOn(s.project?.comments, kind, id));
}
