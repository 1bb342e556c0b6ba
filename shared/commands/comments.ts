/**
 * Handlers for comments (format 5): pinned to a step, a flow or a stage, with a thread of
 * replies, resolved and reopened. Each is one undo entry. The caller (the renderer) supplies
 * ids, the author (who you are) and the time, so a handler stays pure and deterministic.
 * Deleting a comment's target leaves the comment alone: it is shown as on a removed item.
 */
import { authorSchema, commentReplySchema, commentSchema, projectSchema } from '../model/schema';
import type { Author, Comment, Project } from '../model/types';
import { indexById, maxItems, parseWith, type Handler, type Handlers } from './internal';

const COMMENT_LIMIT = maxItems(projectSchema.shape.comments.unwrap());
const REPLY_LIMIT = maxItems(commentSchema.shape.replies);

const sameAuthor = (a: Author, b: Author) => a.name === b.name && a.colour.toLowerCase() === b.colour.toLowerCase();

function targetExists(project: Project, target: Comment['target']): boolean {
  const list = target.kind === 'step' ? project.steps : target.kind === 'flow' ? project.flows : project.stages;
  return indexById(list, target.id) >= 0;
}

const addComment: Handler<'addComment'> = (project, { comment: input }) => {
  const comment = parseWith(commentSchema, input);
  if (!comment || comment.resolved || comment.replies.length > 0) return 'invalid-value';
  const comments = project.comments ?? [];
  if (indexById(comments, comment.id) >= 0) return 'duplicate-id';
  if (comments.length >= COMMENT_LIMIT) return 'too-many';
  // A new comment is pinned to something on the map being edited.
  if (!targetExists(project, comment.target)) return 'not-found';
  return (d) => {
    if (d.comments) d.comments.push(comment);
    else d.comments = [comment];
  };
};

const replyToComment: Handler<'replyToComment'> = (project, { commentId, reply: input }) => {
  const index = indexById(project.comments ?? [], commentId);
  if (index < 0) return 'not-found';
  const reply = parseWith(commentReplySchema, input);
  if (!reply) return 'invalid-value';
  const comment = project.comments![index];
  if (indexById(comment.replies, reply.id) >= 0) return 'duplicate-id';
  if (comment.replies.length >= REPLY_LIMIT) return 'too-many';
  return (d) => {
    d.comments![index].replies.push(reply);
  };
};

/** Only the author (the same name and colour) edits a comment's or a reply's text. */
const editComment: Handler<'editComment'> = (project, { commentId, replyId, text, author, at }) => {
  const index = indexById(project.comments ?? [], commentId);
  if (index < 0) return 'not-found';
  const comment = project.comments![index];
  const replyIndex = replyId === undefined ? -1 : indexById(comment.replies, replyId);
  if (replyId !== undefined && replyIndex < 0) return 'not-found';
  const item = replyIndex >= 0 ? comment.replies[replyIndex] : comment;
  const who = parseWith(authorSchema, author);
  if (!who) return 'invalid-value';
  if (!sameAuthor(who, item.author)) return 'invalid-value';
  const valid = parseWith(commentReplySchema, { ...item, id: item.id, text, editedAt: at });
  if (!valid) return 'invalid-value';
  if (valid.text === item.text) return (_d) => {};
  return (d) => {
    const target = replyIndex >= 0 ? d.comments![index].replies[replyIndex] : d.comments![index];
    target.text = valid.text;
    target.editedAt = valid.editedAt;
  };
};

const resolveComment: Handler<'resolveComment'> = (project, { commentId, by, at }) => {
  const index = indexById(project.comments ?? [], commentId);
  if (index < 0) return 'not-found';
  const resolver = parseWith(authorSchema, by);
  const when = parseWith(commentSchema.shape.createdAt, at);
  if (!resolver || when === null) return 'invalid-value';
  if (project.comments![index].resolved) return (_d) => {};
  return (d) => {
    const c = d.comments![index];
    c.resolved = true;
    c.resolvedBy = resolver;
    c.resolvedAt = when;
  };
};

const reopenComment: Handler<'reopenComment'> = (project, { commentId }) => {
  const index = indexById(project.comments ?? [], commentId);
  if (index < 0) return 'not-found';
  if (!project.comments![index].resolved) return (_d) => {};
  return (d) => {
    const c = d.comments![index];
    c.resolved = false;
    delete c.resolvedBy;
    delete c.resolvedAt;
  };
};

/** Delete a comment with its thread, or (with `replyId`) one reply; the last comment takes the list with it. */
const removeComment: Handler<'removeComment'> = (project, { commentId, replyId }) => {
  const comments = project.comments ?? [];
  const index = indexById(comments, commentId);
  if (index < 0) return 'not-found';
  if (replyId !== undefined) {
    const r = indexById(comments[index].replies, replyId);
    if (r < 0) return 'not-found';
    return (d) => {
      d.comments![index].replies.splice(r, 1);
    };
  }
  return (d) => {
    if (comments.length === 1) delete d.comments;
    else d.comments!.splice(index, 1);
  };
};

export const commentHandlers = {
  addComment,
  replyToComment,
  editComment,
  resolveComment,
  reopenComment,
  removeComment,
} satisfies Partial<Handlers>;
