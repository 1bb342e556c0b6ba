/**
 * The journey-map rows band: where each row and each cell sits under the map.
 *
 * The band lies under the steps (with lanes, under the last lane) and spans the
 * map's width, with a column of row headers at its left (the lane label column
 * when there are lanes, otherwise just left of the first stage). Each row has one
 * cell per column of steps: steps whose boxes overlap in x (branches, lanes) share
 * a column, and inside a cell their content is stacked top to bottom, each under
 * its step's title as a tiny header. A row is as tall as its tallest cell; note rows
 * (thoughts, pain points, opportunities) grow with their notes up to `maxNotes`
 * per step, then say "+N more".
 *
 * Everything is in map coordinates (those of shared/layout/grid.ts), so the canvas
 * and the export drawing place the band with this one function. Pure: the same
 * project, rectangles and measure give the same layout.
 */
import type { FontWeight } from '../formats/drawing/displayList';
import { wrapText, type MeasureText } from '../formats/drawing/textWrap';
import { notesOf, NOTE_ROWS, shownRows, type NoteRow } from '../model/rows';
import type { Project, RowKind, Step } from '../model/types';
import { GRID, type Grid, type Rect } from './grid';

/** Sizes of the band, in px. */
export const ROWS_LAYOUT = {
  /** Space between the bottom of the map (last lane) and the band. */
  gap: 24,
  /** Width of the row header column at the band's left. */
  headerWidth: GRID.laneLabelWidth,
  /** Inner padding of a cell. */
  cellPadding: 8,
  /** The step title above each step's content when a cell stacks several steps. */
  sectionTitle: { fontSize: 10, lineHeight: 14, fontWeight: 600 as FontWeight },
  /** Space between two stacked steps' content in one cell. */
  sectionGap: 8,
  note: { fontSize: 11, lineHeight: 14, fontWeight: 400 as FontWeight, padding: 6, gap: 6, maxLines: 6 },
  /** Notes shown per step and row before "+N more". */
  maxNotes: 5,
  /** Height of the "+N more" line. */
  moreHeight: 16,
  /** Height of the content of the fixed-size rows. */
  content: {
    emotion: 0,
    touchpoint: 32,
    thoughts: 0,
    senses: 22,
    painPoints: 0,
    opportunities: 0,
    risk: 22,
    servqualGap: 22,
    standard: 18,
    waitTime: 18,
    /** Per metric (one badge line each), see `metric`. */
    metrics: 0,
  } satisfies Record<RowKind, number>,
  /** Least height of each row (the emotion row's is its plot height). */
  minHeight: {
    emotion: 112,
    touchpoint: 48,
    thoughts: 44,
    senses: 38,
    painPoints: 44,
    opportunities: 44,
    risk: 38,
    servqualGap: 38,
    standard: 34,
    waitTime: 34,
    metrics: 38,
  } satisfies Record<RowKind, number>,
  /** The metrics row: one badge line per metric, up to `maxNotes` per step, then "+N more". */
  metric: { height: 20, gap: 4 },
} as const;

export interface RowsLayoutOptions {
  /** The rows, in order; default: the project's shown rows (`shownRows`). */
  rows?: readonly RowKind[];
  /** Text width, to wrap notes and titles (the canvas measures with a canvas, exports with their fonts). */
  measure: MeasureText;
  /** Notes shown per step and row before "+N more"; default ROWS_LAYOUT.maxNotes. */
  maxNotes?: number;
  /** Height kept free after each step's notes in note rows, for an "add" control (the canvas); default 0. */
  addSlot?: number;
}

