/**
 * The display list: the export drawing as plain shapes, before any file format.
 *
 * The journey is drawn once into this list (see buildDrawing.ts), then written
 * out as SVG (svg.ts) or PDF (pdf.ts), so both files show exactly the same map.
 * Coordinates are CSS pixels with y pointing down, as on the canvas.
 */

export interface Paint {
  /** Fill colour as `#rrggbb`; absent = not filled. */
  fill?: string;
  /** Stroke colour as `#rrggbb`; absent = no outline. */
  stroke?: string;
  strokeWidth?: number;
  /** Dash pattern in px, e.g. `[6, 4]`. */
  dash?: number[];
  lineCap?: 'butt' | 'round';
}

export interface RectItem extends Paint {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. */
  rx?: number;
}

export interface PathItem extends Paint {
  type: 'path';
  /** SVG path data using only absolute M, L, C and Z commands. */
  d: string;
}

export interface CircleItem extends Paint {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export type FontWeight = 400 | 600 | 700;
export type TextAnchor = 'start' | 'middle' | 'end';

/** One or more lines of text; `y` is the baseline of the first line. */
export interface TextItem {
  type: 'text';
  x: number;
  y: number;
  lines: string[];
  lineHeight: number;
  fontSize: number;
  fontWeight: FontWeight;
  fill: string;
  anchor: TextAnchor;
}

/** A named group, kept so the SVG stays easy to edit (one group per step, per flow...). */
export interface GroupItem {
  type: 'group';
  /** Written as `class` in SVG. */
  role: string;
  /** Written as `data-id` in SVG, so an editor or test can find the element of a step or flow. */
  id?: string;
  /** Written as a `<title>` child (tooltip and accessible name in SVG viewers). */
  title?: string;
  /** Offset applied to everything inside (an SVG `transform="translate(x y)"`). */
  translate?: { x: number; y: number };
  /** Scale applied inside, after the offset (`scale(s)` in SVG); default 1. */
  scale?: number;
  items: DrawItem[];
}

export type DrawItem = RectItem | PathItem | CircleItem | TextItem | GroupItem;

export interface Drawing {
  width: number;
  height: number;
  /** Page background; null = transparent. */
  background: string | null;
  items: DrawItem[];
  warnings: string[];
  /**
   * The stage header band in drawing px (top and height) and its items alone, positioned
   * as in the drawing: a tiled PDF repeats them on pages that start below the band.
   */
  stageHeaders?: { y: number; height: number; items: DrawItem[] };
}

/** Round to 2 decimals: keeps files small and output stable across platforms. */
export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
