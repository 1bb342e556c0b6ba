/**
 * The journey as a Markdown report (CommonMark with GitHub tables), in this order: title and
 * description; the journey by stage, each step marked as a contact moment and/or moment of
 * truth; every moment of truth with its annotations (channel, actor, emotion, wait, risk,
 * senses, SERVQUAL, standard and measures, pain points, opportunities, notes); the risk list
 * by score, highest first; the SERVQUAL gaps per dimension with the overall mean and weighted
 * score.
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
/** Two decimals, and never "-0.00". */
const mean = (n: number | null) => (n === null ? '–' : Math.abs(n) < 0.005 ? '0.00' : n.toFixed(2));
const title = (step: Step) => markdownInline(step.title) || '(untitled step)';
const VALENCE: Record<number, string> = { [-1]: 'negative', 0: 'neutral', 1: 'positive' };

function riskSentence(m: Moment): string {
  const score = riskScore(m.risk);
  const parts = [
    `likelihood ${num(m.risk.likelihood)} × impact ${num(m.risk.impact)}` +
      (score === null ? ' (not scored)' : ` = ${score} (${riskLevel(score)})`),
  ];
  if (m.risk.description.trim()) parts.push(markdownInline(m.risk.description));
  if (m.risk.mitigation.trim()) parts.push(`Mitigation: ${markdownInline(m.risk.mitigation)}`);
  return parts.join('. ');
}

function momentOfTruth(step: Step, stage: string, m: Moment): string[] {
  const out = [`### ${title(step)} (${markdownInline(stage)})`, ''];
  out.push(`- **Channel:** ${markdownInline(m.channel)}`);
  if (m.actor.trim()) out.push(`- **Actor:** ${markdownInline(m.actor)}`);
  out.push(`- **Emotion:** ${signed(m.emotion)}`);
  if (m.waitSeconds !== null) out.push(`- **Wait:** ${m.waitSeconds} s`);
  out.push(`- **Risk:** ${riskSentence(m)}`, '');
  out.push('**Senses**', '');
  out.push(
    ...table(
      ['sense', 'engaged', 'valence', 'note'],
      SENSES.map((name) => {
        const s = m.senses[name];
        return [name, s.engaged ? 'yes' : 'no', s.engaged ? VALENCE[s.valence] : '–', markdownInline(s.note)];
      }),
    ),
    '',
  );
  out.push(`**SERVQUAL** (evidence: ${m.servqual.evidence})`, '');
  out.push(
    ...table(
      ['dimension', 'E', 'P', 'gap (P − E)'],
      SERVQUAL_DIMENSIONS.map((dim) => {
        const entry = m.servqual[dim];
        return [dim, num(entry.expectation), num(entry.perception), signed(servqualGap(entry))];
      }),
    ),
    '',
  );
  out.push('**Standard**', '');
  out.push(`- Ordinary: ${markdownInline(m.standard.ordinary) || '–'}`);
  out.push(`- Quality: ${markdownInline(m.standard.quality) || '–'}`, '');
  if (m.standard.measures.length) {
    out.push('**Measures**', '');
    for (const measure of m.standard.measures)
      out.push(`- [${measure.done ? 'x' : ' '}] ${markdownInline(measure.text)}`);
    out.push('');
  }
  for (const [label, items] of [
    ['Pain points', m.painPoints],
    ['Opportunities', m.opportunities],
  ] as const) {
    if (!items.length) continue;
    out.push(`**${label}**`, '', ...items.map((item) => `- ${markdownInline(item)}`), '');
  }
  if (m.notes.trim()) out.push('**Notes**', '', markdownBlock(m.notes), '');
  return out;
}

/**
 * The Markdown report of a project (see the file comment), ending in a line break.
 *
 * @example
 * markdownReport(project) // '# Supermarket\n\n## Journey\n\n### 1. Enter\n\n- Ride the bike — contact moment\n...'
 */
export function markdownReport(project: Project): string {
  const stageName = new Map(project.stages.map((s) => [s.id, s.name]));
  const ordered = [...project.steps].sort(byStageThenPosition(buildGraph(project)));
  const out = [`# ${markdownInline(project.name)}`, ''];
  if (project.description.trim()) out.push(markdownBlock(project.description), '');

  out.push('## Journey', '');
  project.stages.forEach((stage, i) => {
    out.push(`### ${i + 1}. ${markdownInline(stage.name) || '(untitled stage)'}`, '');
    const steps = ordered.filter((s) => s.stageId === stage.id);
    if (!steps.length) out.push('_No steps._');
    for (const step of steps) {
      const marks = !step.moment
        ? []
        : ['contact moment', ...(step.moment.momentOfTruth ? ['**moment of truth**'] : [])];
      out.push(`- ${title(step)}${marks.length ? ` — ${marks.join(', ')}` : ''}`);
    }
    out.push('');
  });

  out.push('## Moments of truth', '');
  const truths = ordered.filter((s) => s.moment?.momentOfTruth);
  if (!truths.length) out.push('_No step is marked as a moment of truth._', '');
  for (const step of truths) out.push(...momentOfTruth(step, stageName.get(step.stageId) ?? '', step.moment!));

  out.push('## Risks', '');
  const risks = ordered
    .filter((s) => s.moment && riskScore(s.moment.risk) !== null)
    .map((step) => ({ step, m: step.moment!, score: riskScore(step.moment!.risk)! }))
    // Highest score first; the sort is stable, so equal scores keep journey order.
    .sort((a, b) => b.score - a.score);
  if (!risks.length) out.push('_No risk is scored yet._', '');
  else {
    const rows = risks.map(({ step, m, score }) => [
      String(score),
      riskLevel(score) ?? '–',
      title(step),
      markdownInline(stageName.get(step.stageId) ?? ''),
      num(m.risk.likelihood),
      num(m.risk.impact),
      markdownInline(m.risk.mitigation) || '–',
    ]);
    out.push(...table(['score', 'level', 'step', 'stage', 'likelihood', 'impact', 'mitigation'], rows), '');
  }

  out.push('## SERVQUAL gaps', '');
  const sq = projectServqual(project);
  const weights = project.servqualWeights;
  out.push(
    ...table(
      ['dimension', 'weight', 'moments scored', 'gap (P − E)'],
      [
        ...SERVQUAL_DIMENSIONS.map((dim) => [
          dim,
          `${Math.round(weights[dim] * 100)}%`,
          String(sq.samples[dim]),
          mean(sq.perDimension[dim]),
        ]),
        ['**overall (mean)**', '', '', mean(sq.mean)],
        ['**overall (weighted)**', '', '', mean(sq.weighted)],
      ],
    ),
    '',
    'A negative gap means the service falls short of what customers expect.',
  );
  return `${out.join('\n')}\n`;
}
