/**
 * The legend under the map: flow kinds, markers, sense tags and, when a lens
 * colours the map, what each colour means.
 */
import { SENSES } from '../../model/schema';
import type { DrawItem } from './displayList';
import { diamondPath, starPath } from './geometry';
import { VALENCE_COLOURS, lensLegend, type Lens, type ScoreScale, type Swatch } from '../../lens';
import type { MeasureText } from './textWrap';
import type { DrawingLabels, DrawingTheme } from './theme';

const SIZE = 11;
const ROW = 22;
const GAP = 18;

/** One legend entry: a symbol drawn at (x, centre y) of the given width, then a label. */
interface Entry {
  symbolWidth: number;
  symbol: (x: number, cy: number) => DrawItem[];
  label: string;
  bold?: boolean;
}

function swatchEntry(label: string, swatch: Swatch): Entry {
  return {
    symbolWidth: 16,
    symbol: (x, cy) => [
      {
        type: 'rect',
        x,
        y: cy - 6,
        width: 16,
        height: 12,
        rx: 3,
        fill: swatch.fill,
        stroke: swatch.border,
        strokeWidth: 1,
      },
    ],
    label,
  };
}

function entries(theme: DrawingTheme, labels: DrawingLabels, lens: Lens, scale?: ScoreScale): Entry[][] {
  const flows: Entry[] = (['main', 'alternative', 'failure'] as const).map((kind) => ({
    symbolWidth: 28,
    symbol: (x, cy) => [
      {
        type: 'path',
        d: `M${x},${cy} L${x + 22},${cy}`,
        stroke: theme.edges[kind],
        strokeWidth: 1.5,
        dash: kind === 'alternative' ? [6, 4] : kind === 'failure' ? [2, 3] : undefined,
        lineCap: kind === 'failure' ? 'round' : 'butt',
      },
      { type: 'path', d: `M${x + 28},${cy} L${x + 20},${cy - 4} L${x + 20},${cy + 4} Z`, fill: theme.edges[kind] },
    ],
    label: labels.flows[kind],
  }));
  const markers: Entry[] = [
    {
      symbolWidth: 10,
      symbol: (x, cy) => [{ type: 'circle', cx: x + 5, cy, r: 4, fill: theme.contactMarker }],
      label: labels.contactMoment,
    },
    {
      symbolWidth: 14,
      symbol: (x, cy) => [{ type: 'path', d: starPath(x + 7, cy, 6.5), fill: theme.momentOfTruth }],
      label: labels.momentOfTruth,
    },
    {
      symbolWidth: 12,
      symbol: (x, cy) => [{ type: 'path', d: diamondPath(x + 6, cy, 5.5), fill: theme.decisionStroke }],
      label: labels.decision,
    },
  ];
  const senses: Entry[] = SENSES.map((sense) => ({
    symbolWidth: 0,
    symbol: () => [],
    label: `${labels.senseTags[sense]} = ${labels.senses[sense]}`,
  }));
  const valence: Entry[] = (['negative', 'neutral', 'positive'] as const).map((v) =>
    swatchEntry(labels.valence[v], VALENCE_COLOURS[v]),
  );
  const rows = [
    [...flows, ...markers],
    [...senses, ...valence],
  ];
  const lensInfo = lensLegend(lens, { labels, scale });
  if (lensInfo) {
    rows.push([
      { symbolWidth: 0, symbol: () => [], label: lensInfo.title, bold: true },
      ...lensInfo.entries.map((e) => swatchEntry(e.label, e.swatch)),
    ]);
  }
  return rows;
}

/**
 * Lay the legend out from (x, y), wrapping rows at `maxWidth`.
 * Returns the items and the size actually used.
 */
export function drawLegend(
  x: number,
  y: number,
  maxWidth: number,
  ctx: { theme: DrawingTheme; labels: DrawingLabels; lens: Lens; measure: MeasureText; scale?: ScoreScale },
): { items: DrawItem[]; width: number; height: number } {
  const items: DrawItem[] = [];
  let cy = y + ROW / 2;
  let widest = 0;
  for (const row of entries(ctx.theme, ctx.labels, ctx.lens, ctx.scale)) {
    let cx = x;
    for (const entry of row) {
      const weight = entry.bold ? 700 : 400;
      const textWidth = ctx.measure(entry.label, SIZE, weight);
      const width = entry.symbolWidth + (entry.symbolWidth ? 6 : 0) + textWidth;
      if (cx > x && cx - x + width > maxWidth) {
        cx = x;
        cy += ROW;
      }
      items.push(...entry.symbol(cx, cy));
      items.push({
        type: 'text',
        x: cx + entry.symbolWidth + (entry.symbolWidth ? 6 : 0),
        y: cy + SIZE * 0.35,
        lines: [entry.label],
        lineHeight: SIZE,
        fontSize: SIZE,
        fontWeight: weight,
        fill: ctx.theme.text,
        anchor: 'start',
      });
      cx += width + GAP;
      widest = Math.max(widest, cx - GAP - x);
    }
    cy += ROW;
  }
  return { items: [{ type: 'group', role: 'legend', items }], width: widest, height: cy - ROW / 2 - y };
}
