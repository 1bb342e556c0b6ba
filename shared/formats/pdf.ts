/**
 * PDF export: the same journey drawing as the SVG, written as vector PDF on
 * one landscape A4 or A3 page, scaled to fit, with the title on top. Text is
 * real PDF text, so it stays selectable and searchable.
 *
 * Fonts: Helvetica (built in) for Western European text; for anything else
 * pass `loadFonts` (subset fonts for the page's characters, see pdfFonts.ts)
 * or `fontBytes` (a whole Unicode TTF/OTF/TTC). Without either, characters
 * Helvetica lacks are replaced with '?' and a warning says so. Layout uses
 * the PDF fonts' own metrics, so wrapped titles fit their boxes in the PDF.
 * The title block (name, and the `date` line the caller words in the export's
 * language) and the legend go through the same fonts, so translated fixed
 * texts (ő, ą, š, Chinese) are subset with the rest.
 */
import { PDFDocument } from 'pdf-lib';
import type { Project } from '../model/types';
import type { JourneyDrawingOptions } from './drawing/buildDrawing';
import { buildJourneyDrawing } from './drawing/buildDrawing';
import { ELLIPSIS } from './drawing/textWrap';
import { DEFAULT_THEME } from './drawing/theme';
import type { DrawItem } from './drawing/displayList';
import { PdfPageWriter, drawingTexts } from './pdfDrawing';
import { PdfFonts } from './pdfFonts';
import { PAGE_SIZES, cullItems, type PagePreset, type Tile } from './drawing/pages';
import {
  MIN_READABLE_TITLE_PT,
  PDF_MARGIN,
  STEP_TITLE_PX,
  headersForTile,
  pageNumberItem,
  pdfPageLayout,
} from './pdfPages';
import type { ExportLanguage } from './exportLanguage';
import type { PdfFontOptions } from './pdfFonts';
import { formatNumber } from '../i18n/format';
import { exportLanguage } from './exportLanguage';

/** Landscape page sizes in PDF points (1/72 in). */
export const PAPER_SIZES = PAGE_SIZES;
export { MIN_TITLE_PT, PDF_MARGIN, pdfPageLayout, pageNumberItem } from './pdfPages';
export type { PdfPageLayout } from './pdfPages';

/** A page preset: a slide, A4 or A3 landscape, or a page as large as the map. */
export type Paper = PagePreset;

export interface PdfExportOptions
  extends Omit<JourneyDrawingOptions, 'measureText' | 'background' | 'includeTitle' | 'includeDate'>, PdfFontOptions {
  paper: Paper;
  /** Print the project name at the top of every page (default true); its description goes under it on the first. */
  includeTitle?: boolean;
  /** Print `date` under the title. */
  includeDate?: boolean;
  /** The language of the words drawn on the pages ("Page 1 of 4"); default `language`. */
  drawnLanguage?: ExportLanguage;
  /** Smallest step-title size in pt before the map is tiled across pages instead (default MIN_TITLE_PT). */
  minTitlePt?: number;
  /** Pages appended after the map, drawn by the caller (the insights page): each gets the title line and its number. */
  extraPages?: (ctx: ExtraPageContext) => DrawItem[][];
}

/** What an appended page's drawer is given: the page's size and the area to draw in (pt = px 1:1). */
export interface ExtraPageContext {
  width: number;
  height: number;
  measure: JourneyDrawingOptions['measureText'];
}

export interface PdfExport {
  pdf: Uint8Array;
  warnings: string[];
  /** How many pages the map took (the appended pages not counted). */
  mapPages: number;
  /** Pages across: the map's pages run left to right, then down, this many to a row. */
  tileColumns: number;
}

/**
 * The distinct characters the page may draw, for subsetting: the laid-out lines, and the
 * full names and titles too, since a layout in other metrics may cut them elsewhere.
 */
function pageCharacters(project: Project, lines: string[]): string {
  const chars = new Set<string>(ELLIPSIS);
  const add = (text: string) => {
    for (const ch of text) chars.add(ch);
  };
  lines.forEach(add);
  project.steps.forEach((s) => add(s.title));
  project.stages.forEach((s) => add(s.name));
  project.lanes.forEach((l) => add(l.name));
  project.flows.forEach((f) => add(f.label));
  return [...chars].join('');
}

/**
 * Draw a journey map as a landscape PDF: on one page when it fits at a readable size, else
 * tiled across pages (stage headers repeated, "page n of m", neighbouring tiles overlapping),
 * optionally followed by the caller's extra pages (the insights page).
 *
 * @example
 * const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A4', includeLegend: true, fontBytes });
 */
