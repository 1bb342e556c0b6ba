/**
 * The PDF's closing insights page: the charts of the Insights view (insightsCharts.ts) and
 * its tables, as display-list items in pt, top-left at the page's content area. Three
 * columns: the risk matrix and standards coverage; SERVQUAL by dimension (chart and table);
 * moments of truth ranked, the emotional lows with their pain points, sense coverage against the reference.
 * Every figure comes from shared/analysis/insights.ts.
 */
import type { ProjectInsights } from '../../analysis/insights';
import { projectInsights } from '../../analysis/insights';
import { formatNumber } from '../../i18n/format';
import { insightsChartLabels } from '../../i18n/labels';
import type { Project } from '../../model/types';
import type { ExportLanguage } from '../exportLanguage';
import type { DrawItem, FontWeight, TextItem } from './displayList';
import {
  DEFAULT_INSIGHTS_CHART_THEME,
  drawRiskMatrix,
  drawServqualChart,
  drawSenseCoverage,
  type InsightsChartTheme,
} from './insightsCharts';
import type { MeasureText } from './textWrap';
import { wrapText } from './textWrap';
import { DEFAULT_THEME, type DrawingTheme } from './theme';

const GAP = 24;
const HEADING = 12;
const BODY = 9;
const LINE = 12.5;
const CHART_SCALE = 0.72;

export interface InsightsPageOptions {
  /** The content area, pt. */
  width: number;
  height: number;
  measure: MeasureText;
  /** The language of the words drawn. */
  text: ExportLanguage;
  theme?: DrawingTheme;
}

/** A chart theme that follows the drawing theme's text colours (light by default). */
function chartTheme(theme: DrawingTheme): InsightsChartTheme {
  return { ...DEFAULT_INSIGHTS_CHART_THEME, text: theme.text, mutedText: theme.mutedText };
}

class Column {
  readonly items: DrawItem[] = [];
  y = 0;
  constructor(
    readonly x: number,
    readonly width: number,
    private readonly measure: MeasureText,
    private readonly fill: { text: string; muted: string },
  ) {}

  text(
    line: string,
    opts: { size?: number; weight?: FontWeight; muted?: boolean; indent?: number; maxLines?: number } = {},
  ) {
    const size = opts.size ?? BODY;
    const weight = opts.weight ?? 400;
    const indent = opts.indent ?? 0;
    const lines = wrapText(line, {
      maxWidth: this.width - indent,
      maxLines: opts.maxLines ?? 3,
      fontSize: size,
      fontWeight: weight,
      measure: this.measure,
    });
    if (!lines.length) return;
    const lineHeight = size === BODY ? LINE : size * 1.3;
    const item: TextItem = {
      type: 'text',
      x: this.x + indent,
      y: this.y + size,
      lines,
      lineHeight,
      fontSize: size,
      fontWeight: weight,
      fill: opts.muted ? this.fill.muted : this.fill.text,
      anchor: 'start',
    };
    this.items.push(item);
    this.y += lines.length * lineHeight + (size === BODY ? 1 : 4);
  }

  heading(line: string) {
    if (this.y > 0) this.y += 10;
    this.text(line, { size: HEADING, weight: 700 });
  }

  /** A chart drawn at `scale` (the charts are sized for the screen; on paper smaller reads as well). */
  chart(role: string, chart: { items: DrawItem[]; height: number }, scale = CHART_SCALE) {
    this.items.push({ type: 'group', role, translate: { x: this.x, y: this.y }, scale, items: chart.items });
    this.y += chart.height * scale + 6;
  }
}

/**
 * The insights page's items.
 *
 * @example
 * const items = drawInsightsPage(project, { width: 785, height: 520, measure, text: exportLanguage('en') });
 */
