/**
 * A PDF page as SVG, for the export dialog's thumbnail: the page written by pdf.ts
 * (same layout, pdfPages.ts), drawn by the browser. A tile is a nested `<svg>` whose
 * viewBox is the tile, which clips it as the PDF's clipping path does.
 */
import type { Drawing } from './drawing/displayList';
import { r2 } from './drawing/displayList';
import { DEFAULT_THEME, type DrawingTheme } from './drawing/theme';
import type { ExportLanguage } from './exportLanguage';
import { PDF_MARGIN, headersForTile, pageNumberItem, type PdfPageLayout } from './pdfPages';
import { itemsToSvg } from './svg';
import { escapeXmlAttr } from './xml';

/** The SVG of page `index` (from 0) of the map's pages. */
export function pdfPageSvg(
  drawing: Drawing,
  layout: PdfPageLayout,
  index: number,
  opts: { text: ExportLanguage; pageCount: number; theme?: DrawingTheme },
): string {
  const theme = opts.theme ?? DEFAULT_THEME;
  const { pageWidth: w, pageHeight: h, plan, contentTop } = layout;
  const s = plan.scale;
  const M = PDF_MARGIN;
  const tile = plan.tiles[Math.min(index, plan.tiles.length - 1)];
  const header = [...layout.header];
  if (opts.pageCount > 1) header.push(pageNumberItem(opts.text, index + 1, opts.pageCount, w, h, theme));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${r2(w)}" height="${r2(h)}" viewBox="0 0 ${r2(w)} ${r2(h)}">`,
    `<rect x="0" y="0" width="${r2(w)}" height="${r2(h)}" fill="${escapeXmlAttr(theme.background)}"/>`,
    itemsToSvg(header, theme.fontFamily),
  ];
  const view = (x: number, y: number, width: number, height: number, vx: number, vy: number, vw: number, vh: number) =>
    `<svg x="${r2(x)}" y="${r2(y)}" width="${r2(width)}" height="${r2(height)}" viewBox="${r2(vx)} ${r2(vy)} ${r2(vw)} ${r2(vh)}">`;
  if (plan.tiles.length === 1) {
    const left = M + (w - 2 * M - drawing.width * s) / 2;
    out.push(view(left, contentTop, drawing.width * s, drawing.height * s, 0, 0, drawing.width, drawing.height));
    out.push(itemsToSvg(drawing.items, theme.fontFamily), '</svg>');
  } else {
    let top = contentTop;
    const strip = drawing.stageHeaders;
    if (tile.repeatHeaders && strip) {
      out.push(view(M, top, tile.width * s, strip.height * s, tile.x, strip.y, tile.width, strip.height));
      out.push(itemsToSvg(headersForTile(strip.items, tile.x), theme.fontFamily), '</svg>');
      top += strip.height * s;
    }
    out.push(view(M, top, tile.width * s, tile.height * s, tile.x, tile.y, tile.width, tile.height));
    out.push(itemsToSvg(drawing.items, theme.fontFamily));
    if (strip && !tile.repeatHeaders) out.push(itemsToSvg(headersForTile(strip.items, tile.x), theme.fontFamily));
    out.push('</svg>');
  }
  out.push('</svg>');
  return out.join('\n');
}
