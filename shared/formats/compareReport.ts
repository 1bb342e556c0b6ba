/**
 * Two journey states compared, as a Markdown report (CommonMark with GitHub tables) or a
 * self-contained HTML page: the states compared, the changes counted, stage by stage the
 * steps of each state side by side (HTML) and the figures before and after (risk, weighted
 * SERVQUAL gap, emotion, metrics), then every step added, removed, moved or changed. The same
 * result as the compare view (shared/analysis/compare.ts). User text is escaped.
 */
import {
  compareStates,
  type Delta,
  type MarkedStep,
  type StageComparison,
  type StateComparison,
  type StepChange,
} from '../analysis/compare';
import { formatNumber, formatSigned } from '../i18n/format';
import { listStates } from '../model/states';
import type { Project } from '../model/types';
import { exportLanguage, type ExportLanguage } from './exportLanguage';
import { markdownInline } from './markdown';
import { cspHash } from './sha256';
import { escapeXmlAttr, escapeXmlText } from './xml';

/** A figure to two decimals, or a dash. */
function figure(text: ExportLanguage, n: number | null): string {
  return n === null ? text.t('states.compare.none') : formatNumber(text.lng, n, { maximumFractionDigits: 2 });
}
function change(text: ExportLanguage, d: Delta): string {
  return d.change === null
    ? text.t('states.compare.none')
    : formatSigned(text.lng, Math.round(d.change * 100) / 100, 2);
}

/** A metric's name in a figures table: its kind's name when it has none of its own. */
export function metricLabel(text: ExportLanguage, m: StageComparison['metrics'][number]): string {
  const name = m.kind !== null ? text.t(`metrics.kinds.${m.kind}`) : m.name;
  return text.t('states.compare.metric', { name });
}

/** One change as a list item's words (shared with the compare view through the same keys). */
export function changeLine(text: ExportLanguage, c: StepChange, q: (s: string) => string = (s) => s): string {
  const stage = (s: { name: string } | null) => q(s?.name ?? '');
  switch (c.kind) {
    case 'added':
    case 'removed':
      return `${text.t(`states.compare.${c.kind}`)}: ${q(c.step.title)} (${text.t('states.compare.inStage', { stage: stage(c.stage) })})`;
    case 'moved':
      return `${text.t('states.compare.moved')}: ${q(c.b.title)} (${
        c.stageChanged
          ? text.t('states.compare.movedStage', { from: stage(c.from), to: stage(c.to) })
          : text.t('states.compare.movedOrder', { stage: stage(c.to) })
      })`;
    case 'changed': {
      const fields = c.fields.map((f) => text.t(`states.compare.fields.${f}`)).join(', ');
      return `${text.t('states.compare.changed')}: ${q(c.b.title)} (${text.t('states.compare.report.changedFields', { fields })})`;
    }
  }
}

/** The two states chosen (the first state when an id is unknown) and their comparison. */
function compared(project: Project, beforeId: string, afterId: string, defaultName: string) {
  const list = listStates(project, defaultName);
  const a = list.find((s) => s.id === beforeId) ?? list[0];
  const b = list.find((s) => s.id === afterId) ?? list[0];
  return { a, b, result: compareStates(a.journey, b.journey, project.servqualWeights) };
}

/** A stage's heading: its name, both names when renamed, or which state alone has it. */
function stageTitle(text: ExportLanguage, s: StageComparison, nameA: string, nameB: string): string {
  if (s.a && s.b) return s.a.name === s.b.name ? s.a.name : `${s.a.name} → ${s.b.name}`;
  return text.t('states.compare.stageOnlyIn', { name: s.a ? nameA : nameB }) + `: ${(s.a ?? s.b)!.name}`;
}

/**
 * The comparison of state `beforeId` with state `afterId` of the project as Markdown.
 *
 * @example comparisonMarkdown(project, 'today', 'future', exportLanguage('en'))
 */
