/**
 * The journey map as a display list: stage columns and lane rows, flows with
 * the canvas curves, steps, then title, date and legend outside the map. The
 * whole picture is framed on the bounds of everything drawn plus a margin,
 * so nothing is cut off at any scale. SVG and PDF are written from this.
 */
import { computeGrid, defaultSizeOf, stepRects } from '../../layout/grid';
import type { Grid, Rect, SizeOf } from '../../layout/grid';
import type { Project, RowKind, Step } from '../../model/types';
import type { Drawing, DrawItem } from './displayList';
import { drawFlow } from './flows';
import { emptyBounds, extendBounds } from './geometry';
import { drawLegend } from './legend';
import { scoreScaleOf, type Lens } from '../../lens';
import { drawMapBackground } from './mapBackground';
import { drawRows } from './rows';
import { personaView } from '../../analysis/personas';
import { drawStep } from './stepShape';
import type { MeasureText } from './textWrap';
import { wrapText } from './textWrap';
import { DEFAULT_LABELS, DEFAULT_THEME } from './theme';
import type { DrawingLabels, DrawingTheme } from './theme';
import { drawingLabels } from '../../i18n/labels';
import { exportLanguage, type ExportLanguage } from '../exportLanguage';

export interface JourneyDrawingOptions {
  /** Step sizes as measured on screen; default GRID.defaultStepSize for every step. */
  sizeOf?: SizeOf;
  /** Text width in px; the renderer passes a canvas-based one so titles wrap as on screen. */
  measureText: MeasureText;
  theme?: DrawingTheme;
  labels?: DrawingLabels;
  /** The language of the warnings, and of the drawn words when `labels` is not given (English by default). */
  language?: ExportLanguage;
  /** The whole map, or only the given steps and the flows between them. */
  scope?: 'all' | { stepIds: readonly string[] };
  background?: 'white' | 'transparent';
  includeTitle?: boolean;
  /** Print the project's description under the title, wrapped to a few lines (default: as `includeTitle`). */
  includeDescription?: boolean;
  includeLegend?: boolean;
  /** The overlay lens: colours the steps, and the legend explains it. */
  lens?: Lens;
  includeDate?: boolean;
  /** The date text to print (the caller formats it; the drawing never reads the clock). */
  date?: string;
  /**
   * The journey-map rows drawn in a band under the map, in this order (e.g.
   * `shownRows(project)`); default none. See ./rows.ts.
   */
  rows?: readonly RowKind[];
  /**
   * The persona the journey is drawn as (the persona filter): steps, lens and rows show that
   * persona's emotion and thoughts where it has its own (see personaView). Default none.
   */
  persona?: string | null;
}

/** Space around everything drawn, in px. */
export const DRAWING_MARGIN = 24;

const TITLE = { size: 22, lineHeight: 28, maxLines: 2 } as const;
const DESCRIPTION = { size: 13, lineHeight: 18, maxLines: 4, maxWidth: 880 } as const;
const DATE_SIZE = 12;

/** Same rule as the grid: a step without a valid lane sits in the first lane. */
function laneKey(project: Project, step: Step): string | null {
  if (project.lanes.length === 0) return null;
  return step.laneId && project.lanes.some((l) => l.id === step.laneId) ? step.laneId : project.lanes[0].id;
}

/**
 * The grid cut down to the stage columns and lane rows that hold the given
 * steps (and any between them), re-packed from the origin. Column widths and
 * row heights are those of the full map, so steps keep their places in them.
 */
function cropGrid(project: Project, grid: Grid, steps: Step[]): Grid {
  const colIndex = new Map(grid.columns.map((c, i) => [c.stageId, i]));
  const rowIndex = new Map(grid.rows.map((r, i) => [r.laneId, i]));
  let c0 = Infinity;
  let c1 = -Infinity;
  let r0 = Infinity;
  let r1 = -Infinity;
  for (const step of steps) {
    const c = colIndex.get(step.stageId) ?? 0;
    const r = rowIndex.get(laneKey(project, step)) ?? 0;
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
  }
  let x = grid.originX;
  const columns = grid.columns.slice(c0, c1 + 1).map((c) => {
    const col = { ...c, x };
    x += c.width;
    return col;
  });
  let y = grid.originY;
  const rows = grid.rows.slice(r0, r1 + 1).map((r) => {
    const row = { ...r, y };
    y += r.height;
    return row;
  });
  return { ...grid, columns, rows, width: x, height: y };
}