/** One note box (a sticky note) in a note row. */
export interface RowNoteBox {
  /** Index of the note in the step's list (`notesOf`). */
  index: number;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One step's part of a cell. */
export interface RowSection {
  stepId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The step title drawn above the content when the cell stacks several steps (one line), else empty. */
  titleLines: string[];
  /** Where the content starts (below the title, if any) and its height. */
  contentY: number;
  contentHeight: number;
  /** Note rows: the notes drawn, and how many more the step has (the metrics row: metrics not drawn). */
  notes: RowNoteBox[];
  more: number;
  /** Note rows with `addSlot`: where the add control goes. */
  addSlot: Rect | null;
}

/** One cell: a column of steps in one row. */
export interface RowCell {
  /** The steps of the column, top to bottom as on the map. */
  stepIds: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Stacked per step; the emotion row has none (the curve is drawn across the row). */
  sections: RowSection[];
}

export interface RowBand {
  kind: RowKind;
  y: number;
  height: number;
  cells: RowCell[];
}

/** A column of steps that overlap in x. */
export interface RowColumn {
  x: number;
  width: number;
  stepIds: string[];
}

export interface RowsLayout {
  /** Top of the band and its total height (0 without rows). */
  top: number;
  height: number;
  /** Left edge of the band (the header column's left) and its right edge (the map's). */
  left: number;
  right: number;
  /** The header column: x and width; each row's header spans the row's y and height. */
  headerX: number;
  headerWidth: number;
  columns: RowColumn[];
  rows: RowBand[];
}

const isNoteRow = (kind: RowKind): kind is NoteRow => (NOTE_ROWS as readonly RowKind[]).includes(kind);

/**
 * Group the steps into columns: sorted by x, a step joins the column before it when
 * their boxes overlap and the widened column's centre still lies within every member's
 * box; columns that still overlap are split at the middle of their overlap.
 */
export function rowColumns(rects: ReadonlyMap<string, Rect>, order: readonly string[]): RowColumn[] {
  const ids = order.filter((id) => rects.has(id));
  const rank = new Map(ids.map((id, i) => [id, i]));
  ids.sort((a, b) => rects.get(a)!.x - rects.get(b)!.x || rank.get(a)! - rank.get(b)!);
  const columns: { left: number; right: number; members: string[] }[] = [];
  for (const id of ids) {
    const r = rects.get(id)!;
    const last = columns[columns.length - 1];
    if (last && r.x < last.right) {
      const left = Math.min(last.left, r.x);
      const right = Math.max(last.right, r.x + r.width);
      const centre = (left + right) / 2;
      const fits = [...last.members, id].every((m) => {
        const box = rects.get(m)!;
        return centre >= box.x && centre <= box.x + box.width;
      });
      if (fits) {
        last.left = left;
        last.right = right;
        last.members.push(id);
        continue;
      }
    }
    columns.push({ left: r.x, right: r.x + r.width, members: [id] });
  }
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = columns[i];
    const b = columns[i + 1];
    if (a.right > b.left) {
      const mid = (a.right + b.left) / 2;
      a.right = mid;
      b.left = mid;
    }
  }
  return columns.map((c) => ({
    x: c.left,
    width: Math.max(0, c.right - c.left),
    stepIds: [...c.members].sort(
      (p, q) => rects.get(p)!.y - rects.get(q)!.y || rects.get(p)!.x - rects.get(q)!.x || rank.get(p)! - rank.get(q)!,
    ),
  }));
}

/** Whether a step has anything to show in a fixed-size row (a contact moment's risk or gap shows "n/a" when unscored). */
export function hasRowContent(step: Step, kind: RowKind): boolean {
  const m = step.moment;
  if (isNoteRow(kind)) return notesOf(step, kind).length > 0;
  // Metrics belong to the step, contact moment or not.
  if (kind === 'metrics') return (step.metrics?.length ?? 0) > 0;
  if (!m) return false;
  switch (kind) {
    case 'senses':
      return Object.values(m.senses).some((sense) => sense.engaged);
    case 'standard':
      return m.standard.measures.length > 0;
    case 'waitTime':
      return m.waitSeconds !== null;
    case 'emotion':
      return m.emotion !== null;
    default:
      return true;
  }
}

/**
 * Wrapped note lines, kept per step object and measuring function: a project edited through immer
 * keeps its unchanged steps as the same objects, so laying the band out again after an edit wraps
 * only the notes of the steps that changed. Weak: a replaced step's lines go with it.
 */
const noteLines = new WeakMap<MeasureText, WeakMap<Step, Map<string, string[]>>>();

function wrapNote(step: Step, kind: NoteRow, index: number, text: string, maxWidth: number, measure: MeasureText) {
  let byStep = noteLines.get(measure);
  if (!byStep) noteLines.set(measure, (byStep = new WeakMap()));
  let lines = byStep.get(step);
  if (!lines) byStep.set(step, (lines = new Map()));
  const key = `${kind}|${index}|${maxWidth}`;
  const hit = lines.get(key);
  if (hit) return hit;
  const N = ROWS_LAYOUT.note;
  const wrapped = wrapText(text, {
    maxWidth,
    maxLines: N.maxLines,
    fontSize: N.fontSize,
    fontWeight: N.fontWeight,
    measure,
  });
  lines.set(key, wrapped);
  return wrapped;
}

/** The content height of one step in one row, with its note boxes laid out from `contentY`. */
function sectionContent(
  step: Step,
  kind: RowKind,
  x: number,
  width: number,
  contentY: number,
  opts: Required<Pick<RowsLayoutOptions, 'measure' | 'maxNotes' | 'addSlot'>>,
): { height: number; notes: RowNoteBox[]; more: number; addSlot: Rect | null } {
  if (kind === 'metrics') {
    const count = step.metrics?.length ?? 0;
    const shown = Math.min(count, Math.max(0, opts.maxNotes));
    const M = ROWS_LAYOUT.metric;
    const lines = shown ? shown * M.height + (shown - 1) * M.gap : 0;
    const more = count - shown;
    return { height: lines + (more > 0 ? ROWS_LAYOUT.moreHeight : 0), notes: [], more, addSlot: null };
  }
  if (!isNoteRow(kind))
    return { height: hasRowContent(step, kind) ? ROWS_LAYOUT.content[kind] : 0, notes: [], more: 0, addSlot: null };
  const N = ROWS_LAYOUT.note;
  const all = notesOf(step, kind);
  const shown = all.slice(0, Math.max(0, opts.maxNotes));
  const notes: RowNoteBox[] = [];
  let y = contentY;
  const textWidth = Math.max(8, width - 2 * N.padding);
  shown.forEach((text, index) => {
    const lines = wrapNote(step, kind, index, text, textWidth, opts.measure);
    const height = Math.max(1, lines.length) * N.lineHeight + 2 * N.padding;
    notes.push({ index, lines, x, y, width, height });
    y += height + N.gap;
  });
  if (notes.length) y -= N.gap;
  const more = all.length - shown.length;
  if (more > 0) y += ROWS_LAYOUT.moreHeight;
  let addSlot: Rect | null = null;
  if (opts.addSlot > 0) {
    if (notes.length || more) y += 4;
    addSlot = { x, y, width, height: opts.addSlot };
    y += opts.addSlot;
  }
  return { height: y - contentY, notes, more, addSlot };
}