export function drawInsightsPage(project: Project, options: InsightsPageOptions, given?: ProjectInsights): DrawItem[] {
  const insights = given ?? projectInsights(project);
  const { text, measure } = options;
  const t = text.t;
  const lng = text.lng;
  const theme = options.theme ?? DEFAULT_THEME;
  const labels = insightsChartLabels(t, lng);
  const ct = chartTheme(theme);
  const fill = { text: theme.text, muted: theme.mutedText };
  const colWidth = (options.width - 2 * GAP) / 3;
  const cols = [0, 1, 2].map((i) => new Column(i * (colWidth + GAP), colWidth, measure, fill));
  const titleOf = (stepId: string) => project.steps.find((s) => s.id === stepId)?.title || t('exportText.untitledStep');
  const num = (n: number, digits = 1) => formatNumber(lng, n, { maximumFractionDigits: digits });
  const signed = (n: number | null) => (n === null ? '–' : labels.signed(n, 2));

  // Column 1: the risk matrix, then standards coverage.
  const [c1, c2, c3] = cols;
  c1.heading(t('insightsView.sections.risk'));
  const matrix = drawRiskMatrix(insights, labels, ct, measure, {
    cell: Math.max(22, Math.min(34, (colWidth - 110) / 5)),
  });
  c1.chart('risk-matrix', matrix);
  c1.text(
    t('insightsView.risk.scored', {
      scored: num(insights.riskMatrix.scored, 0),
      unscored: num(insights.riskMatrix.unscored, 0),
    }),
    {
      muted: true,
    },
  );
  const st = insights.standards;
  c1.heading(t('insightsView.sections.standards'));
  c1.text(
    `${t('insightsView.standards.withStandard')}: ${t('insightsView.standards.ofTotal', { done: num(st.withStandard, 0), total: num(st.moments, 0) })}`,
  );
  c1.text(
    `${t('insightsView.standards.truthsWithStandard')}: ${t('insightsView.standards.ofTotal', { done: num(st.momentsOfTruthWithStandard, 0), total: num(st.momentsOfTruth, 0) })}`,
  );
  c1.text(
    `${t('insightsView.standards.measures')}: ${
      st.measuresTotal
        ? t('insightsView.standards.ofTotal', { done: num(st.measuresDone, 0), total: num(st.measuresTotal, 0) })
        : t('insightsView.standards.noMeasures')
    }`,
  );

  // Column 2: SERVQUAL chart and table.
  c2.heading(t('insightsView.sections.servqual'));
  c2.chart('servqual-chart', drawServqualChart(insights, labels, ct, measure, { width: colWidth / CHART_SCALE }));
  const head = [
    t('insightsView.servqual.dimension'),
    labels.expectation,
    labels.perception,
    labels.gap,
    t('insightsView.servqual.moments'),
  ];
  const widths = [0.3, 0.2, 0.2, 0.14, 0.16].map((f) => f * colWidth);
  const row = (cells: string[], weight: FontWeight) => {
    let x = c2.x;
    cells.forEach((cell, i) => {
      const [line] = wrapText(cell, {
        maxWidth: widths[i] - 4,
        maxLines: 1,
        fontSize: BODY - 1,
        fontWeight: weight,
        measure,
      });
      if (line)
        c2.items.push({
          type: 'text',
          x: i === 0 ? x : x + widths[i] - 4,
          y: c2.y + BODY,
          lines: [line],
          lineHeight: LINE,
          fontSize: BODY - 1,
          fontWeight: weight,
          fill: theme.text,
          anchor: i === 0 ? 'start' : 'end',
        });
      x += widths[i];
    });
    c2.y += LINE;
  };
  c2.y += 4;
  row(head, 700);
  c2.items.push({
    type: 'path',
    d: `M${c2.x},${c2.y - 2} L${c2.x + colWidth},${c2.y - 2}`,
    stroke: theme.mutedText,
    strokeWidth: 0.5,
  });
  for (const d of insights.servqual.dimensions) {
    const score = (v: number | null) => (v === null ? '–' : labels.number(v, 2));
    row([labels.dimensions[d.dimension], score(d.expectation), score(d.perception), signed(d.gap), num(d.n, 0)], 400);
  }
  c2.y += 4;
  c2.text(labels.overall(signed(insights.servqual.plain), signed(insights.servqual.weighted)), { weight: 600 });

  // Column 3: moments of truth ranked, emotional lows, sense coverage.
  c3.heading(t('insightsView.sections.truths'));
  const truths = insights.momentsOfTruth;
  if (!truths.byRisk.length) c3.text(t('insightsView.truths.none'), { muted: true });
  else {
    c3.text(t('insightsView.truths.byRisk'), { weight: 600 });
    truths.byRisk.slice(0, 4).forEach((m, i) => {
      const risk =
        m.riskScore === null
          ? t('insightsView.truths.noRisk')
          : t('insightsView.truths.risk', {
              score: num(m.riskScore, 0),
              level: labels.riskLevels[m.riskLevel ?? 'low'],
            });
      c3.text(`${num(i + 1, 0)}. ${titleOf(m.stepId)}: ${risk}`, { indent: 6, maxLines: 2 });
    });
    c3.text(t('insightsView.truths.byGap'), { weight: 600 });
    truths.byGap.slice(0, 4).forEach((m, i) => {
      const gap =
        m.weightedGap === null
          ? t('insightsView.truths.noGap')
          : t('insightsView.truths.gap', { gap: signed(m.weightedGap) });
      c3.text(`${num(i + 1, 0)}. ${titleOf(m.stepId)}: ${gap}`, { indent: 6, maxLines: 2 });
    });
  }
  c3.heading(t('insightsView.sections.lows'));
  if (!insights.emotionalLows.length) c3.text(t('insightsView.lows.none'), { muted: true });
  for (const low of insights.emotionalLows) {
    const emotion = t('insightsView.lows.emotion', {
      value: labels.signed(low.emotion, 0),
      name: t(`domain.emotions.${low.emotion}`),
    });
    c3.text(`${titleOf(low.stepId)}: ${emotion}`, { weight: 600, maxLines: 2 });
    if (!low.painPoints.length) c3.text(t('insightsView.lows.noPainPoints'), { muted: true, indent: 6 });
    for (const pain of low.painPoints.slice(0, 3)) c3.text(`– ${pain}`, { indent: 6, maxLines: 2 });
  }

  c3.heading(t('insightsView.sections.senses'));
  c3.chart('sense-coverage', drawSenseCoverage(insights, labels, ct, measure, { width: colWidth / 0.65 }), 0.65);

  const items: DrawItem[] = [
    {
      type: 'text',
      x: 0,
      y: 14,
      lines: [t('deliverable.pdf.insightsTitle')],
      lineHeight: 18,
      fontSize: 14,
      fontWeight: 700,
      fill: theme.text,
      anchor: 'start',
    },
    {
      type: 'text',
      x: 0,
      y: 30,
      lines: [t('insightsView.scope', { count: insights.moments })],
      lineHeight: 12,
      fontSize: BODY,
      fontWeight: 400,
      fill: theme.mutedText,
      anchor: 'start',
    },
  ];
  // The columns under the page heading.
  items.push({
    type: 'group',
    role: 'insights-columns',
    translate: { x: 0, y: 44 },
    items: cols.flatMap((c) => c.items),
  });
  return items;
}
