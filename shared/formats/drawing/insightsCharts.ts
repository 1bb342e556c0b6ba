/**
 * The Insights charts as display-list items (see displayList.ts), drawn once for the screen
 * (the Insights view renders them as inline SVG) and for the PDF's insights page (written as
 * vector by pdf.ts), so both show the same picture.
 *
 * Each function takes the figures of {@link projectInsights}, the words (already translated,
 * numbers written by the caller's language), a theme and a text measure, and returns
 * `{ items, width, height }` with the chart's top-left corner at (0, 0): wrap the items in a
 * group with `translate` to place the chart on a page. Nothing here computes a figure: every
 * number comes from shared/analysis/insights.ts.
 *
 * @example
 * const insights = projectInsights(project);
 * const matrix = drawRiskMatrix(insights, englishChartLabels(), DEFAULT_INSIGHTS_CHART_THEME, measure);
 * page.items.push({ type: 'group', role: 'risk-matrix', translate: { x: 40, y: 120 }, items: matrix.items });
 */
import { scaleLinear } from 'd3-scale';
import type { ProjectInsights, SenseGroup } from '../../analysis/insights';
import { RISK_LEVEL_COLOURS, RISK_LEVELS, type RiskLevel } from '../../analysis/risk';
import { SERVQUAL_BAND_COLOURS, VALENCE_COLOURS, VALENCES, scoreScaleOf, servqualBand } from '../../lens';
import type { ValenceName } from '../../lens';
import type { SenseName, ServqualDimension } from '../../model/types';
import { r2, type DrawItem, type FontWeight, type PathItem, type TextAnchor, type TextItem } from './displayList';
import { wrapText, type MeasureText } from './textWrap';
import { FONT_STACK } from './theme';

/** One chart: its items with the top-left corner at (0, 0), and its size in px. */
export interface ChartDrawing {
  items: DrawItem[];
  width: number;
  height: number;
}

export interface InsightsChartTheme {
  text: string;
  mutedText: string;
  /** Grid lines and empty bar tracks. */
  grid: string;
  /** Axis lines. */
  axis: string;
  /** Expectation marker (drawn hollow) and perception marker (filled) of the SERVQUAL chart. */
  expectation: string;
  perception: string;
  /** The seed's perception split and this journey's mix of senses. */
  reference: string;
  journey: string;
  fontFamily: string;
}

export const DEFAULT_INSIGHTS_CHART_THEME: InsightsChartTheme = {
  text: '#1d2430',
  mutedText: '#5b6675',
  grid: '#e3e7ee',
  axis: '#8894a5',
  expectation: '#5b6675',
  perception: '#1f5fbf',
  reference: '#a8b3c2',
  journey: '#1f5fbf',
  fontFamily: FONT_STACK,
};

/** The words of the charts, already in the reader's language, and how it writes numbers. */
export interface InsightsChartLabels {
  /** Axis titles of the risk matrix. */
  likelihood: string;
  impact: string;
  riskLevels: Record<RiskLevel, string>;
  /** A matrix cell's title (tooltip and accessible name in SVG): "Likelihood 3, impact 4: 2 steps". */
  riskCell: (likelihood: number, impact: number, count: number) => string;
  dimensions: Record<ServqualDimension, string>;
  expectation: string;
  perception: string;
  gap: string;
  /** Said in a dimension's row when no moment scored it. */
  notScored: string;
  /** How many moments a mean is over: "3 moments". */
  sampleSize: (n: number) => string;
  /** The overall line under the SERVQUAL chart, with the scores already written ("–" when none). */
  overall: (plain: string, weighted: string) => string;
  senses: Record<SenseName, string>;
  valence: Record<ValenceName, string>;
  senseGroups: Record<SenseGroup, string>;
  /** Legend of the split comparison: the seed's figure and this journey's own mix. */
  seedSplit: string;
  journeyMix: string;
  /** Heading of the split comparison. */
  splitTitle: string;
  /** Said for touch, which has no reference figure in the seed. */
  noReference: string;
  /** Unsigned number with at most `digits` decimals, in the reader's language. */
  number: (n: number, digits: number) => string;
  /** Signed number with exactly `digits` decimals (see formatSigned). */
  signed: (n: number, digits: number) => string;
  /** A share 0..1 as a whole percentage ("40 %" in Hungarian). */
  percent: (share: number) => string;
}

