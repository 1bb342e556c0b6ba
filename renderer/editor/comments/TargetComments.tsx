/** The inspector's "Comments" section for the selected step, flow or focused stage: its threads and "Add comment". */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { startComment } from './actions';
import { targetName } from '../../../shared/model/comments';
import { CommentThread } from './CommentThread';
import { useCommentsFocus } from './CommentMarker';
import './comments.css';

export function TargetComments({ target }: { target: CommentTarget }) {
  const { t } = useTranslation();
  const all = useDocument((s) => s.project?.comments);
  const project = useDocument((s) => s.project);
  const mine = useMemo(
    () => (all ?? []).filter((c) => !c.resolved && c.target.kind === target.kind && c.target.id === target.id),
    [all, target.kind, target.id],
  );
  // A count marker on the map asked for these comments: they come into view with keyboard focus.
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = useCommentsFocus((s) => s.target?.kind === target.kind && s.target.id === target.id);
  useLayoutEffect(() => {
    if (!asked || !heading.current) return;
    heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: true });
    useCommentsFocus.setState({ target: null });
  }, [asked]);
  if (!project) return null;
  return (
    <section className="insp-section target-comments" aria-label={t('comments.inspector.title')}>
      <h3 ref={heading} tabIndex={-1}>
        {t('comments.inspector.title')}
      </h3>
      {mine.map((c) => (
        <CommentThread key={c.id} comment={c} place="here" name={targetName(project, target)} showTarget={false} />
      ))}
      <button type="button" onClick={() => void startComment(target)}>
        {t('comments.inspector.add')}
      </button>
    </section>
  );
}
