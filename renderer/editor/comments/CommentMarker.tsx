/**
 * The marker on a step, a flow or a stage with open comments: a speech bubble with the count.
 * Activating it (click, or Enter/Space on it from the keyboard) selects the target and moves
 * focus to the inspector's Comments section, which lists exactly the threads the marker counts
 * (the open ones on that target) with Reply, Resolve and Add beside the target's own fields.
 * Resolved comments do not count. The marker only lives on the editing canvas: presentation
 * mode draws its own slides and image exports their own drawing.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageSquare } from 'lucide-react';
import { create } from 'zustand';
import type { CommentTarget } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { focusStage } from '../inspector/focus';
import { useOpenCommentCount } from './commentCounts';
import './commentMarker.css';

/** A request to the inspector's Comments section of `target` to take keyboard focus (consumed once). */
export const useCommentsFocus = create<{ target: CommentTarget | null }>()(() => ({ target: null }));

/** Select a target and bring its comments in the inspector into view and focus. */
export function showCommentsOn(target: CommentTarget): void {
  const { select } = useDocument.getState();
  if (target.kind === 'step') select({ stepIds: [target.id], flowIds: [] });
  else if (target.kind === 'flow') select({ stepIds: [], flowIds: [target.id] });
  else focusStage(target.id);
  useCommentsFocus.setState({ target });
}

/** The count marker of one target; nothing while it has no open comments. */
export const CommentMarker = memo(function CommentMarker({
  kind,
  id,
  className,
  style,
}: {
  kind: CommentTarget['kind'];
  id: string;
  className?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const count = useOpenCommentCount(kind, id);
  if (count === 0) return null;
  const label = t('comments.panel.openCount', { count });
  return (
    <button
      type="button"
      // `nodrag nopan`: a press on the marker is a click, not the start of a drag or a pan.
      className={`comment-marker nodrag nopan${className ? ` ${className}` : ''}`}
      style={style}
      aria-label={label}
      title={t('comments.marker.title')}
      onClick={(e) => {
        // The map's own click (select, or a flow's selection) is replaced by this one.
        e.stopPropagation();
        showCommentsOn({ kind, id });
      }}
      onKeyDown={(e) => {
        // Enter and Space press the button; the canvas's keys (move, add step) stay away.
        if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <MessageSquare size={12} strokeWidth={2.5} aria-hidden="true" />
      <span>{count}</span>
    </button>
  );
});