/** English words, for tests and callers without a translator. */
export function englishChartLabels(): InsightsChartLabels {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n);
  return {
    likelihood: 'Likelihood',
    impact: 'Impact',
    riskLevels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    riskCell: (l, i, count) => `Likelihood ${l}, impact ${i}: ${count} ${count === 1 ? 'step' : 'steps'}`,
    dimensions: {
      tangibles: 'Tangibles',
      reliability: 'Reliability',
      responsiveness: 'Responsiveness',
      assurance: 'Assurance',
      empathy: 'Empathy',
    },
    expectation: 'Expectation',
    perception: 'Perception',
    gap: 'Gap',
    notScored: 'Not scored',
    sampleSize: (n) => `${n} ${n === 1 ? 'moment' : 'moments'}`,
    overall: (plain, weighted) => `Overall gap ${plain}, weighted ${weighted}`,
    senses: { sight: 'Sight', hearing: 'Hearing', smell: 'Smell', taste: 'Taste', touch: 'Touch' },
    valence: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    senseGroups: { sight: 'Sight', hearing: 'Hearing (words and tone)', 'smell-taste': 'Smell and taste' },
    seedSplit: 'Reference',
    journeyMix: 'This journey',
    splitTitle: 'Share of perception by sense',
    noReference: 'Touch: the reference gives no figure.',
    number,
    signed: (n, digits) =>
      new Intl.NumberFormat('en', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
      }).format(n),
    percent: (share) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(share),
  };
}

// ---------------------------------------------------------------------------------------
// Small drawing helpers

