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
import { ELLIPSIS, wrapText } from './drawing/textWrap';
import { DEFAULT_THEME } from './drawing/theme';
import type { DrawItem } from './drawing/displayList';
import { PdfPageWriter, drawingTexts } from './pdfDrawing';
import { PdfFonts } from './pdfFonts';
import type { PdfFontOptions } from './pdfFonts';
import { formatNumber } from '../i18n/format';
import { exportLanguage } from './exportLanguage';

/** Landscape page sizes in PDF points (1/72 in). */
export const PAPER_SIZES = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
} as const;

export type Paper = keyof typeof PAPER_SIZES;

/** 10 mm. */
export const PDF_MARGIN = 28.35;
const TITLE_SIZE = 16;
const DATE_SIZE = 9;
/** Below this many points, 13 px step titles get hard to read on paper; the export says so. */
const MIN_READABLE_TITLE_PT = 5;

export interface PdfExportOptions
  extends Omit<JourneyDrawingOptions, 'measureText' | 'background' | 'includeTitle' | 'includeDate'>, PdfFontOptions {
  paper: Paper;
  /** Print the project name at the top of the page (default true). */
  includeTitle?: boolean;
  /** Print `date` under the title. */
  includeDate?: boolean;
}

export interface PdfExport {
  pdf: Uint8Array;
  warnings: string[];
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
 * Draw a journey map as a one-page landscape PDF.
 *
 * @example
 * const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A4', includeLegend: true, fontBytes });
 */
export async function renderJourneyPdf(project: Project, options: PdfExportOptions): Promise<PdfExport> {
  const paper = PAPER_SIZES[options.paper];
  if (!paper) throw new RangeError(`Unknown paper size: ${String(options.paper)}`);
  const theme = options.theme ?? DEFAULT_THEME;
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
      includeDate: false,
    });
  let drawing = layout();
  const texts = [project.name, options.date ?? '', ...drawingTexts(drawing.items)];
  if ((options.loadFonts || options.fontBytes) && !fonts.standardCovers(texts)) {
    // Some text needs a Unicode font: embed it and lay out again in its metrics.
    if (options.loadFonts) await fonts.addSubsetFaces(await options.loadFonts(pageCharacters(project, texts)));
    else await fonts.addUnicodeFont(options);
    drawing = layout();
  }
  const page = doc.addPage([paper.width, paper.height]);
  const writer = new PdfPageWriter(page, fonts);
  const M = PDF_MARGIN;

  // The header, in points from the page's top-left.
  const header: DrawItem[] = [];
  let y = M;
  if (options.includeTitle ?? true) {
    const lines = wrapText(project.name, {
      maxWidth: paper.width - 2 * M,
      maxLines: 2,
      fontSize: TITLE_SIZE,
      fontWeight: 700,
      measure: fonts.measure,
    });
    for (const line of lines) {
      y += TITLE_SIZE * 1.2;
      header.push({
        type: 'text',
        x: M,
        y,
        lines: [line],
        lineHeight: TITLE_SIZE,
        fontSize: TITLE_SIZE,
        fontWeight: 700,
        fill: theme.text,
        anchor: 'start',
      });
    }
  }
  if (options.includeDate && options.date) {
    const [line] = wrapText(options.date, {
      maxWidth: paper.width - 2 * M,
      maxLines: 1,
      fontSize: DATE_SIZE,
      fontWeight: 400,
      measure: fonts.measure,
    });
    if (line) {
      y += DATE_SIZE * 1.6;
      header.push({
        type: 'text',
        x: M,
        y,
        lines: [line],
        lineHeight: DATE_SIZE,
        fontSize: DATE_SIZE,
        fontWeight: 400,
        fill: theme.mutedText,
        anchor: 'start',
      });
    }
  }
  if (header.length) {
    writer.draw(header, { left: 0, top: paper.height, scale: 1 });
    y += 10;
  }

  const availableWidth = paper.width - 2 * M;
  const availableHeight = paper.height - y - M;
  // Never enlarge past 1 pt per px: a small map stays at its natural size instead of filling the page with huge text.
  const scale = Math.min(availableWidth / drawing.width, availableHeight / drawing.height, 1);
  const left = M + (availableWidth - drawing.width * scale) / 2;
  writer.draw(drawing.items, { left, top: paper.height - y, scale });
  writer.finish(doc);
  const stats = writer.stats;

  const warnings = [...drawing.warnings];
  const text = options.language ?? exportLanguage();
  if (13 * scale < MIN_READABLE_TITLE_PT) {
    warnings.push(
      text.t('exportText.pdfShrunk', {
        percent: formatNumber(text.lng, scale, { style: 'percent', maximumFractionDigits: 0 }),
        paper: options.paper,
        points: formatNumber(text.lng, 13 * scale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      }),
    );
  }
  if (stats.replaced.length) {
    warnings.push(
      `${text.t('exportText.pdfReplaced', { count: stats.replaced.length, sample: stats.replaced[0].slice(0, 40) })} ` +
        text.t(fonts.hasUnicodeFont ? 'exportText.pdfFontLacks' : 'exportText.pdfSupplyFont'),
    );
  }
  return { pdf: await doc.save(), warnings };
}
