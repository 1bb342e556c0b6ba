/**
 * Comments (format 5) as the model reads them: where each one's target is, and the repair
 * applied on reading so that a hand-edited or hostile file never loses a comment's text.
 */
import type { Comment, CommentTarget, Project } from './types';

/** Where a comment's target is: on the map being edited, in another journey state, or gone. */
export type TargetPlace = 'here' | 'otherState' | 'removed';

interface Lookup {
  here: Record<CommentTarget['kind'], Set<string>>;
  others: Record<CommentTarget['kind'], Set<string>>;
}

function idsOf(journey: Pick<Project, 'steps' | 'flows' | 'stages'>, into: Lookup['here']): void {
  for (const s of journey.steps) into.step.add(s.id);
  for (const f of journey.flows) into.flow.add(f.id);
  for (const s of journey.stages) into.stage.add(s.id);
}

const empty = (): Lookup['here'] => ({ step: new Set(), flow: new Set(), stage: new Set() });

/** A function telling where each target is, built once for a project (cheap to call per comment). */
export function targetPlaces(project: Project): (target: CommentTarget) => TargetPlace {
  const lookup: Lookup = { here: empty(), others: empty() };
  idsOf(project, lookup.here);
  for (const state of project.states?.others ?? []) idsOf(state, lookup.others);
  return (target) => {
    if (lookup.here[target.kind].has(target.id)) return 'here';
    if (lookup.others[target.kind].has(target.id)) return 'otherState';
    return 'removed';
  };
}

/** The comments pinned to one target. */
export function commentsOn(project: Project, target: CommentTarget): Comment[] {
  return (project.comments ?? []).filter((c) => c.target.kind === target.kind && c.target.id === target.id);
}

/** Open comments per target id, by kind: the counts the canvas's markers show. */
export function openCommentCounts(
  comments: readonly Comment[] | undefined,
): Record<CommentTarget['kind'], Map<string, number>> {
  const counts = { step: new Map<string, number>(), flow: new Map<string, number>(), stage: new Map<string, number>() };
  for (const c of comments ?? []) {
    if (c.resolved) continue;
    const map = counts[c.target.kind];
    map.set(c.target.id, (map.get(c.target.id) ?? 0) + 1);
  }
  return counts;
}

function freshId(base: string, taken: Set<string>): string {
  const stem = base.slice(0, 90);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The repair applied on reading (and by anyone merging comments): a repeated comment or reply id
 * gets a fresh one, and an open comment carries no resolver. Nothing is dropped: a comment whose
 * target is gone is kept (the app shows it as on a removed item). Returns the same project when
 * nothing needed repair.
 */
export function repairComments(project: Project): Project {
  const comments = project.comments;
  if (!comments) return project;
  let changed = false;
  const commentIds = new Set<string>();
  const repaired = comments.map((comment) => {
    let next = comment;
    if (commentIds.has(next.id)) {
      next = { ...next, id: freshId(next.id, commentIds) };
      changed = true;
    }
    commentIds.add(next.id);
    if (!next.resolved && (next.resolvedBy !== undefined || next.resolvedAt !== undefined)) {
      const { resolvedBy: _b, resolvedAt: _a, ...rest } = next;
      next = rest;
      changed = true;
    }
    const replyIds = new Set<string>();
    let repliesChanged = false;
    const replies = next.replies.map((reply) => {
      let r = reply;
      if (replyIds.has(r.id)) {
        r = { ...r, id: freshId(r.id, replyIds) };
        repliesChanged = true;
      }
      replyIds.add(r.id);
      return r;
    });
    if (repliesChanged) {
      next = { ...next, replies };
      changed = true;
    }
    return next;
  });
  return changed ? { ...project, comments: repaired } : project;
}

/** The name of what a comment is pinned to, as the map shows it. */
export function targetName(project: Project, target: CommentTarget): string {
  if (target.kind === 'step') return project.steps.find((s) => s.id === target.id)?.title ?? '';
  if (target.kind === 'stage') return project.stages.find((s) => s.id === target.id)?.name ?? '';
  const flow = project.flows.find((f) => f.id === target.id);
  if (!flow) return '';
  const title = (id: string) => project.steps.find((s) => s.id === id)?.title ?? '';
  return flow.label || `${title(flow.from)} → ${title(flow.to)}`;
}
