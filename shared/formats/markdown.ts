/**
 * The journey as a Markdown report (CommonMark with GitHub tables), in this order: title and
 * description; the journey by stage, each step marked as a contact moment and/or moment of
 * truth; the journey map's thoughts, by stage and step, quoted; every moment of truth with its annotations (channel, actor, emotion, wait, risk,
 * senses, SERVQUAL, standard and measures, pain points, opportunities, notes); the risk list
 * by score, highest first; the SERVQUAL gaps per dimension with the overall mean and weighted
 * score; the steps' metrics with their targets (off target in bold); when asked, the comment
 * threads (./commentsExport.ts).
 *
 * User text is escaped so it reads as typed: Markdown punctuation gets a backslash (a pipe
 * cannot end a table cell, `*` cannot start emphasis, `<b>` is not HTML, a title "1. Pay" or
 * "- Pay" is not a list), line breaks inside names become spaces, and multi-line fields keep
 * their lines.
 */
import { buildGraph, byStageThenPosition } from '../analysis/graph';
import { riskLevel, riskScore } from '../analysis/risk';
import { projectServqual, servqualGap } from '../analysis/servqual';
import { SENSES, SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Moment, Project, Step } from '../model/types';
import { formatDate, formatNumber, formatSigned } from '../i18n/format';
import { metricStatus } from '../model/metrics';
import { metricLabels } from './drawing/metricLabels';
import { exportLanguage, inline, type ExportLanguage } from './exportLanguage';
import { markdownComments } from './commentsExport';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * One line of user text as inline Markdown (also safe inside a table cell): characters that
 * are Markdown anywhere get a backslash (backslash, backtick, * _ [ ] < > | ~ #, and `&`
 * before an entity name); so do the ones that are Markdown only at the start of a line (`-`,
 * `+`, `=`, and the `.` or `)` of "1." / "1)"), since the text may start one.
 */