export function comparisonMarkdown(
  project: Project,
  beforeId: string,
  afterId: string,
  text: ExportLanguage = exportLanguage(),
  defaultName = text.t('states.defaultName'),
): string {
  const { a, b, result } = compared(project, beforeId, afterId, defaultName);
  const lines: string[] = [];
  lines.push(`# ${markdownInline(text.t('states.compare.report.title', { project: project.name }))}`, '');
  lines.push(markdownInline(text.t('states.compare.report.states', { a: a.name, b: b.name })), '');
  lines.push(`## ${text.t('states.compare.summary')}`, '');
  lines.push(text.t('states.compare.counts', result.counts), '');
  lines.push(`## ${text.t('states.compare.stages')}`, '');
  for (const s of result.stages) {
    const title = stageTitle(text, s, a.name, b.name);
    lines.push(`### ${markdownInline(title)}`, '');
    lines.push(
      `| ${text.t('states.compare.figure')} | ${markdownInline(a.name)} | ${markdownInline(b.name)} | ± |`,
      '| --- | ---: | ---: | ---: |',
    );
    const row = (label: string, d: Delta) =>
      lines.push(`| ${markdownInline(label)} | ${figure(text, d.a)} | ${figure(text, d.b)} | ${change(text, d)} |`);
    row(text.t('states.compare.riskMean'), s.risk.mean);
    row(text.t('states.compare.riskMax'), s.risk.max);
    row(text.t('states.compare.servqual'), s.servqualWeighted);
    row(text.t('states.compare.emotion'), s.emotionMean);
    for (const m of s.metrics) row(metricLabel(text, m), m.mean);
    lines.push('');
  }
  lines.push(`## ${text.t('states.compare.summary')}: ${markdownInline(a.name)} → ${markdownInline(b.name)}`, '');
  if (result.changes.length === 0) lines.push(text.t('states.compare.noChanges'));
  for (const c of result.changes) lines.push(`- ${changeLine(text, c, markdownInline)}`);
  lines.push('');
  return lines.join('\n');
}

/** The signs beside each change's word (the colour is never the only mark). */
const MARK_SIGNS = { added: '+', removed: '\u2212', moved: '\u21c5', changed: '\u270e' } as const;

/** The comparison page's style: the only style the page's policy allows (by its hash). */
export const COMPARISON_STYLE = [
  'body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#1d2433;margin:0 auto;padding:24px;max-width:1200px}',
  'h1{font-size:1.6em;margin:0 0 4px}h2{margin-top:28px;border-bottom:1px solid #d5d9e0;padding-bottom:4px}h3{margin:0 0 8px}',
  '.muted{color:#5b6475}',
  '.stage{border:1px solid #d5d9e0;border-radius:8px;padding:12px 16px;margin:12px 0;break-inside:avoid}',
  '.grid{display:grid;grid-template-columns:1fr 1fr minmax(260px,1fr);gap:16px}',
  '@media (max-width:800px){.grid{grid-template-columns:1fr 1fr}.grid table{grid-column:1/-1}}',
  '.col h4{margin:0 0 6px;font-size:1em}.col ol{margin:0;padding-left:1.4em}.col li{margin:2px 0}',
  '.mark{display:inline-block;font-size:.8em;font-weight:600;border-radius:4px;padding:0 5px;margin-right:6px}',
  '.added{background:#e3f4e8;color:#1b6b35}.removed{background:#fdecea;color:#a4262c}',
  '.moved{background:#e6effc;color:#1f4f9c}.changed{background:#fff4e0;color:#8a5300}',
  'li.removed-step .title{text-decoration:line-through}',
  '.detail{display:block;font-size:.85em;color:#5b6475}',
  'table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}',
  'th,td{padding:2px 8px;text-align:right;border-bottom:1px solid #e3e6eb}th[scope=row],thead th:first-child{text-align:left;font-weight:400}',
  'td.better{color:#1b6b35;font-weight:600}td.worse{color:#a4262c;font-weight:600}',
  'ul.changes{list-style:none;padding:0}ul.changes li{margin:4px 0}',
].join('\n');

/**
 * The comparison of state `beforeId` with state `afterId` as one self-contained HTML page
 * (no script, no request; a Content-Security-Policy allowing only its own style): the steps
 * of each stage side by side, marked with a sign and a word, the figures, and every change.
 *
 * @example comparisonHtml(project, 'today', 'future', exportLanguage('hu'))
 */