function text(
  x: number,
  y: number,
  value: string,
  size: number,
  fill: string,
  anchor: TextAnchor = 'start',
  weight: FontWeight = 400,
): TextItem {
  return {
    type: 'text',
    x: r2(x),
    y: r2(y),
    lines: [value],
    lineHeight: size * 1.25,
    fontSize: size,
    fontWeight: weight,
    fill,
    anchor,
  };
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, strokeWidth = 1): PathItem {
  return { type: 'path', d: `M ${r2(x1)} ${r2(y1)} L ${r2(x2)} ${r2(y2)}`, stroke, strokeWidth };
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `a` mixed with `b`, `t` of the way to `b`. */
function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a);
  const cb = hexToRgb(b);
  return `#${ca
    .map((v, i) =>
      Math.round(v + (cb[i] - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * A row of legend swatches with their words, wrapped onto more lines when wider than
 * `width`. Returns the items and the height used.
 */
function legendRow(
  entries: readonly { label: string; symbol: (x: number, cy: number) => DrawItem[] }[],
  y: number,
  width: number,
  theme: InsightsChartTheme,
  measure: MeasureText,
): { items: DrawItem[]; height: number } {
  const SIZE = 11;
  const ROW = 18;
  const SYMBOL = 12;
  const items: DrawItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = SYMBOL + 5 + measure(entry.label, SIZE, 400);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const cy = y + row * ROW + ROW / 2;
    items.push(...entry.symbol(x, cy), text(x + SYMBOL + 5, cy + SIZE * 0.35, entry.label, SIZE, theme.text));
    x += w + 14;
  }
  return { items, height: (row + 1) * ROW };
}

const swatch =
  (fill: string, stroke: string) =>
  (x: number, cy: number): DrawItem[] => [
    { type: 'rect', x: r2(x), y: r2(cy - 6), width: 12, height: 12, rx: 2, fill, stroke, strokeWidth: 1 },
  ];

// ---------------------------------------------------------------------------------------
// Risk matrix

/** Where one cell of the matrix lies, so a screen can put a button over it. */
export interface RiskMatrixCellBox {
  likelihood: number;
  impact: number;
  count: number;
  level: RiskLevel;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The cell's title (labels.riskCell). */
  title: string;
}

export interface RiskMatrixDrawing extends ChartDrawing {
  /** The 25 cells, likelihood 5 (top row) to 1, impact 1 to 5 in each row. */
  cells: RiskMatrixCellBox[];
}

export interface RiskMatrixOptions {
  /** Side of a cell in px; default 52. */
  cell?: number;
}

/**
 * The 5 x 5 risk matrix: likelihood up (5 at the top), impact across (1 at the left), each
 * cell filled with its risk level's colour (RISK_LEVEL_COLOURS; cells without a moment paler)
 * and showing how many contact moments fall there; a legend of the levels at the right, so
 * colour is never the only cue.
 */
export function drawRiskMatrix(
  insights: Pick<ProjectInsights, 'riskMatrix'>,
  labels: InsightsChartLabels,
  theme: InsightsChartTheme,
  measure: MeasureText,
  options: RiskMatrixOptions = {},
): RiskMatrixDrawing {
  const cell = options.cell ?? 52;
  const AXIS = 11;
  const top = 22;
  const numbersWidth = Math.max(...[1, 2, 3, 4, 5].map((v) => measure(labels.number(v, 0), AXIS, 400)));
  const left = Math.ceil(numbersWidth + 10);
  const gridSize = cell * 5;
  const items: DrawItem[] = [];
  const cells: RiskMatrixCellBox[] = [];

  items.push(text(0, 13, labels.likelihood, AXIS, theme.mutedText, 'start', 600));
  for (const row of [...insights.riskMatrix.cells].reverse()) {
    for (const c of row) {
      const x = left + (c.impact - 1) * cell;
      const y = top + (5 - c.likelihood) * cell;
      const colours = RISK_LEVEL_COLOURS[c.level];
      const empty = c.count === 0;
      const title = labels.riskCell(c.likelihood, c.impact, c.count);
      const inner: DrawItem[] = [
        {
          type: 'rect',
          x: r2(x + 1),
          y: r2(y + 1),
          width: r2(cell - 2),
          height: r2(cell - 2),
          rx: 3,
          fill: empty ? mix(colours.fill, '#ffffff', 0.55) : colours.fill,
          stroke: empty ? mix(colours.border, '#ffffff', 0.5) : colours.border,
          strokeWidth: 1,
        },
      ];
      if (!empty)
        inner.push(text(x + cell / 2, y + cell / 2 + 6, labels.number(c.count, 0), 16, colours.text, 'middle', 700));
      items.push({
        type: 'group',
        role: 'risk-cell',
        id: `${String(c.likelihood)}-${String(c.impact)}`,
        title,
        items: inner,
      });
      cells.push({
        likelihood: c.likelihood,
        impact: c.impact,
        count: c.count,
        level: c.level,
        x,
        y,
        width: cell,
        height: cell,
        title,
      });
    }
  }
  for (let v = 1; v <= 5; v++) {
    // Likelihood numbers left of the rows, impact numbers under the columns.
    items.push(text(left - 8, top + (5 - v) * cell + cell / 2 + 4, labels.number(v, 0), AXIS, theme.mutedText, 'end'));
    items.push(
      text(left + (v - 1) * cell + cell / 2, top + gridSize + 15, labels.number(v, 0), AXIS, theme.mutedText, 'middle'),
    );
  }
  items.push(text(left + gridSize / 2, top + gridSize + 31, labels.impact, AXIS, theme.mutedText, 'middle', 600));

  // The levels' legend in a column right of the grid, one level a line (width 0: no two share a line).
  const legendX = left + gridSize + 16;
  const entries = RISK_LEVELS.map((level) => ({
    label: labels.riskLevels[level],
    symbol: swatch(RISK_LEVEL_COLOURS[level].fill, RISK_LEVEL_COLOURS[level].border),
  }));
  const legend = legendRow(entries, top, 0, theme, measure);
  items.push({ type: 'group', role: 'risk-legend', translate: { x: legendX, y: 0 }, items: legend.items });
  const legendWidth = Math.max(...entries.map((e) => 17 + measure(e.label, 11, 400)));
  const width = Math.ceil(legendX + legendWidth);
  return { items, width, height: top + gridSize + 40, cells };
}

// ---------------------------------------------------------------------------------------
// SERVQUAL by dimension

export interface ServqualChartOptions {
  /** Total width in px; default 380. */
  width?: number;
}

/** Geometry of one dimension's row, for tests and for a screen that links rows to a table. */
export interface ServqualRowBox {
  dimension: ServqualDimension;
  /** Centre line of the row. */
  y: number;
  /** x of the expectation and perception markers; null when the dimension was not scored. */
  expectationX: number | null;
  perceptionX: number | null;
}

export interface ServqualChartDrawing extends ChartDrawing {
  rows: ServqualRowBox[];
  /** The x of a score on the project's scale (1..5 or 1..7). */
  scaleX: (score: number) => number;
}

/**
 * SERVQUAL by dimension as a dumbbell chart on the project's scale (1..5 or 1..7): expectation (hollow) and
 * perception (filled) joined by a bar coloured by how far short perception falls (the
 * SERVQUAL lens's bands), the mean gap written at the right, the number of moments under
 * each dimension's name; the overall score, plain and weighted, underneath.
 */
export function drawServqualChart(
  insights: Pick<ProjectInsights, 'servqual'>,
  labels: InsightsChartLabels,
  theme: InsightsChartTheme,
  measure: MeasureText,
  options: ServqualChartOptions = {},
): ServqualChartDrawing {
  const width = options.width ?? 380;
  const NAME = 12;
  const SMALL = 10;
  const ROW = 36;
  const { dimensions, plain, weighted } = insights.servqual;
  const scale = scoreScaleOf({ servqualScale: insights.servqual.scale });
  const items: DrawItem[] = [];

  const nameWidth = Math.max(
    ...dimensions.map((d) =>
      Math.max(measure(labels.dimensions[d.dimension], NAME, 600), measure(labels.sampleSize(d.n), SMALL, 400)),
    ),
  );
  const left = Math.min(Math.ceil(nameWidth + 14), Math.round(width * 0.4));
  const gapWidth = Math.max(measure(labels.gap, SMALL, 600), measure(labels.signed(-6, 2), NAME, 700)) + 6;
  const right = width - gapWidth - 12;
  const x = scaleLinear()
    .domain([scale.min, scale.max])
    .range([left + 8, right - 8]);

  // Legend: expectation and perception markers.
  const legend = legendRow(
    [
      {
        label: labels.expectation,
        symbol: (lx, cy) => [
          {
            type: 'circle',
            cx: r2(lx + 6),
            cy: r2(cy),
            r: 5,
            fill: '#ffffff',
            stroke: theme.expectation,
            strokeWidth: 2,
          },
        ],
      },
      {
        label: labels.perception,
        symbol: (lx, cy) => [{ type: 'circle', cx: r2(lx + 6), cy: r2(cy), r: 5, fill: theme.perception }],
      },
    ],
    0,
    right,
    theme,
    measure,
  );
  items.push(...legend.items);
  const top = legend.height + 6;
  items.push(text(width, top + 2, labels.gap, SMALL, theme.mutedText, 'end', 600));

  const plotTop = top + 8;
  const plotBottom = plotTop + ROW * dimensions.length;
  for (let v = scale.min; v <= scale.max; v++) {
    items.push(line(x(v), plotTop, x(v), plotBottom, theme.grid));
    items.push(text(x(v), plotBottom + 14, labels.number(v, 0), SMALL, theme.mutedText, 'middle'));
  }
  items.push(line(left + 8, plotBottom, right - 8, plotBottom, theme.axis));

  const rows: ServqualRowBox[] = [];
  dimensions.forEach((d, i) => {
    const cy = plotTop + ROW * i + ROW / 2;
    const row: DrawItem[] = [
      text(0, cy - 2, labels.dimensions[d.dimension], NAME, theme.text, 'start', 600),
      text(0, cy + 11, labels.sampleSize(d.n), SMALL, theme.mutedText),
    ];
    if (d.expectation === null || d.perception === null || d.gap === null) {
      row.push(text(x(scale.min), cy + 4, labels.notScored, SMALL, theme.mutedText));
      rows.push({ dimension: d.dimension, y: cy, expectationX: null, perceptionX: null });
    } else {
      const band = SERVQUAL_BAND_COLOURS[servqualBand(d.gap, scale)];
      const ex = x(d.expectation);
      const px = x(d.perception);
      row.push(
        { ...line(ex, cy, px, cy, band.border, 4), lineCap: 'round' },
        { type: 'circle', cx: r2(ex), cy: r2(cy), r: 5.5, fill: '#ffffff', stroke: theme.expectation, strokeWidth: 2 },
        { type: 'circle', cx: r2(px), cy: r2(cy), r: 5.5, fill: theme.perception },
        text(width, cy + 4, labels.signed(d.gap, 2), NAME, band.text, 'end', 700),
      );
      rows.push({ dimension: d.dimension, y: cy, expectationX: ex, perceptionX: px });
    }
    items.push({ type: 'group', role: 'servqual-dimension', id: d.dimension, items: row });
  });

  const dash = '–';
  const overall = labels.overall(
    plain === null ? dash : labels.signed(plain, 2),
    weighted === null ? dash : labels.signed(weighted, 2),
  );
  items.push(text(0, plotBottom + 36, overall, NAME, theme.text, 'start', 600));
  return { items, width, height: plotBottom + 44, rows, scaleX: (v) => x(v) };
}

// ---------------------------------------------------------------------------------------
// Sense coverage

export interface SenseChartOptions {
  /** Total width in px; default 380. */
  width?: number;
}

/** One drawn bar, for tests and screens: which figure it shows and how long it is. */
export interface SenseBarBox {
  /** `sense:<name>:<valence>` for a coverage segment, `seed:<group>` or `journey:<group>` for the split. */
  key: string;
  x: number;
  y: number;
  width: number;
}

export interface SenseChartDrawing extends ChartDrawing {
  bars: SenseBarBox[];
  /** Width of a bar at 100%. */
  fullWidth: number;
}

/**
 * Sense coverage: per sense, the share of contact moments engaging it as a bar split by how
 * the sense lands (negative, neutral, positive); then the seed's perception split (sight,
 * hearing, smell and taste) beside this journey's own mix of those senses. Touch has no
 * reference figure in the seed, and the chart says so.
 */
export function drawSenseCoverage(
  insights: Pick<ProjectInsights, 'senses'>,
  labels: InsightsChartLabels,
  theme: InsightsChartTheme,
  measure: MeasureText,
  options: SenseChartOptions = {},
): SenseChartDrawing {
  const width = options.width ?? 380;
  const NAME = 12;
  const SMALL = 10;
  const ROW = 24;
  const BAR = 12;
  const { senses, reference } = insights.senses;
  const items: DrawItem[] = [];
  const bars: SenseBarBox[] = [];

  // The left column fits the sense names (and at least 96 px); the longer group names wrap in it.
  const nameWidth = Math.max(96, ...senses.map((s) => measure(labels.senses[s.sense], NAME, 600)));
  const left = Math.min(Math.ceil(nameWidth + 12), Math.round(width * 0.42));
  const valueWidth = measure(labels.percent(1), NAME, 700) + 8;
  const right = width - valueWidth;
  const share = scaleLinear().domain([0, 1]).range([left, right]);
  const fullWidth = right - left;

  const legend = legendRow(
    VALENCES.map((v) => ({
      label: labels.valence[v],
      symbol: swatch(VALENCE_COLOURS[v].fill, VALENCE_COLOURS[v].border),
    })),
    0,
    width,
    theme,
    measure,
  );
  items.push(...legend.items);
  let y = legend.height + 6;

  for (const s of senses) {
    const cy = y + ROW / 2;
    const row: DrawItem[] = [
      text(0, cy + 4, labels.senses[s.sense], NAME, theme.text, 'start', 600),
      { type: 'rect', x: r2(left), y: r2(cy - BAR / 2), width: r2(fullWidth), height: BAR, rx: 2, fill: theme.grid },
    ];
    let x = left;
    for (const v of VALENCES) {
      const count = s[v];
      if (!count || !insights.senses.moments) continue;
      const w = share(count / insights.senses.moments) - share(0);
      row.push({
        type: 'rect',
        x: r2(x),
        y: r2(cy - BAR / 2),
        width: r2(w),
        height: BAR,
        fill: VALENCE_COLOURS[v].fill,
        stroke: VALENCE_COLOURS[v].border,
        strokeWidth: 1,
      });
      bars.push({ key: `sense:${s.sense}:${v}`, x, y: cy - BAR / 2, width: w });
      x += w;
    }
    row.push(text(width, cy + 4, s.share === null ? '–' : labels.percent(s.share), NAME, theme.text, 'end', 700));
    items.push({ type: 'group', role: 'sense-coverage', id: s.sense, items: row });
    y += ROW;
  }

  // The seed's split beside this journey's mix.
  y += 14;
  items.push(text(0, y + 12, labels.splitTitle, NAME, theme.text, 'start', 700));
  y += 18;
  const splitLegend = legendRow(
    [
      { label: labels.seedSplit, symbol: swatch(theme.reference, theme.reference) },
      { label: labels.journeyMix, symbol: swatch(theme.journey, theme.journey) },
    ],
    y,
    width,
    theme,
    measure,
  );
  items.push(...splitLegend.items);
  y += splitLegend.height + 4;
  const THIN = 8;
  for (const g of reference) {
    const rowTop = y;
    const name = wrapText(labels.senseGroups[g.group], {
      maxWidth: left - 10,
      maxLines: 3,
      fontSize: NAME,
      fontWeight: 600,
      measure,
    });
    const row: DrawItem[] = [{ ...text(0, rowTop + 12, '', NAME, theme.text, 'start', 600), lines: name }];
    const pairs: [string, number | null, string][] = [
      ['seed', g.reference, theme.reference],
      ['journey', g.mix, theme.journey],
    ];
    pairs.forEach(([key, value, colour], i) => {
      const by = rowTop + 3 + i * (THIN + 4);
      const w = value === null ? 0 : share(value) - share(0);
      if (w > 0) row.push({ type: 'rect', x: r2(left), y: r2(by), width: r2(w), height: THIN, rx: 1, fill: colour });
      bars.push({ key: `${key}:${g.group}`, x: left, y: by, width: w });
      row.push(
        text(
          width,
          by + THIN - 0.5,
          value === null ? '–' : labels.percent(value),
          SMALL,
          i === 0 ? theme.mutedText : theme.text,
          'end',
          i === 0 ? 400 : 700,
        ),
      );
    });
    items.push({ type: 'group', role: 'sense-split', id: g.group, items: row });
    // Two bars, or the group's name when it takes more lines.
    y += Math.max(2 * (THIN + 4), name.length * NAME * 1.25) + 10;
  }
  items.push(text(0, y + 10, labels.noReference, SMALL, theme.mutedText));
  return { items, width, height: y + 16, bars, fullWidth };
}
