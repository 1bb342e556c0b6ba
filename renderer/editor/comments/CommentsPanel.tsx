/**
 * The comments panel beside the map (toolbar, View > Comments, Ctrl+Shift+M): the project's
 * comments, open ones first by default (filter: open, resolved, all), each with its thread;
 * a click on a comment's target selects and centres it. A new comment is written at the top.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageSquare } from 'lucide-react';
import { shortcutText } from '../../../shared/actions';
import { targetPlaces } from '../../../shared/model/comments';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';
import { ensureIdentity } from '../../identity/identityStore';
import { runAction } from '../actions';
import { dispatch } from '../inspector/dispatch';
import { SidePanel } from '../SidePanel';
import { ICON_SIZE } from '../toolbarIcons';
import { COMMENT_FILTERS, useCommentPanel } from './commentStore';
import { targetName } from '../../../shared/model/comments';
import { CommentThread, Composer } from './CommentThread';
import './comments.css';

export const COMMENTS_TOGGLE_ID = 'comments-toggle';

function NewComment() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const target = useCommentPanel((s) => s.composing);
  if (!project || !target) return null;
  const name = targetName(project, target) || t('comments.target.untitled');
  async function post(text: string) {
    const me = await ensureIdentity();
    if (!me || !target) return;
    const ok = dispatch({
      type: 'addComment',
      comment: {
        id: newId('comment'),
        target,
        author: me,
        createdAt: new Date().toISOString(),
        text,
        replies: [],
        resolved: false,
      },
    });
    if (ok) useCommentPanel.getState().compose(null);
  }
  return (
    <section className="comment-new" aria-label={t('comments.panel.newTitle')}>
      <h3>{t(`comments.target.on.${target.kind}`, { name })}</h3>
      <Composer
        label={t('comments.panel.newLabel')}
        submitLabel={t('comments.panel.post')}
        autoFocus
        onSubmit={(text) => {
          void post(text);
          return true;
        }}
        onCancel={() => useCommentPanel.getState().compose(null)}
      />
    </section>
  );
}

function OpenPanel() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const filter = useCommentPanel((s) => s.filter);
  const focusRequest = useCommentPanel((s) => s.focusRequest);
  const composing = useCommentPanel((s) => s.composing);
  const comments = useMemo(() => project?.comments ?? [], [project?.comments]);
  const place = useMemo(() => (project ? targetPlaces(project) : null), [project]);
  if (!project || !place) return null;
  const counts = {
    open: comments.filter((c) => !c.resolved).length,
    resolved: comments.filter((c) => c.resolved).length,
    all: comments.length,
  };
  const shown = comments.filter((c) => filter === 'all' || (filter === 'open') === !c.resolved);
  return (
    <SidePanel
      id="comments"
      className="inspector"
      title={t('comments.panel.title')}
      closeLabel={t('comments.panel.close')}
      onClose={() => useCommentPanel.getState().setOpen(false)}
      toggleId={COMMENTS_TOGGLE_ID}
      focusRequest={focusRequest}
      focusHeading={!composing}
    >
      <div className="comments-body">
        {composing && <NewComment />}
        <fieldset className="comments-filter">
          <legend className="visually-hidden">{t('comments.panel.filter')}</legend>
          <div className="segmented">
            {COMMENT_FILTERS.map((value) => (
              <label key={value} className={value === filter ? 'checked' : undefined}>
                <input
                  type="radio"
                  name="comments-filter"
                  value={value}
                  checked={value === filter}
                  onChange={() => useCommentPanel.getState().setFilter(value)}
                />
                {t(`comments.panel.filters.${value}`, { count: counts[value] })}
              </label>
            ))}
          </div>
        </fieldset>
        {shown.length === 0 ? (
          <p className="comments-empty">
            {t(`comments.panel.empty.${filter}`, { shortcut: shortcutText('add-comment') })}
          </p>
        ) : (
          <ul className="comments-list" aria-label={t('comments.panel.list')}>
            {shown.map((c) => (
              <li key={c.id}>
                <CommentThread comment={c} place={place(c.target)} name={targetName(project, c.target)} showTarget />
              </li>
            ))}
          </ul>
        )}
      </div>
    </SidePanel>
  );
}

/** The comments panel, shown while it is open. */
export function CommentsPanel() {
  return useCommentPanel((s) => s.open) ? <OpenPanel /> : null;
}

/** The toolbar button: pressed while the panel is open; shows the number of open comments. */
export function CommentsToggle() {
  const { t } = useTranslation();
  const open = useCommentPanel((s) => s.open);
  const count = useDocument((s) => s.project?.comments?.filter((c) => !c.resolved).length ?? 0);
  return (
    <button
      type="button"
      id={COMMENTS_TOGGLE_ID}
      aria-pressed={open}
      aria-keyshortcuts="Control+Shift+M"
      title={t('editor.withShortcut', { label: t('actions.comments'), shortcut: shortcutText('comments') })}
      onClick={() => runAction('comments')}
    >
      <MessageSquare size={ICON_SIZE} aria-hidden="true" />
      <span className="button-label">{t('actions.comments')}</span>
      {count > 0 && (
        <span className="comments-count" aria-label={t('comments.panel.openCount', { count })}>
          {count}
        </span>
      )}
    </button>
  );
}