/**
 * Lay the band out under the map.
 *
 * @param grid  the map's grid (computeGrid, or an export's cropped grid)
 * @param rects the boxes of the steps drawn (stepRects), by step id; steps not in it get no cell
 *
 * @example
 * const grid = computeGrid(project, sizeOf);
 * const band = layoutRows(project, grid, stepRects(project, grid, sizeOf), { measure });
 */
export function layoutRows(
  project: Project,
  grid: Grid,
  rects: ReadonlyMap<string, Rect>,
  options: RowsLayoutOptions,
): RowsLayout {
  const kinds = [...(options.rows ?? shownRows(project))];
  const opts = {
    measure: options.measure,
    maxNotes: options.maxNotes ?? ROWS_LAYOUT.maxNotes,
    addSlot: options.addSlot ?? 0,
  };
  const headerWidth = ROWS_LAYOUT.headerWidth;
  const headerX = grid.originX - headerWidth;
  const top = grid.height + ROWS_LAYOUT.gap;
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const columns = rowColumns(
    rects,
    project.steps.map((s) => s.id),
  );
  const P = ROWS_LAYOUT.cellPadding;
  const T = ROWS_LAYOUT.sectionTitle;
  const rows: RowBand[] = [];
  // A stacked step's title is wrapped once for all rows (its column's width is the same in each).
  const titles = new Map<string, string[]>();
  const titleOf = (step: Step, maxWidth: number) => {
    let lines = titles.get(step.id);
    if (!lines)
      titles.set(
        step.id,
        (lines = wrapText(step.title, {
          maxWidth,
          maxLines: 1,
          fontSize: T.fontSize,
          fontWeight: T.fontWeight,
          measure: opts.measure,
        })),
      );
    return lines;
  };
  let y = top;
  for (const kind of kinds) {
    const cells: RowCell[] = [];
    let height: number = ROWS_LAYOUT.minHeight[kind];
    for (const column of columns) {
      const stacked = column.stepIds.length > 1;
      const innerX = column.x + P;
      const innerWidth = Math.max(0, column.width - 2 * P);
      const sections: RowSection[] = [];
      let sy = y + P;
      if (kind !== 'emotion') {
        for (const stepId of column.stepIds) {
          const step = steps.get(stepId);
          if (!step) continue;
          // A step with nothing to show in this row takes no room (and no title), unless notes can be added to it.
          const empty = !hasRowContent(step, kind) && !(isNoteRow(kind) && opts.addSlot > 0);
          const titleLines = stacked && !empty ? titleOf(step, innerWidth) : [];
          const contentY = sy + (titleLines.length ? T.lineHeight : 0);
          const content = sectionContent(step, kind, innerX, innerWidth, contentY, opts);
          const sectionHeight = contentY - sy + content.height;
          sections.push({
            stepId,
            x: innerX,
            y: sy,
            width: innerWidth,
            height: sectionHeight,
            titleLines,
            contentY,
            contentHeight: content.height,
            notes: content.notes,
            more: content.more,
            addSlot: content.addSlot,
          });
          if (sectionHeight > 0) sy += sectionHeight + ROWS_LAYOUT.sectionGap;
        }
        if (sy > y + P) sy -= ROWS_LAYOUT.sectionGap;
      }
      height = Math.max(height, sy + P - y);
      cells.push({ stepIds: column.stepIds, x: column.x, y, width: column.width, height: 0, sections });
    }
    for (const cell of cells) cell.height = height;
    rows.push({ kind, y, height, cells });
    y += height;
  }
  const right = Math.max(grid.width, ...columns.map((c) => c.x + c.width));
  return { top, height: y - top, left: headerX, right, headerX, headerWidth, columns, rows };
}

/** The emotion row's plot: the y of an emotion (-2..+2) inside the row, +2 at the top. */
export function emotionY(row: Pick<RowBand, 'y' | 'height'>, emotion: number): number {
  const pad = 18;
  const clamped = Math.max(-2, Math.min(2, emotion));
  return row.y + pad + ((2 - clamped) / 4) * Math.max(0, row.height - 2 * pad);
}

/** The x centre of a step's box: where its point of the emotion curve sits. */
export function stepCentreX(rect: Rect): number {
  return rect.x + rect.width / 2;
}
