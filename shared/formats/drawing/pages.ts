/**
 * Pages of the deliverable: the page presets of the export dialog, the plan
 * that cuts a map too large for one page into overlapping tiles (PDF), the
 * padding that gives a PNG or SVG a page's proportions, and the culling that
 * keeps each tile's content stream to what it shows.
 *
 * Units: page sizes are PDF points (1/72 in); tiles are drawing px.
 */
import type { Drawing, DrawItem } from './displayList';
import { emptyBounds, extendBounds, extendBoundsByPath, type Bounds } from './geometry';

/** The page presets, in the dialog's order: a slide, A4 and A3 landscape, and the map's own size. */
export const PAGE_PRESETS = ['slide', 'A4', 'A3', 'map'] as const;
export type PagePreset = (typeof PAGE_PRESETS)[number];

/** Landscape page sizes in PDF points; `map` has none (the page is as large as the map). */
export const PAGE_SIZES: Record<Exclude<PagePreset, 'map'>, { width: number; height: number }> = {
  /** 13.333 x 7.5 in, the widescreen slide of presentation tools. */
  slide: { width: 960, height: 540 },
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
};

/** Size in CSS px a preset gives a PNG or SVG frame at 1x (96 px per inch), or null for the map's own size. */
export function pagePixelSize(preset: PagePreset): { width: number; height: number } | null {
  if (preset === 'map') return null;
  const { width, height } = PAGE_SIZES[preset];
  return { width: Math.round((width * 96) / 72), height: Math.round((height * 96) / 72) };
}

/**
 * The drawing padded (centred, background extended) to the page's proportions, at the
 * same px scale, so a PNG or SVG drops onto a slide or page without distortion or cuts.
 * The map's own size returns the drawing unchanged.
 */
export function frameToPage(drawing: Drawing, preset: PagePreset): Drawing {
  const page = pagePixelSize(preset);
  if (!page) return drawing;
  const aspect = page.width / page.height;
  let width = drawing.width;
  let height = drawing.height;
  if (width / height > aspect) height = Math.ceil(width / aspect);
  else width = Math.ceil(height * aspect);
  if (width === drawing.width && height === drawing.height) return drawing;
  const translate = { x: (width - drawing.width) / 2, y: (height - drawing.height) / 2 };
  return { ...drawing, width, height, items: [{ type: 'group', role: 'page', translate, items: drawing.items }] };
}

/** One tile of the map: the drawing's area it shows (px), and whether the stage header strip is repeated above it. */
export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The tile starts below the stage headers, so the page repeats them (the columns it shows) on top. */
  repeatHeaders: boolean;
  /** Place in the grid of tiles, from 0. */
  column: number;
  row: number;
}

export interface TilePlan {
  /** px to pt. */
  scale: number;
  tiles: Tile[];
  columns: number;
  rows: number;
}

export interface TileRequest {
  /** The drawing's size, px. */
  width: number;
  height: number;
  /** The space for the map on each page, pt. */
  areaWidth: number;
  areaHeight: number;
  /** Where the stage header strip lies in the drawing (px); it is repeated on pages that start below it. */
  headerStrip: { y: number; height: number } | null;
  /** Shared by neighbouring tiles, px: what falls on a cut is whole on one of the two pages. */
  overlap: number;
  /** The smallest scale (pt per px) allowed: below it type gets illegible, so the map is tiled instead. */
  minScale: number;
}

/** Overlap between neighbouring tiles, px. */
export const TILE_OVERLAP = 24;

/** Start positions of tiles of `size` (with `overlap`) covering `total`; the last may be shorter. */
function starts(total: number, size: number, overlap: number): number[] {
  const out = [0];
  const stride = Math.max(1, size - overlap);
  while (out[out.length - 1] + size < total - 0.5) out.push(out[out.length - 1] + stride);
  return out;
}

/**
 * Cut a drawing into pages. Fits one page at the largest scale up to 1 pt per px when that
 * keeps at least `minScale`; otherwise draws at `minScale` and tiles row by row (left to right,
 * then down), neighbours sharing `overlap` px. Tiles below the first row leave room on top for
 * the repeated stage header strip.
 */
