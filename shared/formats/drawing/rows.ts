/**
 * The journey-map rows band as display-list items, under the map: one group per
 * row (role `row row-<kind>`, data-id the kind) with its header, and one group per
 * step's cell (role `row-cell`, data-id the step id) with that step's content:
 * the emotion curve (a real vector path through the steps in main-flow order,
 * branches as their own segments, moments of truth marked), touchpoint, sticky
 * notes for thoughts, pain points and opportunities, senses with valence, risk,
 * weighted SERVQUAL gap, service standard and wait time.
 *
 * The geometry is shared/layout/rows.ts (the canvas band uses the same), so the
 * exported picture and the screen put every cell in the same place.
 */
import { curveLinear, curveMonotoneX, line } from 'd3-shape';
import type { EmotionPoint } from '../../analysis/emotion';
import { emotionCurves, personaView } from '../../analysis/personas';
import { RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../analysis/risk';
import { servqualGaps } from '../../analysis/servqual';
import {
  EMOTION_COLOURS,
  SERVQUAL_BAND_COLOURS,
  scoreScaleOf,
  servqualBand,
  VALENCE_COLOURS,
  valenceName,
} from '../../lens';
import type { Grid, Rect } from '../../layout/grid';
import { emotionY, layoutRows, ROWS_LAYOUT, stepCentreX } from '../../layout/rows';
import type { RowBand, RowSection, RowsLayout } from '../../layout/rows';
import { metricStatus } from '../../model/metrics';
import { NOTE_ROWS, type NoteRow } from '../../model/rows';
import { SENSES } from '../../model/schema';
import type { Project, RowKind, Step } from '../../model/types';
import type { DrawItem, FontWeight, GroupItem, TextItem } from './displayList';
import { r2 } from './displayList';
import { wrapText, type MeasureText } from './textWrap';
import { DEFAULT_LABELS, DEFAULT_ROWS_THEME, DEFAULT_THEME } from './theme';
import type { DrawingLabels, DrawingTheme, RowsTheme } from './theme';

export interface RowsDrawingOptions {
  theme?: DrawingTheme;
  /** The words drawn (row names, channels, "+N more"...): pass translated ones to draw in another language. */
  labels?: DrawingLabels;
  measure: MeasureText;
  /** Notes shown per step and row before "+N more"; default ROWS_LAYOUT.maxNotes. */
  maxNotes?: number;
  /** Height kept free under each step's notes for an "add" control (the canvas band); default 0. */
  addSlot?: number;
  /**
   * The persona the journey is shown as (see personaView): the cells show that persona's
   * thoughts, and its emotion curve is drawn on top. The emotion row always draws the
   * default and every persona's curve. Default none.
   */
  persona?: string | null;
  /**
   * Whether the rows' groups include the steps' cells (default true). The canvas leaves them out
   * and draws only the cells in view, each with drawRowCell; the emotion row is always whole.
   */
  cells?: boolean;
}

export interface RowsDrawing {
  /** The band's items, in map coordinates (draw them inside the map's group). */
  items: DrawItem[];
  /** Top of the band and its height (0 when no row is drawn); left and right edges. */
  top: number;
  height: number;
  left: number;
  right: number;
  layout: RowsLayout;
}

const HEADER = {
  fontSize: 12,
  minFontSize: 9,
  lineHeight: 15,
  fontWeight: 700 as FontWeight,
  padding: 10,
  maxLines: 3,
};
const SMALL = 11;

function text(
  x: number,
  y: number,
  lines: string[],
  fill: string,
  fontSize = SMALL,
  fontWeight: FontWeight = 400,
  anchor: TextItem['anchor'] = 'start',
  lineHeight = 14,
): TextItem {
  return { type: 'text', x, y, lines, lineHeight, fontSize, fontWeight, fill, anchor };
}

function oneLine(s: string, width: number, measure: MeasureText, fontSize = SMALL, fontWeight: FontWeight = 400) {
  return wrapText(s, { maxWidth: Math.max(8, width), maxLines: 1, fontSize, fontWeight, measure });
}

interface Ctx {
  /** The project as the chosen persona lives it (the cells read it). */
  project: Project;
  /** The document itself: the curves of the default and of every persona come from it. */
  source: Project;
  /** The chosen persona's id, or null. */
  persona: string | null;
  theme: DrawingTheme;
  rowsTheme: RowsTheme;
  labels: DrawingLabels;
  measure: MeasureText;
}

/** A coloured badge with a short text, left-aligned in the content box. */
function badge(
  x: number,
  y: number,
  maxWidth: number,
  label: string,
  colours: { fill: string; text: string; border: string },
  ctx: Ctx,
): DrawItem[] {
  const [fitted] = oneLine(label, maxWidth - 12, ctx.measure, SMALL, 600);
  if (!fitted) return [];
  const width = Math.min(maxWidth, ctx.measure(fitted, SMALL, 600) + 14);
  return [
    { type: 'rect', x, y, width, height: 20, rx: 10, fill: colours.fill, stroke: colours.border, strokeWidth: 1 },
    text(x + width / 2, y + 14, [fitted], colours.text, SMALL, 600, 'middle'),
  ];
}

function muted(x: number, y: number, width: number, s: string, ctx: Ctx): DrawItem[] {
  const lines = oneLine(s, width, ctx.measure);
  return lines.length ? [text(x, y + 14, lines, ctx.theme.mutedText)] : [];
}

/** One step's content in a fixed-size row. */
function sectionItems(kind: RowKind, step: Step, s: RowSection, ctx: Ctx): DrawItem[] {
  const { labels, measure } = ctx;
  const m = step.moment;
  const x = s.x;
  const y = s.contentY;
  const w = s.width;
  if (kind === 'metrics') return metricItems(step, s, ctx);
  if (!m) return [];
  switch (kind) {
    case 'touchpoint': {
      const items: DrawItem[] = [];
      const channel = oneLine(labels.channels[m.channel], w, measure, SMALL, 600);
      if (channel.length) items.push(text(x, y + 12, channel, ctx.theme.text, SMALL, 600));
      const actor = m.actor.trim() ? oneLine(m.actor, w, measure) : [];
      if (actor.length) items.push(text(x, y + 27, actor, ctx.theme.mutedText));
      return items;
    }
    case 'senses': {
      const items: DrawItem[] = [];
      let cx = x;
      for (const sense of SENSES) {
        const entry = m.senses[sense];
        if (!entry.engaged) continue;
        const tag = labels.senseTags[sense];
        const width = Math.max(22, measure(tag, 10, 700) + 10);
        if (cx + width > x + w) break;
        const colours = VALENCE_COLOURS[valenceName(entry.valence)];
        items.push({
          type: 'group',
          role: 'sense',
          title: `${labels.senses[sense]}: ${labels.valence[valenceName(entry.valence)]}`,
          items: [
            {
              type: 'rect',
              x: cx,
              y,
              width,
              height: 20,
              rx: 4,
              fill: colours.fill,
              stroke: colours.border,
              strokeWidth: 1,
            },
            text(cx + width / 2, y + 14, [tag], colours.text, 10, 700, 'middle'),
          ],
        });
        cx += width + 4;
      }
      return items;
    }
    case 'risk': {
      const score = riskScore(m.risk);
      const level = riskLevel(score);
      if (level === null || score === null) return muted(x, y, w, labels.notAssessedShort, ctx);
      const label = `${labels.riskLevelNames[level]} ${labels.number(score, 0)}`;
      return badge(x, y, w, label, RISK_LEVEL_COLOURS[level], ctx);
    }
    case 'servqualGap': {
      const gap = servqualGaps(m.servqual, ctx.project.servqualWeights).weighted;
      if (gap === null) return muted(x, y, w, labels.notAssessedShort, ctx);
      return badge(
        x,
        y,
        w,
        labels.number(gap, 2, { fixed: true, signed: true }),
        SERVQUAL_BAND_COLOURS[servqualBand(gap, scoreScaleOf(ctx.project))],
        ctx,
      );
    }
    case 'standard': {
      const total = m.standard.measures.length;
      if (!total) return [];
      const done = m.standard.measures.filter((mm) => mm.done).length;
      const lines = oneLine(labels.measuresDone(done, total), w, measure);
      return lines.length ? [text(x, y + 13, lines, done === total ? ctx.theme.text : ctx.theme.mutedText)] : [];
    }
    case 'waitTime': {
      if (m.waitSeconds === null) return [];
      const lines = oneLine(labels.duration(m.waitSeconds), w, measure, SMALL, 600);
      return lines.length ? [text(x, y + 13, lines, ctx.theme.text, SMALL, 600)] : [];
    }
    default:
      return [];
  }
}

/** The colours of a metric's badge: off target in the risk palette's "high", met in the positive valence's. */
export const METRIC_COLOURS = {
  off: RISK_LEVEL_COLOURS.high,
  met: VALENCE_COLOURS.positive,
  none: VALENCE_COLOURS.neutral,
} as const;

/** A step's metrics, one badge per line (name, value, target), coloured by whether they meet their target. */
function metricItems(step: Step, s: RowSection, ctx: Ctx): DrawItem[] {
  const all = step.metrics ?? [];
  const shown = all.slice(0, all.length - s.more);
  const M = ROWS_LAYOUT.metric;
  const items: DrawItem[] = [];
  shown.forEach((metric, i) => {
    const status = metricStatus(metric);
    const y = s.contentY + i * (M.height + M.gap);
    items.push({
      type: 'group',
      role: status === 'off' ? 'metric metric-off' : status === 'met' ? 'metric metric-met' : 'metric',
      id: metric.id,
      title: ctx.labels.metrics.title(metric),
      items: badge(s.x, y, s.width, ctx.labels.metrics.badge(metric), METRIC_COLOURS[status ?? 'none'], ctx),
    });
  });
  if (s.more > 0) {
    const y = s.contentY + shown.length * (M.height + M.gap) - M.gap;
    items.push(text(s.x, y + 13, oneLine(ctx.labels.moreNotes(s.more), s.width, ctx.measure), ctx.theme.mutedText));
  }
  return items;
}

/** Sticky notes of one step in a note row. */
function noteItems(kind: NoteRow, s: RowSection, ctx: Ctx): DrawItem[] {
  const N = ROWS_LAYOUT.note;
  const paint = ctx.rowsTheme.notes[kind];
  const items: DrawItem[] = [];
  for (const note of s.notes) {
    items.push({
      type: 'rect',
      x: note.x,
      y: note.y,
      width: note.width,
      height: note.height,
      rx: 3,
      fill: paint.fill,
      stroke: paint.stroke,
      strokeWidth: 1,
    });
    if (note.lines.length)
      items.push(
        text(
          note.x + N.padding,
          note.y + N.padding + N.lineHeight * 0.78,
          note.lines,
          paint.text,
          N.fontSize,
          N.fontWeight,
          'start',
          N.lineHeight,
        ),
      );
  }
  if (s.more > 0) {
    const last = s.notes[s.notes.length - 1];
    const y = last ? last.y + last.height : s.contentY;
    items.push(text(s.x, y + 13, oneLine(ctx.labels.moreNotes(s.more), s.width, ctx.measure), ctx.theme.mutedText));
  }
  return items;
}

/** How one persona's curve is drawn: its colour and dash, in the persona's place in the project's order. */
export function personaCurveStyle(index: number, rowsTheme: RowsTheme): { stroke: string; dash: number[] } {
  const colours = rowsTheme.personaLines;
  const dash = PERSONA_DASHES[Math.floor(index / colours.length) % PERSONA_DASHES.length]!;
  return { stroke: colours[index % colours.length]!, dash: [...dash] };
}

const PERSONA_DASHES: readonly (readonly number[])[] = [
  [7, 4],
  [2, 3],
  [9, 3, 2, 3],
];

/** The curve's path through points (x increasing: a smooth monotone curve; otherwise straight segments). */
function curvePath(xy: [number, number][]): string | null {
  const increasing = xy.every((p, i) => i === 0 || p[0] > xy[i - 1][0]);
  return line()
    .curve(increasing ? curveMonotoneX : curveLinear)
    .digits(2)(xy);
}

/**
 * The emotion row: neutral line, then one curve per persona (each in its own colour and dash,
 * the chosen persona's drawn last and thicker), then the default curve (main flow first,
 * then branches) with its points, and a point wherever a persona feels other than the default.
 */
function emotionItems(row: RowBand, rects: ReadonlyMap<string, Rect>, layout: RowsLayout, ctx: Ctx): DrawItem[] {
  const { source, rowsTheme, theme } = ctx;
  const items: DrawItem[] = [];
  const left = layout.columns.length ? layout.columns[0].x : layout.headerX + layout.headerWidth;
  const right = layout.right;
  const zero = r2(emotionY(row, 0));
  items.push({
    type: 'path',
    d: `M${r2(left)},${zero} L${r2(right)},${zero}`,
    stroke: rowsTheme.neutralLine,
    strokeWidth: 1,
    dash: [4, 4],
  });
  const drawn = (points: EmotionPoint[]) => points.filter((p) => p.emotion !== null && rects.has(p.stepId));
  const at = (stepId: string, emotion: number): [number, number] => [
    stepCentreX(rects.get(stepId)!),
    emotionY(row, emotion),
  ];
  const [base, ...personaCurves] = emotionCurves(source);
  const points = drawn(base.points);
  const titles = new Map(source.steps.map((s) => [s.id, s.title]));
  const feeling = (emotion: number) =>
    `${ctx.labels.number(emotion, 0, { fixed: true, signed: true })} ${ctx.labels.emotions[emotion + 2]}`;
  const order = personaCurves.map((curve, i) => ({ curve, i }));
  // The chosen persona's curve on top of the other personas'.
  order.sort((a, b) => Number(a.curve.persona?.id === ctx.persona) - Number(b.curve.persona?.id === ctx.persona));
  const defaults = new Map(base.points.map((p) => [p.stepId, p.emotion]));
  for (const { curve, i } of order) {
    const persona = curve.persona!;
    const style = personaCurveStyle(i, rowsTheme);
    const chosen = persona.id === ctx.persona;
    const own = drawn(curve.points);
    const curveItems: DrawItem[] = [];
    for (const segment of emotionSegments(source, own)) {
      if (segment.points.length < 2) continue;
      const d = curvePath(segment.points.map((p) => at(p.stepId, p.emotion!)));
      if (d)
        curveItems.push({
          type: 'path',
          d,
          stroke: style.stroke,
          strokeWidth: chosen ? 3 : segment.main ? 2 : 1.5,
          dash: style.dash,
          lineCap: 'round',
        });
    }
    // Where the persona feels other than the default, a point of its own (a lone moment shows too).
    for (const p of own) {
      if (defaults.get(p.stepId) === p.emotion) continue;
      const [cx, cy] = at(p.stepId, p.emotion!);
      curveItems.push({
        type: 'group',
        role: 'persona-point',
        id: p.stepId,
        title: `${persona.name}, ${titles.get(p.stepId) ?? ''}: ${feeling(p.emotion!)}`,
        items: [{ type: 'circle', cx, cy, r: 4, fill: style.stroke, stroke: theme.background, strokeWidth: 1.5 }],
      });
    }
    items.push({
      type: 'group',
      role: 'persona-curve',
      // No id: the canvas band keeps id'd groups only for the steps in view (a curve spans them all).
      title: persona.name,
      items: curveItems,
    });
  }
  for (const segment of emotionSegments(source, points)) {
    if (segment.points.length < 2) continue;
    const d = curvePath(segment.points.map((p) => at(p.stepId, p.emotion!)));
    if (d)
      items.push({
        type: 'group',
        role: segment.main ? 'emotion-curve' : 'emotion-curve emotion-branch',
        items: [
          {
            type: 'path',
            d,
            stroke: segment.main ? rowsTheme.emotionLine : rowsTheme.emotionBranch,
            strokeWidth: segment.main ? 2.5 : 1.75,
            dash: segment.main ? undefined : [5, 3],
            lineCap: 'round',
          },
        ],
      });
  }
  for (const p of points) {
    const [cx, cy] = at(p.stepId, p.emotion!);
    const swatch = EMOTION_COLOURS[p.emotion! + 2]!;
    const point: DrawItem[] = [];
    if (p.momentOfTruth)
      point.push({
        type: 'circle',
        cx,
        cy,
        r: 9,
        fill: theme.background,
        stroke: theme.momentOfTruth,
        strokeWidth: 2.5,
      });
    point.push({ type: 'circle', cx, cy, r: 5, fill: swatch.border, stroke: theme.background, strokeWidth: 1.5 });
    items.push({
      type: 'group',
      role: p.momentOfTruth ? 'row-cell emotion-point moment-of-truth' : 'row-cell emotion-point',
      id: p.stepId,
      title: `${titles.get(p.stepId) ?? ''}: ${feeling(p.emotion!)}`,
      items: point,
    });
  }
  return items;
}

/** One entry of the emotion row's legend: a curve's name and how its line is drawn. */
export interface LegendEntry {
  name: string;
  stroke: string;
  dash: number[] | undefined;
}

/**
 * The emotion row's legend entries: the default curve, then each persona's, in the project's
 * order (none when the project has no personas: one curve needs no legend). The canvas's sticky
 * row header shows the same entries as the drawing.
 */
export function emotionLegendEntries(project: Project, labels: DrawingLabels, rowsTheme: RowsTheme): LegendEntry[] {
  if (!project.personas.length) return [];
  return [
    { name: labels.defaultCurve, stroke: rowsTheme.emotionLine, dash: undefined },
    ...project.personas.map((p, i) => ({ name: p.name, ...personaCurveStyle(i, rowsTheme) })),
  ];
}

/**
 * The emotion row's legend, in its header under the row name: a swatch of each curve's line
 * and its name (the default, then each persona), as many as the row has room for, then "+N more".
 * Nothing when the project has no personas (one curve needs no legend).
 */
function emotionLegend(row: RowBand, layout: RowsLayout, top: number, ctx: Ctx): DrawItem[] {
  const entries = emotionLegendEntries(ctx.source, ctx.labels, ctx.rowsTheme);
  if (!entries.length) return [];
  const x = layout.headerX + HEADER.padding;
  const width = layout.headerWidth - 2 * HEADER.padding;
  const room = Math.max(0, Math.floor((row.y + row.height - HEADER.padding / 2 - top) / LEGEND_LINE));
  const shown = entries.length > room ? entries.slice(0, Math.max(0, room - 1)) : entries;
  const items: DrawItem[] = [];
  shown.forEach((entry, i) => {
    const y = top + i * LEGEND_LINE + LEGEND_LINE / 2;
    const [name] = oneLine(entry.name, width - LEGEND_SWATCH - 6, ctx.measure, 10);
    items.push({
      type: 'group',
      role: 'emotion-legend-entry',
      title: entry.name,
      items: [
        {
          type: 'path',
          d: `M${r2(x)},${r2(y)} L${r2(x + LEGEND_SWATCH)},${r2(y)}`,
          stroke: entry.stroke,
          strokeWidth: 2.5,
          dash: entry.dash,
        },
        text(x + LEGEND_SWATCH + 6, y + 3.5, name ? [name] : [], ctx.rowsTheme.headerText, 10),
      ],
    });
  });
  if (shown.length < entries.length) {
    const y = top + shown.length * LEGEND_LINE + LEGEND_LINE / 2;
    items.push(
      text(
        x,
        y + 3.5,
        oneLine(ctx.labels.moreNotes(entries.length - shown.length), width, ctx.measure, 10),
        ctx.rowsTheme.headerText,
        10,
      ),
    );
  }
  return [{ type: 'group', role: 'emotion-legend', items }];
}

const LEGEND_LINE = 14;
const LEGEND_SWATCH = 20;

export interface EmotionSegment {
  main: boolean;
  points: EmotionPoint[];
}

/**
 * The curve's segments: the main flow's moments in flow order, then each branch as its
 * own segment: off-main moments in path order, a new segment wherever two consecutive
 * ones are not joined by a flow. A branch starts at the main-flow moment it leaves
 * from and ends at the one it rejoins, when those are direct flows, so it visibly forks.
 */
export function emotionSegments(project: Project, points: readonly EmotionPoint[]): EmotionSegment[] {
  const main = points.filter((p) => p.onMainPath);
  const rest = points.filter((p) => !p.onMainPath);
  const linked = new Set(project.flows.map((f) => `${f.from}>${f.to}`));
  const joined = (a: string, b: string) => linked.has(`${a}>${b}`) || linked.has(`${b}>${a}`);
  const byId = new Map(main.map((p) => [p.stepId, p]));
  const segments: EmotionSegment[] = [{ main: true, points: main }];
  let current: EmotionSegment | null = null;
  for (const p of rest) {
    if (current && joined(current.points[current.points.length - 1].stepId, p.stepId)) current.points.push(p);
    else {
      current = { main: false, points: [p] };
      segments.push(current);
    }
  }
  for (const seg of segments.slice(1)) {
    const first = seg.points[0];
    const last = seg.points[seg.points.length - 1];
    const from = project.flows.find((f) => f.to === first.stepId && byId.has(f.from));
    const to = project.flows.find((f) => f.from === last.stepId && byId.has(f.to));
    if (from) seg.points.unshift(byId.get(from.from)!);
    if (to) seg.points.push(byId.get(to.to)!);
  }
  return segments;
}

/**
 * A row's own items: its background, its header, the rules between its columns and, in the
 * emotion row, the curve and its points. Everything but the per-step cells (see cellGroup).
 */
function rowFrameItems(row: RowBand, i: number, layout: RowsLayout, rects: ReadonlyMap<string, Rect>, ctx: Ctx) {
  const { rowsTheme } = ctx;
  const name = ctx.labels.rows[row.kind];
  const rowItems: DrawItem[] = [
    {
      type: 'rect',
      x: layout.left,
      y: row.y,
      width: layout.right - layout.left,
      height: row.height,
      fill: i % 2 ? rowsTheme.rowFillAlt : rowsTheme.rowFill,
      stroke: rowsTheme.rule,
      strokeWidth: 1,
    },
    {
      type: 'rect',
      x: layout.headerX,
      y: row.y,
      width: layout.headerWidth,
      height: row.height,
      fill: rowsTheme.headerFill,
      stroke: rowsTheme.rule,
      strokeWidth: 1,
    },
  ];
  // A row name whose longest word is wider than the column (Estonian "Kokkupuutepunkt") is set
  // a little smaller rather than broken inside the word.
  const headerWidth = layout.headerWidth - 2 * HEADER.padding;
  const longest = Math.max(...name.split(/\s+/).map((word) => ctx.measure(word, HEADER.fontSize, HEADER.fontWeight)));
  const headerSize =
    longest > headerWidth
      ? Math.max(HEADER.minFontSize, Math.floor((HEADER.fontSize * headerWidth) / longest))
      : HEADER.fontSize;
  const headerLines = wrapText(name, {
    maxWidth: headerWidth,
    maxLines: HEADER.maxLines,
    fontSize: headerSize,
    fontWeight: HEADER.fontWeight,
    measure: ctx.measure,
  });
  if (row.kind === 'emotion') {
    const lineHeight = Math.round((HEADER.lineHeight * headerSize) / HEADER.fontSize);
    rowItems.push(...emotionLegend(row, layout, row.y + HEADER.padding + headerLines.length * lineHeight + 6, ctx));
  }
  if (headerLines.length)
    rowItems.push(
      text(
        layout.headerX + HEADER.padding,
        row.y + HEADER.padding + headerSize,
        headerLines,
        rowsTheme.headerText,
        headerSize,
        HEADER.fontWeight,
        'start',
        Math.round((HEADER.lineHeight * headerSize) / HEADER.fontSize),
      ),
    );
  // Thin rules between columns, so each step's cell reads as one.
  for (const cell of row.cells.slice(1))
    rowItems.push({
      type: 'path',
      d: `M${r2(cell.x)},${r2(row.y)} L${r2(cell.x)},${r2(row.y + row.height)}`,
      stroke: rowsTheme.rule,
      strokeWidth: 1,
    });
  if (row.kind === 'emotion') rowItems.push(...emotionItems(row, rects, layout, ctx));
  return rowItems;
}

/** One step's part of a cell (role `row-cell`, id the step): its title when stacked, then its content. */
function cellGroup(kind: RowKind, step: Step, s: RowSection, ctx: Ctx): GroupItem {
  const content: DrawItem[] = [];
  if (s.titleLines.length)
    content.push(
      text(
        s.x,
        s.y + 10,
        s.titleLines,
        ctx.theme.mutedText,
        ROWS_LAYOUT.sectionTitle.fontSize,
        ROWS_LAYOUT.sectionTitle.fontWeight,
      ),
    );
  const noteRow = (NOTE_ROWS as readonly RowKind[]).includes(kind);
  content.push(...(noteRow ? noteItems(kind as NoteRow, s, ctx) : sectionItems(kind, step, s, ctx)));
  return { type: 'group', role: 'row-cell', id: s.stepId, items: content };
}

/** The drawing's context: the project as the chosen persona lives it (cells), and the document itself (curves). */
function contextOf(project: Project, options: Omit<RowsDrawingOptions, 'maxNotes' | 'addSlot' | 'cells'>): Ctx {
  const theme = options.theme ?? DEFAULT_THEME;
  const persona = options.persona && project.personas.some((p) => p.id === options.persona) ? options.persona : null;
  return {
    project: personaView(project, persona),
    source: project,
    persona,
    theme,
    rowsTheme: theme.rows ?? DEFAULT_ROWS_THEME,
    labels: options.labels ?? DEFAULT_LABELS,
    measure: options.measure,
  };
}

/**
 * The items of one step's section of a cell in a row other than the emotion row: the group
 * drawRows puts in the row's group for it. The canvas draws the band's cells with this, only
 * for the columns in view, after a drawing made with `cells: false`.
 */
export function drawRowCell(
  project: Project,
  kind: RowKind,
  step: Step,
  section: RowSection,
  options: Omit<RowsDrawingOptions, 'maxNotes' | 'addSlot' | 'cells'>,
): GroupItem {
  const ctx = contextOf(project, options);
  // As the chosen persona lives it: that persona's thoughts in the cell.
  const shown = ctx.persona ? (stepsById(ctx.project).get(step.id) ?? step) : step;
  return cellGroup(kind, shown, section, ctx);
}

const stepIndex = new WeakMap<Project, Map<string, Step>>();
function stepsById(project: Project): Map<string, Step> {
  let index = stepIndex.get(project);
  if (!index) stepIndex.set(project, (index = new Map(project.steps.map((s) => [s.id, s]))));
  return index;
}

/**
 * Draw the rows band under a map.
 *
 * @param grid  the map's grid (the export's cropped one for a selection)
 * @param rects the drawn steps' boxes (stepRects), by id; only these steps get cells
 * @param rowKinds the rows, in order (e.g. `shownRows(project)`, or the export dialog's choice)
 *
 * @example
 * const grid = computeGrid(project);
 * const band = drawRows(project, grid, stepRects(project, grid), shownRows(project), { measure, labels });
 * // band.items go into the map group; the band spans band.top .. band.top + band.height
 */
export function drawRows(
  project: Project,
  grid: Grid,
  rects: ReadonlyMap<string, Rect>,
  rowKinds: readonly RowKind[],
  options: RowsDrawingOptions,
): RowsDrawing {
  const ctx = contextOf(project, options);
  project = ctx.project;
  const layout = layoutRows(project, grid, rects, {
    rows: rowKinds,
    measure: options.measure,
    maxNotes: options.maxNotes,
    addSlot: options.addSlot,
  });
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const items: DrawItem[] = [];
  layout.rows.forEach((row, i) => {
    const rowItems = rowFrameItems(row, i, layout, rects, ctx);
    if (row.kind !== 'emotion' && options.cells !== false)
      for (const cell of row.cells)
        for (const s of cell.sections) {
          const step = steps.get(s.stepId);
          if (step) rowItems.push(cellGroup(row.kind, step, s, ctx));
        }
    items.push({
      type: 'group',
      role: `row row-${row.kind}`,
      id: row.kind,
      title: ctx.labels.rows[row.kind],
      items: rowItems,
    });
  });
  return {
    items: items.length ? [{ type: 'group', role: 'rows', items }] : [],
    top: layout.top,
    height: layout.height,
    left: layout.left,
    right: layout.right,
    layout,
  };
}