export async function renderJourneyPdf(project: Project, options: PdfExportOptions): Promise<PdfExport> {
  if (!(PAGE_PRESETS_SET as Set<string>).has(options.paper))
    throw new RangeError(`Unknown paper size: ${String(options.paper)}`);
  const theme = options.theme ?? DEFAULT_THEME;
  const text = options.language ?? exportLanguage();
  const drawn = options.drawnLanguage ?? text;
  const includeTitle = options.includeTitle ?? true;
  // No clock reads: creation dates would make identical exports differ.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(project.name, { showInWindowTitleBar: true });
  doc.setCreator('Touchmap');
  doc.setProducer('Touchmap (pdf-lib)');
  const fonts = await PdfFonts.create(doc);
  const layout = () =>
    buildJourneyDrawing(project, {
      ...options,
      measureText: fonts.measure,
      background: 'transparent',
      includeTitle: false,
      includeDescription: options.includeDescription ?? includeTitle,
      includeDate: false,
    });
  let drawing = layout();
  const extraPages = (w: number, h: number) =>
    options.extraPages?.({ width: w, height: h, measure: fonts.measure }) ?? [];
  // Page words at their widest ("Page 88 of 88") and every digit, for the fonts to cover.
  const pageWords = drawn.t('deliverable.pdf.pageOf', { page: 88, pages: 88 }) + '0123456789';
  const extraTexts = () => extraPages(PAGE_SIZES.A4.width, PAGE_SIZES.A4.height).flatMap((p) => [...drawingTexts(p)]);
  const texts = [project.name, options.date ?? '', pageWords, ...drawingTexts(drawing.items), ...extraTexts()];
  if ((options.loadFonts || options.fontBytes) && !fonts.standardCovers(texts)) {
    // Some text needs a Unicode font: embed it and lay out again in its metrics.
    if (options.loadFonts) await fonts.addSubsetFaces(await options.loadFonts(pageCharacters(project, texts)));
    else await fonts.addUnicodeFont(options);
    drawing = layout();
  }
  const { header, contentTop, pageWidth, pageHeight, plan } = pdfPageLayout(project, drawing, {
    ...options,
    theme,
    includeTitle,
    measure: fonts.measure,
  });
  const M = PDF_MARGIN;
  const areaWidth = pageWidth - 2 * M;
  const extras = extraPages(pageWidth, pageHeight);
  const pageCount = plan.tiles.length + extras.length;
  const s = plan.scale;
  const cullIndex = new WeakMap();
  const writers: PdfPageWriter[] = [];

  const startPage = (n: number) => {
    const page = doc.addPage([pageWidth, pageHeight]);
    const writer = new PdfPageWriter(page, fonts);
    writers.push(writer);
    if (theme.background.toLowerCase() !== '#ffffff') {
      writer.draw([{ type: 'rect', x: 0, y: 0, width: pageWidth, height: pageHeight, fill: theme.background }], {
        left: 0,
        top: pageHeight,
        scale: 1,
      });
    }
    const top: DrawItem[] = [...header];
    if (pageCount > 1) top.push(pageNumberItem(drawn, n, pageCount, pageWidth, pageHeight, theme));
    if (top.length) writer.draw(top, { left: 0, top: pageHeight, scale: 1 });
    return writer;
  };

  plan.tiles.forEach((tile: Tile, i) => {
    const writer = startPage(i + 1);
    if (plan.tiles.length === 1) {
      // One page: the whole map, centred across the page.
      const left = M + (areaWidth - drawing.width * s) / 2;
      writer.draw(drawing.items, { left, top: pageHeight - contentTop, scale: s });
      return;
    }
    let top = contentTop;
    const left = M - tile.x * s;
    const strip = drawing.stageHeaders;
    const headers = strip ? headersForTile(strip.items, tile.x) : [];
    if (tile.repeatHeaders && strip) {
      // The stage headers of the columns this page shows, over the tile.
      writer.clip(M, pageHeight - top - strip.height * s, tile.width * s, strip.height * s);
      writer.draw(headers, { left, top: pageHeight - top + strip.y * s, scale: s });
      writer.unclip();
      top += strip.height * s;
    }
    writer.clip(M, pageHeight - top - tile.height * s, tile.width * s, tile.height * s);
    const tileTop = pageHeight - top + tile.y * s;
    writer.draw(cullItems(drawing.items, tile, cullIndex), { left, top: tileTop, scale: s });
    // The map's own header band on the first row of pages: drawn again with each stage's name moved onto the page.
    if (!tile.repeatHeaders && strip && tile.y <= strip.y) writer.draw(headers, { left, top: tileTop, scale: s });
    writer.unclip();
  });
  extras.forEach((items, i) => {
    const writer = startPage(plan.tiles.length + i + 1);
    writer.draw(items, { left: PDF_MARGIN, top: pageHeight - contentTop, scale: 1 });
  });
  for (const writer of writers) writer.finish(doc);
  const replaced = writers.flatMap((w) => w.stats.replaced);

  const warnings = [...drawing.warnings];
  const points = (v: number) => formatNumber(text.lng, v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = formatNumber(text.lng, s, { style: 'percent', maximumFractionDigits: 0 });
  if (plan.tiles.length > 1) {
    warnings.push(
      text.t('deliverable.pdf.tiled', { count: plan.tiles.length, percent, points: points(STEP_TITLE_PX * s) }),
    );
  } else if (STEP_TITLE_PX * s < MIN_READABLE_TITLE_PT) {
    warnings.push(text.t('exportText.pdfShrunk', { percent, paper: options.paper, points: points(STEP_TITLE_PX * s) }));
  }
  if (replaced.length) {
    warnings.push(
      `${text.t('exportText.pdfReplaced', { count: replaced.length, sample: replaced[0].slice(0, 40) })} ` +
        text.t(fonts.hasUnicodeFont ? 'exportText.pdfFontLacks' : 'exportText.pdfSupplyFont'),
    );
  }
  return { pdf: await doc.save(), warnings, mapPages: plan.tiles.length, tileColumns: plan.columns };
}

const PAGE_PRESETS_SET = new Set<string>(['slide', 'A4', 'A3', 'map']);