export function planTiles(req: TileRequest): TilePlan {
  const fit = Math.min(req.areaWidth / req.width, req.areaHeight / req.height, 1);
  if (fit >= req.minScale) {
    return {
      scale: fit,
      columns: 1,
      rows: 1,
      tiles: [{ x: 0, y: 0, width: req.width, height: req.height, repeatHeaders: false, column: 0, row: 0 }],
    };
  }
  const scale = req.minScale;
  const tileWidth = req.areaWidth / scale;
  const fullHeight = req.areaHeight / scale;
  const xs = starts(req.width, tileWidth, req.overlap);
  // Rows: the first shows the map from the top (headers included); later ones repeat the strip.
  const strip = req.headerStrip;
  const ys: { y: number; height: number; repeat: boolean }[] = [];
  let y = 0;
  for (;;) {
    const repeat = strip !== null && ys.length > 0 && y > strip.y;
    const height = repeat && strip ? fullHeight - strip.height : fullHeight;
    ys.push({ y, height, repeat });
    if (y + height >= req.height - 0.5) break;
    y += Math.max(1, height - req.overlap);
  }
  const tiles: Tile[] = [];
  ys.forEach((r, row) =>
    xs.forEach((x, column) =>
      tiles.push({ x, y: r.y, width: tileWidth, height: r.height, repeatHeaders: r.repeat, column, row }),
    ),
  );
  return { scale, tiles, columns: xs.length, rows: ys.length };
}

/** Generous bounds of a text item (the writer measures exactly; this only decides what a tile may show). */
function textBounds(b: Bounds, item: Extract<DrawItem, { type: 'text' }>, dx: number, dy: number): void {
  const longest = item.lines.reduce((m, l) => Math.max(m, l.length), 0);
  // Up to one em per character: CJK glyphs are that wide.
  const width = longest * item.fontSize;
  const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - width / 2 : item.x - width;
  const top = item.y - item.fontSize;
  const height = item.fontSize * 1.4 + (item.lines.length - 1) * item.lineHeight;
  extendBounds(b, left + dx, top + dy, width, height);
}

function itemBounds(item: DrawItem, dx: number, dy: number, b: Bounds): void {
  switch (item.type) {
    case 'rect':
      extendBounds(b, item.x + dx, item.y + dy, item.width, item.height);
      break;
    case 'circle':
      extendBounds(b, item.cx - item.r + dx, item.cy - item.r + dy, 2 * item.r, 2 * item.r);
      break;
    case 'path': {
      const own = emptyBounds();
      extendBoundsByPath(own, item.d);
      if (own.minX <= own.maxX) extendBounds(b, own.minX + dx, own.minY + dy, own.maxX - own.minX, own.maxY - own.minY);
      break;
    }
    case 'text':
      textBounds(b, item, dx, dy);
      break;
    case 'group': {
      if (item.scale && item.scale !== 1) {
        // A scaled group: its children's bounds, scaled, then offset.
        const own = emptyBounds();
        for (const child of item.items) itemBounds(child, 0, 0, own);
        const k = item.scale;
        const x = dx + (item.translate?.x ?? 0);
        const y = dy + (item.translate?.y ?? 0);
        if (own.minX <= own.maxX)
          extendBounds(b, x + own.minX * k, y + own.minY * k, (own.maxX - own.minX) * k, (own.maxY - own.minY) * k);
        break;
      }
      for (const child of item.items)
        itemBounds(child, dx + (item.translate?.x ?? 0), dy + (item.translate?.y ?? 0), b);
      break;
    }
  }
}

/** Bounds of every item, computed once for a drawing and reused by each tile. */
export type BoundsIndex = WeakMap<DrawItem, Bounds>;

function boundsOf(item: DrawItem, index: BoundsIndex): Bounds {
  let b = index.get(item);
  if (!b) {
    b = emptyBounds();
    itemBounds(item, 0, 0, b);
    index.set(item, b);
  }
  return b;
}

/**
 * The items that may show inside `area` (drawing px): anything wholly outside is left out,
 * groups are cut down to their visible children. Stroke widths are covered by `pad`.
 */
export function cullItems(
  items: readonly DrawItem[],
  area: { x: number; y: number; width: number; height: number },
  index: BoundsIndex = new WeakMap(),
  pad = 4,
  dx = 0,
  dy = 0,
): DrawItem[] {
  const out: DrawItem[] = [];
  const x0 = area.x - pad;
  const y0 = area.y - pad;
  const x1 = area.x + area.width + pad;
  const y1 = area.y + area.height + pad;
  for (const item of items) {
    const b = boundsOf(item, index);
    if (b.maxX + dx < x0 || b.minX + dx > x1 || b.maxY + dy < y0 || b.minY + dy > y1) continue;
    if (item.type === 'group' && item.items.length > 8 && !item.scale) {
      const tx = dx + (item.translate?.x ?? 0);
      const ty = dy + (item.translate?.y ?? 0);
      out.push({ ...item, items: cullItems(item.items, area, index, pad, tx, ty) });
    } else out.push(item);
  }
  return out;
}
