/**
 * What the HTML map's side panel shows for each step: every annotation, already in words and
 * numbers of the export's language, as plain data the viewer script writes into the page as
 * text. The numbers (risk score and level, SERVQUAL gaps) come from shared/analysis, so the
 * panel agrees with the app and every other export.
 */
import { riskLevel, riskScore } from '../analysis/risk';
import { servqualGap, servqualGaps } from '../analysis/servqual';
import { formatNumber } from '../i18n/format';
import { metricStatus } from '../model/metrics';
import { metricLabels, type MetricLabels } from './drawing/metricLabels';
import { SENSES, SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Moment, Project, Step } from '../model/types';
import type { ExportLanguage } from './exportLanguage';

/** One block of the panel, under its heading. */
export type PanelSection =
  | { heading: string; text: string }
  | { heading: string; items: string[] }
  | { heading: string; fields: [label: string, value: string][] }
  /** `marked`: the rows to set apart (a metric off target), said in the row's words too. */
  | { heading: string; table: { head: string[]; rows: string[][]; marked?: number[] } }
  | { heading: string; checks: { text: string; done: boolean; state: string }[]; summary: string };

export interface PanelStep {
  id: string;
  title: string;
  /** Where the step sits: stage, and lane when the map has lanes. */
  place: string;
  /** Short tags under the title: contact moment, moment of truth, risk level. */
  tags: string[];
  sections: PanelSection[];
}

/**
 * The export's language for a whole panel run: translations and number formats made once and
 * reused (a 300-step map asks for the same few words thousands of times; i18next and a new
 * Intl.NumberFormat per call took about a second there).
 */
interface Words {
  lng: ExportLanguage['lng'];
  t: (key: string, options?: Record<string, string | number>) => string;
  signed: (n: number) => string;
  plain: (n: number) => string;
  wait: (seconds: number) => string;
  metric: MetricLabels;
}

function wordsOf(text: ExportLanguage): Words {
  const cache = new Map<string, string>();
  const t = (key: string, options?: Record<string, string | number>) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let out = cache.get(id);
    if (out === undefined) {
      out = options ? text.t(key, options) : text.t(key);
      cache.set(id, out);
    }
    return out;
  };
  const numbers = new Map<string, string>();
  const number = (kind: string, n: number, make: () => string) => {
    const id = `${kind}${n}`;
    let out = numbers.get(id);
    if (out === undefined) numbers.set(id, (out = make()));
    return out;
  };
  return {
    lng: text.lng,
    t,
    signed: (n) =>
      number('s', n, () =>
        formatNumber(text.lng, Object.is(n, -0) ? 0 : n, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
      ),
    plain: (n) => number('p', n, () => formatNumber(text.lng, n, { maximumFractionDigits: 2 })),
    wait: (seconds) => number('w', seconds, () => waitText(text, seconds)),
    metric: metricLabels((key, values) => t(key, values as Record<string, string | number> | undefined), text.lng),
  };
}

/** A wait in the largest unit that reads well: seconds, minutes, hours (Intl's unit names). */
export function waitText(text: Pick<ExportLanguage, 'lng'>, seconds: number): string {
  const unit = (value: number, name: string) =>
    formatNumber(text.lng, value, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 1 });
  if (seconds < 120) return unit(seconds, 'second');
  if (seconds < 2 * 3600) return unit(seconds / 60, 'minute');
  return unit(seconds / 3600, 'hour');
}