export function comparisonHtml(
  project: Project,
  beforeId: string,
  afterId: string,
  text: ExportLanguage = exportLanguage(),
  defaultName = text.t('states.defaultName'),
): string {
  const { a, b, result } = compared(project, beforeId, afterId, defaultName);
  const h = escapeXmlText;
  const t = text.t.bind(text);
  const title = t('states.compare.report.title', { project: project.name });
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${escapeXmlAttr(text.lng)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspHash(COMPARISON_STYLE)}; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Touchmap">',
    `<title>${h(title)}</title>`,
    `<style>${COMPARISON_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<p class="muted">${h(t('states.compare.report.states', { a: a.name, b: b.name }))}</p>`,
    `<p>${countsHtml(text, result)}</p>`,
    `<h2>${h(t('states.compare.stages'))}</h2>`,
  ];
  for (const s of result.stages) out.push(stageHtml(text, s, a.name, b.name));
  out.push(`<h2>${h(t('states.compare.summary'))}</h2>`);
  if (result.changes.length === 0) out.push(`<p>${h(t('states.compare.noChanges'))}</p>`);
  else {
    out.push('<ul class="changes">');
    for (const c of result.changes)
      out.push(`<li>${markHtml(text, c.kind)}${h(changeLine(text, c).replace(/^[^:]*:\s*/, ''))}</li>`);
    out.push('</ul>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function markHtml(text: ExportLanguage, kind: keyof typeof MARK_SIGNS): string {
  return `<span class="mark ${kind}"><span aria-hidden="true">${MARK_SIGNS[kind]}</span> ${escapeXmlText(text.t(`states.compare.${kind}`))}</span>`;
}

function countsHtml(text: ExportLanguage, result: StateComparison): string {
  return escapeXmlText(text.t('states.compare.counts', result.counts));
}

function stepHtml(text: ExportLanguage, m: MarkedStep, side: 'a' | 'b'): string {
  const h = escapeXmlText;
  const details: string[] = [];
  if (m.marks.includes('moved') && m.otherStage)
    details.push(
      text.t(side === 'a' ? 'states.compare.movedTo' : 'states.compare.movedFrom', { stage: m.otherStage.name }),
    );
  if (m.fields.length) details.push(m.fields.map((f) => text.t(`states.compare.fields.${f}`)).join(', '));
  const title = m.step.title || text.t('exportText.untitledStep');
  return (
    `<li${m.marks.includes('removed') ? ' class="removed-step"' : ''}>` +
    m.marks.map((k) => markHtml(text, k)).join('') +
    `<span class="title">${h(title)}</span>` +
    (details.length ? `<span class="detail">${h(details.join(' · '))}</span>` : '') +
    '</li>'
  );
}

function stageHtml(text: ExportLanguage, s: StageComparison, nameA: string, nameB: string): string {
  const h = escapeXmlText;
  const t = text.t.bind(text);
  const figure = (n: number | null) =>
    n === null ? t('states.compare.none') : formatNumber(text.lng, n, { maximumFractionDigits: 2 });
  const column = (steps: MarkedStep[], name: string, present: boolean, side: 'a' | 'b') =>
    `<div class="col"><h4>${h(name)} <span class="muted">${h(
      present ? t('states.compare.steps', { count: steps.length }) : t('states.compare.notInState'),
    )}</span></h4>` +
    (steps.length ? `<ol>${steps.map((m) => stepHtml(text, m, side)).join('')}</ol>` : '') +
    '</div>';
  const row = (label: string, d: Delta, better: 'up' | 'down') => {
    const tone =
      d.change === null || Math.abs(d.change) < 1e-9 ? '' : d.change > 0 === (better === 'up') ? 'better' : 'worse';
    const sign = tone === 'better' ? ' \u25b2' : tone === 'worse' ? ' \u25bc' : '';
    return `<tr><th scope="row">${h(label)}</th><td>${figure(d.a)}</td><td>${figure(d.b)}</td><td${
      tone ? ` class="${tone}" title="${escapeXmlAttr(t(`states.compare.${tone}`))}"` : ''
    }>${h(change(text, d))}${sign}</td></tr>`;
  };
  return [
    `<section class="stage"><h3>${h(stageTitle(text, s, nameA, nameB))}</h3><div class="grid">`,
    column(s.stepsA, nameA, s.a !== null, 'a'),
    column(s.stepsB, nameB, s.b !== null, 'b'),
    `<table><thead><tr><th scope="col">${h(t('states.compare.figure'))}</th><th scope="col">${h(nameA)}</th><th scope="col">${h(nameB)}</th><th scope="col">\u00b1</th></tr></thead><tbody>`,
    row(t('states.compare.riskMean'), s.risk.mean, 'down'),
    row(t('states.compare.riskMax'), s.risk.max, 'down'),
    row(t('states.compare.servqual'), s.servqualWeighted, 'up'),
    row(t('states.compare.emotion'), s.emotionMean, 'up'),
    ...s.metrics.map((m) => row(metricLabel(text, m), m.mean, m.direction === 'lower' ? 'down' : 'up')),
    '</tbody></table></div></section>',
  ].join('');
}
