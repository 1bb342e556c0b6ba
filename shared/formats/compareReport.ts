/**
 * Two journey states compared, as a Markdown report (CommonMark with GitHub tables): the
 * states compared, the changes counted, stage by stage the figures before and after (risk,
 * weighted SERVQUAL gap, emotion, metrics), then every step added, removed, moved or changed.
 * The same result as the compare view (shared/analysis/compare.ts). User text is escaped.
 */
import { compareStates, type Delta, type StepChange } from '../analysis/compare';
import { formatNumber, formatSigned } from '../i18n/format';
import { listStates } from '../model/states';
import type { Project } from '../model/types';
import { exportLanguage, type ExportLanguage } from './exportLanguage';
import { markdownInline } from './markdown';

/** A figure to two decimals, or a dash. */
function figure(text: ExportLanguage, n: number | null): string {
  return n === null ? text.t('states.compare.none') : formatNumber(text.lng, n, { maximumFractionDigits: 2 });
}
function change(text: ExportLanguage, d: Delta): string {
  return d.change === null
    ? text.t('states.compare.none')
    : formatSigned(text.lng, Math.round(d.change * 100) / 100, 2);
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
  const list = listStates(project, defaultName);
  const a = list.find((s) => s.id === beforeId) ?? list[0];
  const b = list.find((s) => s.id === afterId) ?? list[0];
  const result = compareStates(a.journey, b.journey, project.servqualWeights);
  const lines: string[] = [];
  lines.push(`# ${markdownInline(text.t('states.compare.report.title', { project: project.name }))}`, '');
  lines.push(markdownInline(text.t('states.compare.report.states', { a: a.name, b: b.name })), '');
  lines.push(`## ${text.t('states.compare.summary')}`, '');
  lines.push(text.t('states.compare.counts', result.counts), '');
  lines.push(`## ${text.t('states.compare.stages')}`, '');
  for (const s of result.stages) {
    const title =
      s.a && s.b
        ? s.a.name === s.b.name
          ? s.a.name
          : `${s.a.name} → ${s.b.name}`
        : text.t('states.compare.stageOnlyIn', { name: s.a ? a.name : b.name }) + `: ${(s.a ?? s.b)!.name}`;
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
    for (const m of s.metrics) row(text.t('states.compare.metric', { name: m.name }), m.mean);
    lines.push('');
  }
  lines.push(`## ${text.t('states.compare.summary')}: ${markdownInline(a.name)} → ${markdownInline(b.name)}`, '');
  if (result.changes.length === 0) lines.push(text.t('states.compare.noChanges'));
  for (const c of result.changes) lines.push(`- ${changeLine(text, c, markdownInline)}`);
  lines.push('');
  return lines.join('\n');
}