function momentSections(project: Project, moment: Moment, text: Words): PanelSection[] {
  const { t } = text;
  // What a reader looks for first: the pain points and the opportunities.
  const sections: PanelSection[] = [];
  if (moment.painPoints.length) sections.push({ heading: t('rows.names.painPoints'), items: [...moment.painPoints] });
  if (moment.opportunities.length)
    sections.push({ heading: t('rows.names.opportunities'), items: [...moment.opportunities] });
  const touch: [string, string][] = [[t('domain.channel'), t(`domain.channels.${moment.channel}`)]];
  if (moment.actor) touch.push([t('domain.actor'), moment.actor]);
  touch.push([t('domain.momentOfTruth'), t(moment.momentOfTruth ? 'viewer.panel.yes' : 'viewer.panel.no')]);
  if (moment.emotion !== null)
    touch.push([t('domain.emotion'), `${text.signed(moment.emotion)} (${t(`domain.emotions.${moment.emotion}`)})`]);
  if (moment.waitSeconds !== null) touch.push([t('domain.waitTime'), text.wait(moment.waitSeconds)]);
  sections.push({ heading: t('domain.contactMoment'), fields: touch });

  const senses: [string, string][] = SENSES.filter((s) => moment.senses[s].engaged).map((s) => {
    const sense = moment.senses[s];
    const valence = t(
      `domain.valence.${sense.valence === -1 ? 'negative' : sense.valence === 1 ? 'positive' : 'neutral'}`,
    );
    return [t(`domain.senses.${s}`), sense.note ? `${valence}: ${sense.note}` : valence];
  });
  sections.push(
    senses.length
      ? { heading: t('rows.names.senses'), fields: senses }
      : { heading: t('rows.names.senses'), text: t('viewer.panel.noSenses') },
  );

  const { risk } = moment;
  const score = riskScore(risk);
  const level = riskLevel(score);
  const notSet = t('viewer.panel.notSet');
  const riskFields: [string, string][] = [
    [
      t('viewer.panel.riskFactors'),
      score !== null && level
        ? t('viewer.panel.riskScore', {
            likelihood: text.plain(risk.likelihood!),
            impact: text.plain(risk.impact!),
            score: text.plain(score),
            level: t(`domain.riskLevels.${level}`).toLocaleLowerCase(text.lng),
          })
        : `${t('domain.likelihood')}: ${risk.likelihood === null ? notSet : text.plain(risk.likelihood)}, ` +
          `${t('domain.impact')}: ${risk.impact === null ? notSet : text.plain(risk.impact)}`,
    ],
  ];
  if (risk.description) riskFields.push([t('viewer.panel.description'), risk.description]);
  if (risk.mitigation) riskFields.push([t('viewer.panel.mitigation'), risk.mitigation]);
  sections.push({ heading: t('domain.risk'), fields: riskFields });

  const gaps = servqualGaps(moment.servqual, project.servqualWeights);
  const score7 = (n: number | null) => (n === null ? '–' : text.plain(n));
  const scored = SERVQUAL_DIMENSIONS.filter(
    (d) => moment.servqual[d].expectation !== null || moment.servqual[d].perception !== null,
  );
  if (scored.length) {
    sections.push({
      heading: 'SERVQUAL',
      table: {
        head: [t('viewer.panel.dimension'), t('domain.expectation'), t('domain.perception'), t('domain.gap')],
        rows: scored.map((d) => {
          const entry = moment.servqual[d];
          const gap = servqualGap(entry);
          return [
            t(`domain.dimensions.${d}`),
            score7(entry.expectation),
            score7(entry.perception),
            gap === null ? '–' : text.signed(gap),
          ];
        }),
      },
    });
    const summary: [string, string][] = [];
    if (gaps.mean !== null) summary.push([t('viewer.panel.meanGap'), text.signed(gaps.mean)]);
    if (gaps.weighted !== null) summary.push([t('viewer.panel.weightedGap'), text.signed(gaps.weighted)]);
    summary.push([t('domain.evidenceLabel'), t(`domain.evidence.${moment.servqual.evidence}`)]);
    sections.push({ heading: t('rows.names.servqualGap'), fields: summary });
  }

  const { standard } = moment;
  if (standard.ordinary || standard.quality || standard.measures.length) {
    const fields: [string, string][] = [];
    if (standard.ordinary) fields.push([t('domain.ordinaryStandard'), standard.ordinary]);
    if (standard.quality) fields.push([t('domain.qualityStandard'), standard.quality]);
    if (fields.length) sections.push({ heading: t('domain.serviceStandard'), fields });
    if (standard.measures.length) {
      const done = standard.measures.filter((m) => m.done).length;
      sections.push({
        heading: fields.length ? t('domain.measure') : t('domain.serviceStandard'),
        summary: t('viewer.panel.measuresDone', {
          done: text.plain(done),
          total: text.plain(standard.measures.length),
        }),
        checks: standard.measures.map((m) => ({
          text: m.text,
          done: m.done,
          state: t(m.done ? 'viewer.panel.measureDone' : 'viewer.panel.measureOpen'),
        })),
      });
    }
  }

  if (moment.notes) sections.push({ heading: t('viewer.panel.notes'), text: moment.notes });
  return sections;
}

