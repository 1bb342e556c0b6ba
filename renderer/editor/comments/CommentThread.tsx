/**
 * One comment with its thread: author (marker, name), time in the UI language, the target it
 * is pinned to (a button that selects and centres it, or "on a removed step"), the text,
 * replies, and the actions: reply, edit one's own text, resolve or reopen, delete.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import type { Author, Comment } from '../../../shared/model/types';
import type { TargetPlace } from '../../../shared/model/comments';
import { IdentityMarker } from '../../identity/IdentityDialog';
import { ensureIdentity } from '../../identity/identityStore';
import { useIdentity } from '../../identity/useIdentity';
import { useLanguage } from '../../i18n';
import { newId } from '../../state/ids';
import { dispatch } from '../inspector/dispatch';
import { goToTarget } from './actions';

const isMine = (me: Author | null, author: Author) =>
  !!me && me.name === author.name && me.colour.toLowerCase() === author.colour.toLowerCase();

function When({ iso }: { iso: string }) {
  const lng = useLanguage();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return <time dateTime={iso}>{formatDateTime(lng, date)}</time>;
}

function Composer({
  label,
  submitLabel,
  initial = '',
  autoFocus,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = () => {
    if (!text.trim()) return;
    if (onSubmit(text.trim())) setText('');
  };
  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        aria-label={label}
        placeholder={label}
        value={text}
        rows={2}
        maxLength={5000}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter sends; Escape leaves the box (and cancels an edit).
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="comment-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('comments.thread.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={!text.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

export { Composer };

function Byline({ author, iso, edited }: { author: Author; iso: string; edited: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="comment-byline">
      <IdentityMarker identity={author} />
      <span className="comment-author">{author.name}</span>
      <span className="comment-time">
        <When iso={iso} />
        {edited ? ` · ${t('comments.thread.edited')}` : ''}
      </span>
    </div>
  );
}

export function CommentThread({
  comment,
  place,
  name,
  showTarget,
}: {
  comment: Comment;
  place: TargetPlace;
  name: string;
  showTarget: boolean;
}) {
  const { t } = useTranslation();
  const { identity } = useIdentity();
  const [editing, setEditing] = useState<string | null>(null);
  const [replying, setReplying] = useState(false);
  const at = () => new Date().toISOString();

  async function reply(text: string): Promise<void> {
    const me = await ensureIdentity();
    if (!me) return;
    if (
      dispatch({
        type: 'replyToComment',
        commentId: comment.id,
        reply: { id: newId('reply'), author: me, createdAt: at(), text },
      })
    )
      setReplying(false);
  }

  async function resolve(): Promise<void> {
    const me = await ensureIdentity();
    if (me) dispatch({ type: 'resolveComment', commentId: comment.id, by: me, at: at() });
  }

  const edit = (text: string, replyId?: string) => {
    if (!identity) return false;
    const ok = dispatch({
      type: 'editComment',
      commentId: comment.id,
      ...(replyId !== undefined && { replyId }),
      text,
      author: identity,
      at: at(),
    });
    if (ok) setEditing(null);
    return ok;
  };

  const where =
    place === 'here'
      ? t(`comments.target.on.${comment.target.kind}`, { name: name || t('comments.target.untitled') })
      : place === 'otherState'
        ? t(`comments.target.otherState.${comment.target.kind}`)
        : t(`comments.target.removed.${comment.target.kind}`);

  return (
    <article
      className={comment.resolved ? 'comment-card resolved' : 'comment-card'}
      aria-label={t('comments.thread.label', { name: comment.author.name })}
    >
      {showTarget &&
        (place === 'here' ? (
          <button type="button" className="comment-target" onClick={() => goToTarget(comment.target)}>
            {where}
          </button>
        ) : (
          <p className="comment-target gone">{where}</p>
        ))}
      <Byline author={comment.author} iso={comment.createdAt} edited={!!comment.editedAt} />
      {editing === comment.id ? (
        <Composer
          label={t('comments.thread.editLabel')}
          submitLabel={t('comments.thread.save')}
          initial={comment.text}
          autoFocus
          onSubmit={(text) => edit(text)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {comment.replies.length > 0 && (
        <ol className="comment-replies" aria-label={t('comments.thread.replies', { count: comment.replies.length })}>
          {comment.replies.map((r) => (
            <li key={r.id}>
              <Byline author={r.author} iso={r.createdAt} edited={!!r.editedAt} />
              {editing === r.id ? (
                <Composer
                  label={t('comments.thread.editLabel')}
                  submitLabel={t('comments.thread.save')}
                  initial={r.text}
                  autoFocus
                  onSubmit={(text) => edit(text, r.id)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <p className="comment-text">{r.text}</p>
              )}
              <div className="comment-actions small">
                {isMine(identity, r.author) && editing !== r.id && (
                  <button type="button" onClick={() => setEditing(r.id)}>
                    {t('comments.thread.edit')}
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'removeComment', commentId: comment.id, replyId: r.id })}
                >
                  {t('comments.thread.deleteReply')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved && comment.resolvedBy && (
        <p className="comment-resolved">
          {t('comments.thread.resolvedBy', { name: comment.resolvedBy.name })}{' '}
          {comment.resolvedAt && <When iso={comment.resolvedAt} />}
        </p>
      )}
      {replying && (
        <Composer
          label={t('comments.thread.replyLabel')}
          submitLabel={t('comments.thread.send')}
          autoFocus
          onSubmit={(text) => {
            void reply(text);
            return true;
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      <div className="comment-actions">
        {!replying && !comment.resolved && (
          <button type="button" onClick={() => setReplying(true)}>
            {t('comments.thread.reply')}
          </button>
        )}
        {isMine(identity, comment.author) && editing !== comment.id && (
          <button type="button" onClick={() => setEditing(comment.id)}>
            {t('comments.thread.edit')}
          </button>
        )}
        {comment.resolved ? (
          <button type="button" onClick={() => dispatch({ type: 'reopenComment', commentId: comment.id })}>
            {t('comments.thread.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => void resolve()}>
            {t('comments.thread.resolve')}
          </button>
        )}
        <button
          type="button"
          className="comment-delete"
          onClick={() => dispatch({ type: 'removeComment', commentId: comment.id })}
        >
          {t('comments.thread.delete')}
        </button>
      </div>
    </article>
  );
}