export function markdownInline(text: string): string {
  return text
    .split(LINE_BREAK)
    .join(' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line user text as Markdown paragraphs: blank lines separate them, single breaks are kept. */
export function markdownBlock(text: string): string {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') {
      if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
    } else {
      paragraphs[paragraphs.length - 1].push(markdownInline(line));
    }
  }
  // A backslash at the end of a line is CommonMark's hard line break.
  return paragraphs
    .filter((p) => p.length)
    .map((p) => p.join('\\\n'))
    .join('\n\n');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const num = (n: number | null) => (n === null ? '–' : String(n));
const signed = (n: number | null) => (n === null ? '–' : n > 0 ? `+${n}` : String(n));

/** A mean with two decimals in the export's language, and never "-0.00". */
function mean(text: ExportLanguage, n: number | null): string {
  if (n === null) return '–';
  return formatNumber(text.lng, Math.abs(n) < 0.005 ? 0 : n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A gap with its sign and two decimals in the export's language ("+0.50", "-0.34", "0.00"). */
function gapText(text: ExportLanguage, n: number | null): string {
  return n === null ? '–' : formatSigned(text.lng, n, 2);
}

const title = (text: ExportLanguage, step: Step) => markdownInline(step.title) || text.t('report.untitledStep');
const VALENCE: Record<number, string> = { [-1]: 'negative', 0: 'neutral', 1: 'positive' };

function riskSentence(text: ExportLanguage, m: Moment): string {
  const { t } = text;
  const score = riskScore(m.risk);
  const level = riskLevel(score);
  const parts = [
    t('report.riskProduct', { likelihood: num(m.risk.likelihood), impact: num(m.risk.impact) }) +
      (score === null
        ? ` (${t('report.notScored')})`
        : ` = ${score}${level ? ` (${inline(text, `domain.riskLevels.${level}`)})` : ''}`),
  ];
  if (m.risk.description.trim()) parts.push(markdownInline(m.risk.description));
  if (m.risk.mitigation.trim()) parts.push(t('report.mitigation', { text: markdownInline(m.risk.mitigation) }));
  return parts.join('. ');
}

function momentOfTruth(text: ExportLanguage, step: Step, stage: string, m: Moment): string[] {
  const { t } = text;
  const yesNo = (value: boolean) => t(value ? 'report.yes' : 'report.no');
  const out = [`### ${title(text, step)} (${markdownInline(stage)})`, ''];
  out.push(`- **${t('domain.channel')}:** ${markdownInline(inline(text, `domain.channels.${m.channel}`))}`);
  if (m.actor.trim()) out.push(`- **${t('domain.actor')}:** ${markdownInline(m.actor)}`);
  out.push(`- **${t('domain.emotion')}:** ${signed(m.emotion)}`);
  if (m.waitSeconds !== null)
    out.push(`- **${t('report.wait')}:** ${t('report.seconds', { seconds: formatNumber(text.lng, m.waitSeconds) })}`);
  out.push(`- **${t('domain.risk')}:** ${riskSentence(text, m)}`, '');
  out.push(`**${t('report.senses')}**`, '');
  out.push(
    ...table(
      [t('report.columns.sense'), t('report.columns.engaged'), t('report.columns.valence'), t('report.columns.note')],
      SENSES.map((name) => {
        const s = m.senses[name];
        return [
          inline(text, `domain.senses.${name}`),
          yesNo(s.engaged),
          s.engaged ? inline(text, `domain.valence.${VALENCE[s.valence]}`) : '–',
          markdownInline(s.note),
        ];
      }),
    ),
    '',
  );
  out.push(t('report.servqualEvidence', { evidence: inline(text, `domain.evidence.${m.servqual.evidence}`) }), '');
  out.push(
    ...table(
      [
        t('report.columns.dimension'),
        t('report.columns.expectation'),
        t('report.columns.perception'),
        t('report.columns.gap'),
      ],
      SERVQUAL_DIMENSIONS.map((dim) => {
        const entry = m.servqual[dim];
        return [
          inline(text, `domain.dimensions.${dim}`),
          mean(text, entry.expectation),
          mean(text, entry.perception),
          gapText(text, servqualGap(entry)),
        ];
      }),
    ),
    '',
  );
  out.push(`**${t('report.standard')}**`, '');
  out.push(`- ${t('report.ordinary', { text: markdownInline(m.standard.ordinary) || '–' })}`);
  out.push(`- ${t('report.quality', { text: markdownInline(m.standard.quality) || '–' })}`, '');
  if (m.standard.measures.length) {
    out.push(`**${t('report.measures')}**`, '');
    for (const measure of m.standard.measures)
      out.push(`- [${measure.done ? 'x' : ' '}] ${markdownInline(measure.text)}`);
    out.push('');
  }
  for (const [label, items] of [
    [t('report.painPoints'), m.painPoints],
    [t('report.opportunities'), m.opportunities],
  ] as const) {
    if (!items.length) continue;
    out.push(`**${label}**`, '', ...items.map((item) => `- ${markdownInline(item)}`), '');
  }
  if (m.notes.trim()) out.push(`**${t('report.notes')}**`, '', markdownBlock(m.notes), '');
  return out;
}

/**
 * The journey map's thoughts row as a section: by stage, each step with thoughts and under it
 * what the customer thinks or says, quoted (the language's quotation marks) in a block quote.
 */
function thoughtsSection(text: ExportLanguage, project: Project, ordered: readonly Step[]): string[] {
  const { t } = text;
  const out = [`## ${t('report.thoughts')}`, ''];
  const withThoughts = ordered.filter((s) => (s.thoughts ?? []).some((x) => x.trim()));
  if (!withThoughts.length) return [...out, `_${t('report.noThoughts')}_`, ''];
  out.push(t('report.thoughtsIntro'), '');
  project.stages.forEach((stage, i) => {
    const steps = withThoughts.filter((s) => s.stageId === stage.id);
    if (!steps.length) return;
    out.push(`### ${i + 1}. ${markdownInline(stage.name) || t('report.untitledStage')}`, '');
    for (const step of steps) {
      const quotes = step
        .thoughts!.filter((x) => x.trim())
        .map((x) => `> ${t('report.quote', { text: markdownInline(x) })}`);
      out.push(`**${title(text, step)}**`, '', quotes.join('\n>\n'), '');
    }
  });
  return out;
}

/**
 * The steps' metrics (format 4) as one table in journey order: step, metric, value, target with
 * its direction, whether it meets it, evidence, source and date. Off-target rows are bold.
 */
function metricsSection(text: ExportLanguage, ordered: readonly Step[]): string[] {
  const { t } = text;
  const words = metricLabels(t, text.lng);
  const out = [`## ${t('metrics.report.title')}`, ''];
  const rows: string[][] = [];
  for (const step of ordered)
    for (const m of step.metrics ?? []) {
      const status = metricStatus(m);
      const statusText = words.status[status ?? 'none'];
      rows.push([
        title(text, step),
        markdownInline(words.name(m)),
        // The unit is user text (escaped); the number is the language's own and needs none.
        words.value(m.value, markdownInline(m.unit)),
        m.target === null
          ? '–'
          : `${m.direction === 'higher' ? '≥' : '≤'} ${words.value(m.target, markdownInline(m.unit))}`,
        status === 'off' ? `**${statusText}**` : statusText,
        inline(text, `domain.evidence.${m.evidence}`),
        markdownInline(m.source) || '–',
        m.date ? formatDate(text.lng, `${m.date}T12:00:00Z`) : '–',
      ]);
    }
  if (!rows.length) return [...out, `_${t('metrics.report.none')}_`];
  const header = ['step', 'metric', 'value', 'target', 'status'].map((c) => t(`metrics.report.columns.${c}`));
  header.push(t('domain.evidenceLabel'), t('metrics.report.columns.source'), t('metrics.report.columns.date'));
  return [...out, ...table(header, rows)];
}

/**
 * The Markdown report of a project (see the file comment), ending in a line break. Headings,
 * labels and domain words are in the export's language (English by default); user text is
 * written as typed.
 *
 * @example
 * markdownReport(project) // '# Supermarket\n\n## Journey\n\n### 1. Enter\n\n- Ride the bike — contact moment\n...'
 */
export function markdownReport(
  project: Project,
  text: ExportLanguage = exportLanguage(),
  options: { comments?: boolean } = {},
): string {
  const { t } = text;
  const stageName = new Map(project.stages.map((s) => [s.id, s.name]));
  const ordered = [...project.steps].sort(byStageThenPosition(buildGraph(project)));
  const out = [`# ${markdownInline(project.name)}`, ''];
  if (project.description.trim()) out.push(markdownBlock(project.description), '');

  out.push(`## ${t('report.journey')}`, '');
  project.stages.forEach((stage, i) => {
    out.push(`### ${i + 1}. ${markdownInline(stage.name) || t('report.untitledStage')}`, '');
    const steps = ordered.filter((s) => s.stageId === stage.id);
    if (!steps.length) out.push(`_${t('report.noSteps')}_`);
    for (const step of steps) {
      const marks = !step.moment
        ? []
        : [
            inline(text, 'domain.contactMoment'),
            ...(step.moment.momentOfTruth ? [`**${inline(text, 'domain.momentOfTruth')}**`] : []),
          ];
      out.push(`- ${title(text, step)}${marks.length ? ` — ${marks.join(', ')}` : ''}`);
    }
    out.push('');
  });

  out.push(...thoughtsSection(text, project, ordered));

  out.push(`## ${t('report.momentsOfTruth')}`, '');
  const truths = ordered.filter((s) => s.moment?.momentOfTruth);
  if (!truths.length) out.push(`_${t('report.noMomentOfTruth')}_`, '');
  for (const step of truths) out.push(...momentOfTruth(text, step, stageName.get(step.stageId) ?? '', step.moment!));

  out.push(`## ${t('report.risks')}`, '');
  const risks = ordered
    .filter((s) => s.moment && riskScore(s.moment.risk) !== null)
    .map((step) => ({ step, m: step.moment!, score: riskScore(step.moment!.risk)! }))
    // Highest score first; the sort is stable, so equal scores keep journey order.
    .sort((a, b) => b.score - a.score);
  if (!risks.length) out.push(`_${t('report.noRisk')}_`, '');
  else {
    const rows = risks.map(({ step, m, score }) => {
      const level = riskLevel(score);
      return [
        String(score),
        level ? inline(text, `domain.riskLevels.${level}`) : '–',
        title(text, step),
        markdownInline(stageName.get(step.stageId) ?? ''),
        num(m.risk.likelihood),
        num(m.risk.impact),
        markdownInline(m.risk.mitigation) || '–',
      ];
    });
    const header = ['score', 'level', 'step', 'stage', 'likelihood', 'impact', 'mitigation'].map((c) =>
      t(`report.columns.${c}`),
    );
    out.push(...table(header, rows), '');
  }

  out.push(`## ${t('report.servqualGaps')}`, '');
  const sq = projectServqual(project);
  const weights = project.servqualWeights;
  out.push(
    ...table(
      ['dimension', 'weight', 'momentsScored', 'gap'].map((c) => t(`report.columns.${c}`)),
      [
        ...SERVQUAL_DIMENSIONS.map((dim) => [
          inline(text, `domain.dimensions.${dim}`),
          formatNumber(text.lng, weights[dim], { style: 'percent', maximumFractionDigits: 0 }),
          formatNumber(text.lng, sq.samples[dim]),
          mean(text, sq.perDimension[dim]),
        ]),
        [`**${t('report.overallMean')}**`, '', '', mean(text, sq.mean)],
        [`**${t('report.overallWeighted')}**`, '', '', mean(text, sq.weighted)],
      ],
    ),
    '',
    t('report.negativeGap'),
  );
  out.push('', ...metricsSection(text, ordered));
  if (options.comments) out.push(...markdownComments(project, text));
  return `${out.join('\n')}\n`;
}