/** The step's metrics (format 4): value with unit, target with its direction, on or off target (off ones marked). */
function metricsSection(step: Step, text: Words): PanelSection | null {
  const metrics = step.metrics ?? [];
  if (!metrics.length) return null;
  const { t, metric: words } = text;
  const marked: number[] = [];
  const rows = metrics.map((m, i) => {
    const status = metricStatus(m);
    if (status === 'off') marked.push(i);
    return [
      words.name(m),
      words.value(m.value, m.unit),
      m.target === null ? '–' : `${m.direction === 'higher' ? '≥' : '≤'} ${words.value(m.target, m.unit)}`,
      status === 'off' ? `⚠ ${words.status.off}` : words.status[status ?? 'none'],
    ];
  });
  const head = ['metric', 'value', 'target', 'status'].map((c) => t(`metrics.report.columns.${c}`));
  return { heading: t('metrics.report.title'), table: { head, rows, ...(marked.length && { marked }) } };
}

/**
 * How each persona lives the step where it differs from the default (format 4): its own
 * emotion (on a contact moment) and thoughts, one entry per persona of the project.
 */
function personaSection(project: Project, step: Step, text: Words): PanelSection | null {
  const { t } = text;
  const fields: [string, string][] = [];
  for (const o of step.personaOverrides ?? []) {
    const persona = project.personas.find((p) => p.id === o.personaId);
    if (!persona) continue;
    const parts: string[] = [];
    if (step.moment && o.emotion !== undefined)
      parts.push(`${t('domain.emotion')}: ${text.signed(o.emotion)} (${t(`domain.emotions.${o.emotion}`)})`);
    if (o.thoughts?.length) parts.push(`${t('rows.names.thoughts')}: ${o.thoughts.join('\n')}`);
    if (parts.length) fields.push([persona.name || t('personas.panel.newName'), parts.join('\n')]);
  }
  return fields.length ? { heading: t('personas.panel.title'), fields } : null;
}

/** A step's panel: title, place, tags and every annotation, in the export's language. */
export function panelStep(project: Project, step: Step, language: ExportLanguage | Words): PanelStep {
  const text = 'signed' in language ? language : wordsOf(language);
  const { t } = text;
  const stage = project.stages.find((s) => s.id === step.stageId);
  const lane = project.lanes.length ? (project.lanes.find((l) => l.id === step.laneId) ?? project.lanes[0]) : undefined;
  const place = [
    `${t('domain.stage')}: ${stage?.name || t('exportText.untitledStage')}`,
    ...(lane ? [`${t('domain.lane')}: ${lane.name}`] : []),
  ].join(' · ');
  const tags: string[] = [];
  const sections: PanelSection[] = [];
  if (step.description) sections.push({ heading: t('viewer.panel.description'), text: step.description });
  if (step.thoughts?.length) sections.push({ heading: t('rows.names.thoughts'), items: [...step.thoughts] });
  if (step.moment) {
    tags.push(t('domain.contactMoment'));
    if (step.moment.momentOfTruth) tags.push(t('domain.momentOfTruth'));
    const level = riskLevel(riskScore(step.moment.risk));
    if (level) tags.push(`${t('domain.risk')}: ${t(`domain.riskLevels.${level}`).toLocaleLowerCase(text.lng)}`);
    sections.push(...momentSections(project, step.moment, text));
  } else {
    sections.push({ heading: t('domain.contactMoment'), text: t('viewer.panel.notMoment') });
  }
  const metrics = metricsSection(step, text);
  if (metrics) sections.push(metrics);
  const personas = personaSection(project, step, text);
  if (personas) sections.push(personas);
  return { id: step.id, title: step.title || t('exportText.untitledStep'), place, tags, sections };
}

/** Every step's panel, in the project's order. */
export function panelSteps(project: Project, steps: readonly Step[], text: ExportLanguage): PanelStep[] {
  const words = wordsOf(text);
  return steps.map((step) => panelStep(project, step, words));
}