/**
 * Draw a journey into a display list.
 *
 * @example
 * const drawing = buildJourneyDrawing(project, { measureText: (t, size) => t.length * size * 0.6 });
 */
export function buildJourneyDrawing(source: Project, options: JourneyDrawingOptions): Drawing {
  const project = personaView(source, options.persona);
  const theme = options.theme ?? DEFAULT_THEME;
  const labels =
    options.labels ?? (options.language ? drawingLabels(options.language.t, options.language.lng) : DEFAULT_LABELS);
  const text = options.language ?? exportLanguage();
  const lens = options.lens ?? 'none';
  const measure = options.measureText;
  const sizeOf = options.sizeOf ?? defaultSizeOf;
  const warnings: string[] = [];

  let steps = project.steps;
  let grid = computeGrid(project, sizeOf);
  const scope = options.scope ?? 'all';
  if (scope !== 'all') {
    const wanted = new Set(scope.stepIds);
    const selected = project.steps.filter((s) => wanted.has(s.id));
    if (selected.length === 0) {
      warnings.push(text.t('exportText.noSelection'));
    } else {
      steps = selected;
      grid = cropGrid(project, grid, selected);
    }
  }

  const stageIds = new Set(project.stages.map((s) => s.id));
  const orphans = steps.filter((s) => !stageIds.has(s.stageId)).length;
  if (orphans) warnings.push(`${orphans} step(s) belong to no existing stage; they are drawn in the first column.`);

  const allRects = stepRects(project, grid, sizeOf);
  const rects = new Map<string, Rect>();
  for (const step of steps) {
    const rect = allRects.get(step.id);
    if (rect) rects.set(step.id, rect);
  }

  const bounds = emptyBounds();
  extendBounds(bounds, 0, 0, Math.max(grid.width, 1), Math.max(grid.height, 1));
  const mapItems: DrawItem[] = drawMapBackground(project, grid, theme, measure);

  const flowItems: DrawItem[] = [];
  const labelItems: DrawItem[] = [];
  let dangling = 0;
  for (const flow of project.flows) {
    const from = rects.get(flow.from);
    const to = rects.get(flow.to);
    if (from && to) {
      const drawn = drawFlow(flow, from, to, theme, measure, bounds);
      flowItems.push(drawn.flow);
      if (drawn.label) labelItems.push(drawn.label);
    } else if (steps === project.steps) dangling++; // in a selection, flows leaving it are left out on purpose
  }
  if (dangling) warnings.push(`${dangling} flow(s) point to steps that do not exist and were left out.`);
  mapItems.push({ type: 'group', role: 'flows', items: flowItems });

  const stepItems: DrawItem[] = [];
  const ctx = { project, theme, labels, lens, measure };
  for (const step of steps) {
    const rect = rects.get(step.id);
    if (!rect) continue;
    extendBounds(bounds, rect.x, rect.y, rect.width, rect.height);
    stepItems.push(drawStep(step, rect, ctx));
  }
  mapItems.push({ type: 'group', role: 'steps', items: stepItems });
  // Labels last: above the steps, as a curve may pass under a step.
  mapItems.push({ type: 'group', role: 'flow-labels', items: labelItems });

  if (options.rows?.length) {
    const band = drawRows(source, grid, rects, options.rows, { theme, labels, measure, persona: options.persona });
    if (band.height > 0) {
      extendBounds(bounds, band.left, band.top, band.right - band.left, band.height);
      mapItems.push(...band.items);
    }
  }

  const mapWidth = bounds.maxX - bounds.minX;
  const mapHeight = bounds.maxY - bounds.minY;
  const M = DRAWING_MARGIN;
  const items: DrawItem[] = [];
  let y = M;
  let contentWidth = mapWidth;

  if (options.includeTitle) {
    const lines = wrapText(project.name, {
      maxWidth: Math.max(mapWidth, 360),
      maxLines: TITLE.maxLines,
      fontSize: TITLE.size,
      fontWeight: 700,
      measure,
    });
    if (lines.length) {
      items.push({
        type: 'text',
        x: M,
        y: y + TITLE.size * 0.9,
        lines,
        lineHeight: TITLE.lineHeight,
        fontSize: TITLE.size,
        fontWeight: 700,
        fill: theme.text,
        anchor: 'start',
      });
      for (const line of lines) contentWidth = Math.max(contentWidth, measure(line, TITLE.size, 700));
      y += lines.length * TITLE.lineHeight;
    }
  }
  if ((options.includeDescription ?? options.includeTitle) && project.description.trim()) {
    // Paragraphs kept; a few lines at most, at a reading width rather than the map's.
    const lines = project.description
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .flatMap((p) =>
        wrapText(p, {
          maxWidth: Math.min(Math.max(mapWidth, 360), DESCRIPTION.maxWidth),
          maxLines: DESCRIPTION.maxLines,
          fontSize: DESCRIPTION.size,
          fontWeight: 400,
          measure,
        }),
      );
    const shown = lines.slice(0, DESCRIPTION.maxLines);
    if (lines.length > shown.length && shown.length) {
      // Cut mid-paragraph: say so with an ellipsis on the last line shown.
      shown[shown.length - 1] = `${shown[shown.length - 1].replace(/[\s…]+$/, '')}…`;
    }
    if (shown.length) {
      items.push({
        type: 'text',
        x: M,
        y: y + 4 + DESCRIPTION.size,
        lines: shown,
        lineHeight: DESCRIPTION.lineHeight,
        fontSize: DESCRIPTION.size,
        fontWeight: 400,
        fill: theme.text,
        anchor: 'start',
      });
      for (const line of shown) contentWidth = Math.max(contentWidth, measure(line, DESCRIPTION.size, 400));
      y += shown.length * DESCRIPTION.lineHeight + 6;
    }
  }
  if (options.includeDate && options.date) {
    const [line] = wrapText(options.date, {
      maxWidth: Math.max(mapWidth, 360),
      maxLines: 1,
      fontSize: DATE_SIZE,
      fontWeight: 400,
      measure,
    });
    if (line) {
      items.push({
        type: 'text',
        x: M,
        y: y + 4 + DATE_SIZE,
        lines: [line],
        lineHeight: DATE_SIZE,
        fontSize: DATE_SIZE,
        fontWeight: 400,
        fill: theme.mutedText,
        anchor: 'start',
      });
      contentWidth = Math.max(contentWidth, measure(line, DATE_SIZE, 400));
      y += DATE_SIZE + 8;
    }
  }
  if (y > M) y += 16;

  const mapTranslate = { x: M - bounds.minX, y: y - bounds.minY };
  items.push({ type: 'group', role: 'map', translate: mapTranslate, items: mapItems });
  // The stage header band alone (and the lane corner), for pages that repeat it over a tile.
  const headerGrid: Grid = { ...grid, rows: [], height: grid.originY };
  const headerItems = drawMapBackground({ ...project, lanes: project.lanes }, headerGrid, theme, measure).map(
    (item): DrawItem =>
      item.type === 'group' ? { ...item, items: item.items.filter((i) => i.type !== 'rect' || i.height > 0) } : item,
  );
  const stageHeaders = {
    y: mapTranslate.y,
    height: grid.originY,
    items: [{ type: 'group', role: 'stage-headers', translate: mapTranslate, items: headerItems } as DrawItem],
  };
  y += mapHeight;

  if (options.includeLegend) {
    y += 20;
    const legend = drawLegend(M, y, Math.max(mapWidth, 560), {
      theme,
      labels,
      lens,
      measure,
      scale: scoreScaleOf(project),
    });
    items.push(...legend.items);
    contentWidth = Math.max(contentWidth, legend.width);
    y += legend.height;
  }
  y += M;

  return {
    width: Math.ceil(contentWidth + 2 * M),
    height: Math.ceil(y),
    background: options.background === 'transparent' ? null : theme.background,
    items,
    warnings,
    stageHeaders,
  };
}
