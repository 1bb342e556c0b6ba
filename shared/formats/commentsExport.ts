/**
 * Comment threads in the written exports, when the export dialog's "Include comments" is on:
 * a Markdown section, a list in the HTML page's header and a section in each step's panel of
 * the HTML page. Each thread says what it is pinned to (or that the target was removed or is in
 * another journey state), whether it is open or resolved (and by whom, when), its author and
 * time (in the export's language), its text and its replies. Open threads come first, each
 * group in the file's order.
 *
 * Comment text comes from a file or a peer: Markdown escapes it like any user text, HTML
 * escapes it (the header list) or hands it to the viewer as data it writes as text (the panel).
 */
import { formatDateTime, formatNumber } from '../i18n/format';
import { targetName, targetPlaces } from '../model/comments';
import type { Author, Comment, CommentTarget, Project } from '../model/types';
import type { ExportLanguage } from './exportLanguage';
import { markdownBlock, markdownInline } from './markdown';
import { escapeXmlAttr, escapeXmlText } from './xml';

type Translate = (key: string, options?: Record<string, string | number>) => string;

/** One entry of a thread (the comment or a reply), ready to write. */
export interface ExportedEntry {
  author: string;
  /** The time in the export's language; empty when the file's time is not a date. */
  time: string;
  edited: boolean;
  text: string;
}

export interface ExportedThread {
  target: CommentTarget;
  /** "On step: Pay", "On a removed step", in the export's language. */
  where: string;
  resolved: boolean;
  /** "Open", or "Resolved: Ann" with the time when it was resolved. */
  status: string;
  comment: ExportedEntry;
  replies: ExportedEntry[];
}

function timeOf(text: ExportLanguage, iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatDateTime(text.lng, date);
}

const entry = (text: ExportLanguage, author: Author, iso: string, body: string, editedAt?: string): ExportedEntry => ({
  author: author.name,
  time: timeOf(text, iso),
  edited: !!editedAt,
  text: body,
});

/** The project's comment threads as the exports write them: open ones first, then resolved, each in file order. */
export function exportedThreads(project: Project, text: ExportLanguage): ExportedThread[] {
  const comments = project.comments ?? [];
  if (!comments.length) return [];
  const t = text.t as Translate;
  const place = targetPlaces(project);
  const ordered = [...comments.filter((c) => !c.resolved), ...comments.filter((c) => c.resolved)];
  return ordered.map((c: Comment) => {
    const at = place(c.target);
    const where =
      at === 'here'
        ? t(`comments.target.on.${c.target.kind}`, {
            name: targetName(project, c.target) || t('comments.target.untitled'),
          })
        : t(`comments.target.${at === 'otherState' ? 'otherState' : 'removed'}.${c.target.kind}`);
    const resolvedAt = timeOf(text, c.resolvedAt);
    const status = !c.resolved
      ? t('comments.export.open')
      : c.resolvedBy
        ? [t('comments.thread.resolvedBy', { name: c.resolvedBy.name }), resolvedAt].filter(Boolean).join(', ')
        : t('comments.export.resolved');
    return {
      target: c.target,
      where,
      resolved: c.resolved,
      status,
      comment: entry(text, c.author, c.createdAt, c.text, c.editedAt),
      replies: c.replies.map((r) => entry(text, r.author, r.createdAt, r.text, r.editedAt)),
    };
  });
}

/** "Ann · 28 Nov 2026, 10:32 · edited": who wrote an entry and when. */
function byline(text: ExportLanguage, e: ExportedEntry): string[] {
  return [e.author, e.time, ...(e.edited ? [text.t('comments.thread.edited')] : [])].filter(Boolean);
}

/**
 * The Markdown report's Comments section (its lines): each thread under a heading saying where
 * it is pinned and whether it is open, the comment and its replies as a list.
 */
export function markdownComments(project: Project, text: ExportLanguage): string[] {
  const { t } = text;
  const out = [`## ${t('comments.export.title')}`, ''];
  const threads = exportedThreads(project, text);
  if (!threads.length) return [...out, `_${t('comments.export.none')}_`, ''];
  const item = (e: ExportedEntry, indent: string) => {
    const [who, ...rest] = byline(text, e);
    const head = `${indent}- **${markdownInline(who ?? '')}**${rest.length ? ` (${rest.map(markdownInline).join(', ')})` : ''}:`;
    const body = markdownBlock(e.text);
    // The text continues the list item: its lines (and paragraphs) indented under it.
    const lines = body.split('\n').map((line) => (line ? `${indent}  ${line}` : ''));
    return [head, ...lines];
  };
  for (const thread of threads) {
    out.push(`### ${markdownInline(thread.where)} (${markdownInline(thread.status)})`, '');
    out.push(...item(thread.comment, ''));
    for (const reply of thread.replies) out.push(...item(reply, '  '));
    out.push('');
  }
  return out;
}

/**
 * The HTML page's list of every thread (steps, flows, stages, removed targets), a disclosure
 * in the header beside the personas; empty when there are none. All text escaped.
 */
export function htmlCommentsBlock(project: Project, text: ExportLanguage): string {
  const threads = exportedThreads(project, text);
  if (!threads.length) return '';
  const { t } = text;
  const h = escapeXmlText;
  const entryHtml = (e: ExportedEntry) => `<p class="type">${h(byline(text, e).join(' · '))}</p><p>${h(e.text)}</p>`;
  const items = threads.map(
    (thread) =>
      `<h3>${h(thread.where)}</h3><p class="type">${h(thread.status)}</p>${entryHtml(thread.comment)}` +
      (thread.replies.length ? `<ul>${thread.replies.map((r) => `<li>${entryHtml(r)}</li>`).join('')}</ul>` : ''),
  );
  const open = threads.filter((th) => !th.resolved).length;
  return (
    `<details class="comments"><summary>${h(t('comments.export.summary', { count: formatNumber(text.lng, threads.length), open: formatNumber(text.lng, open) }))}</summary>` +
    `<div class="comments-list" role="region" aria-label="${escapeXmlAttr(t('comments.export.title'))}">${items.join('')}</div></details>`
  );
}

/**
 * The comments on each step, as lines for the HTML page's step panel: per thread its status,
 * then "author · time: text" for the comment and each reply. Steps without comments are absent.
 */
export function stepCommentLines(project: Project, text: ExportLanguage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const thread of exportedThreads(project, text)) {
    if (thread.target.kind !== 'step') continue;
    const lines = out.get(thread.target.id) ?? [];
    const line = (e: ExportedEntry, reply: boolean) => `${reply ? '↳ ' : ''}${byline(text, e).join(' · ')}: ${e.text}`;
    lines.push(`${thread.status} — ${line(thread.comment, false)}`, ...thread.replies.map((r) => line(r, true)));
    out.set(thread.target.id, lines);
  }
  return out;
}
