/**
 * SVG export: the journey drawing written as plain SVG 1.1 shapes, paths and
 * `<text>` (no foreignObject, images or scripts), so it opens and edits in
 * Inkscape, Illustrator and office tools, and rasterises to the PNG export.
 */
import type { Project } from '../model/types';
import type { JourneyDrawingOptions } from './drawing/buildDrawing';
import { buildJourneyDrawing } from './drawing/buildDrawing';
import type { Drawing, DrawItem, Paint, TextItem } from './drawing/displayList';
import { r2 } from './drawing/displayList';
import { frameToPage, type PagePreset } from './drawing/pages';
import { DEFAULT_THEME } from './drawing/theme';
import { svgProjectMetadata } from './svgMeta';
import { escapeXmlAttr, escapeXmlText } from './xml';

export { MAX_CANVAS_SIDE, fitScale } from './drawing/canvasLimit';
export type { FittedScale } from './drawing/canvasLimit';
export { DEFAULT_THEME, DEFAULT_LABELS, FONT_STACK } from './drawing/theme';
export type { DrawingTheme, DrawingLabels } from './drawing/theme';
export type { JourneyDrawingOptions } from './drawing/buildDrawing';
export type { Lens } from '../lens';
export type { MeasureText } from './drawing/textWrap';
export { extractProjectFromSvg } from './svgMeta';

export interface SvgExportOptions extends JourneyDrawingOptions {
  /** Put the project JSON in a `<metadata>` element so the SVG can be opened as a project. */
  embedProject?: boolean;
  /** Pad the picture to a page's proportions (slide, A4, A3); default the map's own size. */
  page?: PagePreset;
}

export interface SvgExport {
  svg: string;
  /** Size in CSS px (the SVG's width/height and viewBox). */
  width: number;
  height: number;
  warnings: string[];
}

function paintAttrs(p: Paint): string {
  // Colours normally come from the theme or a validated stage colour; escaped anyway, as every string is.
  let s = ` fill="${p.fill ? escapeXmlAttr(p.fill) : 'none'}"`;
  if (p.stroke) {
    s += ` stroke="${escapeXmlAttr(p.stroke)}" stroke-width="${r2(p.strokeWidth ?? 1)}"`;
    if (p.dash) s += ` stroke-dasharray="${p.dash.join(' ')}"`;
    if (p.lineCap && p.lineCap !== 'butt') s += ` stroke-linecap="${p.lineCap}"`;
  }
  return s;
}

function textElement(t: TextItem, fontFamily: string): string {
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  const open =
    `<text x="${r2(t.x)}" y="${r2(t.y)}" font-family="${fontFamily}" font-size="${t.fontSize}"` +
    ` font-weight="${t.fontWeight}" fill="${escapeXmlAttr(t.fill)}"${anchor}>`;
  if (t.lines.length === 1) return `${open}${escapeXmlText(t.lines[0])}</text>`;
  // One tspan per line with absolute positions: editors and office tools keep them where they are.
  const spans = t.lines.map(
    (line, i) => `<tspan x="${r2(t.x)}" y="${r2(t.y + i * t.lineHeight)}">${escapeXmlText(line)}</tspan>`,
  );
  return `${open}${spans.join('')}</text>`;
}

function writeItems(items: DrawItem[], out: string[], fontFamily: string): void {
  for (const item of items) {
    switch (item.type) {
      case 'rect': {
        const rx = item.rx ? ` rx="${r2(item.rx)}"` : '';
        out.push(
          `<rect x="${r2(item.x)}" y="${r2(item.y)}" width="${r2(item.width)}" height="${r2(item.height)}"${rx}${paintAttrs(item)}/>`,
        );
        break;
      }
      case 'path':
        out.push(`<path d="${item.d}"${paintAttrs(item)}/>`);
        break;
      case 'circle':
        out.push(`<circle cx="${r2(item.cx)}" cy="${r2(item.cy)}" r="${r2(item.r)}"${paintAttrs(item)}/>`);
        break;
      case 'text':
        out.push(textElement(item, fontFamily));
        break;
      case 'group': {
        let open = `<g class="${escapeXmlAttr(item.role)}"`;
        if (item.id !== undefined) open += ` data-id="${escapeXmlAttr(item.id)}"`;
        if (item.translate || item.scale) {
          const move = item.translate ? `translate(${r2(item.translate.x)} ${r2(item.translate.y)})` : '';
          const scale = item.scale && item.scale !== 1 ? `${move ? ' ' : ''}scale(${item.scale})` : '';
          open += ` transform="${move}${scale}"`;
        }
        out.push(`${open}>`);
        if (item.title) out.push(`<title>${escapeXmlText(item.title)}</title>`);
        writeItems(item.items, out, fontFamily);
        out.push('</g>');
        break;
      }
    }
  }
}

/** Display items as SVG elements (no document around them). */
export function itemsToSvg(items: DrawItem[], fontFamily: string = DEFAULT_THEME.fontFamily): string {
  const out: string[] = [];
  writeItems(items, out, escapeXmlAttr(fontFamily));
  return out.join('\n');
}

/**
 * Serialise a display list as a standalone SVG document.
 * `title` becomes the document's `<title>`; `metadata` is inserted verbatim (already XML).
 */
export function drawingToSvg(
  drawing: Drawing,
  opts: { title?: string; metadata?: string; fontFamily?: string } = {},
): string {
  const { width, height } = drawing;
  const fontFamily = escapeXmlAttr(opts.fontFamily ?? DEFAULT_THEME.fontFamily);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  ];
  if (opts.title) out.push(`<title>${escapeXmlText(opts.title)}</title>`);
  if (opts.metadata) out.push(opts.metadata);
  if (drawing.background)
    out.push(
      `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="${escapeXmlAttr(drawing.background)}"/>`,
    );
  writeItems(drawing.items, out, fontFamily);
  out.push('</svg>');
  return out.join('\n');
}

/**
 * Draw a journey map as an SVG document.
 *
 * @example
 * const { svg, width, height, warnings } = renderJourneySvg(project, {
 *   measureText: (text, size, weight) => ctx.measureText(text).width, // a canvas in the renderer
 *   includeTitle: true,
 *   includeLegend: true,
 *   embedProject: true,
 * });
 */
export function renderJourneySvg(project: Project, options: SvgExportOptions): SvgExport {
  const drawing = frameToPage(buildJourneyDrawing(project, options), options.page ?? 'map');
  const svg = drawingToSvg(drawing, {
    title: project.name,
    metadata: options.embedProject ? svgProjectMetadata(project) : undefined,
    fontFamily: (options.theme ?? DEFAULT_THEME).fontFamily,
  });
  return { svg, width: drawing.width, height: drawing.height, warnings: drawing.warnings };
}
