/**
 * The pages of the PDF export without pdf-lib: their size, the title block and the
 * scale and tiles of the map (pdf.ts writes them; the export dialog's thumbnail draws
 * the first one from the same layout).
 */
import type { Project } from '../model/types';
import type { Drawing, DrawItem, TextItem } from './drawing/displayList';
import { PAGE_SIZES, TILE_OVERLAP, planTiles, type PagePreset, type TilePlan } from './drawing/pages';
import type { MeasureText } from './drawing/textWrap';
import { wrapText } from './drawing/textWrap';
import { DEFAULT_THEME, type DrawingTheme } from './drawing/theme';
import type { ExportLanguage } from './exportLanguage';
import { formatNumber } from '../i18n/format';

type Paper = PagePreset;

/** 10 mm. */
export const PDF_MARGIN = 28.35;
export const TITLE_SIZE = 16;
const DATE_SIZE = 9;
/** Step titles are drawn at 13 px; tiles are drawn so they print at least this large (pt). */
export const MIN_TITLE_PT = 7;
export const STEP_TITLE_PX = 13;
/** The largest page side a PDF reader accepts (200 in). */
const MAX_PAGE_SIDE = 14400;

/** Below this many points a single page's titles are hard to read (only the map's own size can get there). */
export const MIN_READABLE_TITLE_PT = 5;

export interface PdfPageLayout {
  /** The title block (name, date), pt from the page's top-left, drawn on every page. */
  header: TextItem[];
  /** Where the map starts, pt from the page's top. */
  contentTop: number;
  pageWidth: number;
  pageHeight: number;
  plan: TilePlan;
}

/**
 * The pages a drawing takes: their size, the title block, and the scale and tiles of the map.
 * The PDF writer and the export dialog's thumbnail both use it, so the thumbnail shows the page written.
 */
export function pdfPageLayout(
  project: Project,
  drawing: Drawing,
  options: {
    paper: Paper;
    includeTitle?: boolean;
    includeDate?: boolean;
    date?: string;
    theme?: DrawingTheme;
    minTitlePt?: number;
    measure: MeasureText;
  },
): PdfPageLayout {
  const theme = options.theme ?? DEFAULT_THEME;
  const M = PDF_MARGIN;
  const header: TextItem[] = [];
  let headerBottom = M;
  if (options.includeTitle ?? true) {
    const lines = wrapText(project.name, {
      maxWidth:
        (options.paper === 'map' ? Math.max(drawing.width, 480) : PAGE_SIZES[options.paper].width) - 2 * M - 120,
      maxLines: 2,
      fontSize: TITLE_SIZE,
      fontWeight: 700,
      measure: options.measure,
    });
    for (const line of lines) {
      headerBottom += TITLE_SIZE * 1.2;
      header.push(textItem(M, headerBottom, line, TITLE_SIZE, 700, theme.text));
    }
  }
  if (options.includeDate && options.date) {
    const [line] = wrapText(options.date, {
      maxWidth: 480,
      maxLines: 1,
      fontSize: DATE_SIZE,
      fontWeight: 400,
      measure: options.measure,
    });
    if (line) {
      headerBottom += DATE_SIZE * 1.6;
      header.push(textItem(M, headerBottom, line, DATE_SIZE, 400, theme.mutedText));
    }
  }
  const contentTop = header.length ? headerBottom + 10 : M;
  let pageWidth: number;
  let pageHeight: number;
  if (options.paper === 'map') {
    // The map at 1 pt per px (shrunk only past the largest page a reader opens).
    const fit = Math.min(1, (MAX_PAGE_SIDE - 2 * M) / drawing.width, (MAX_PAGE_SIDE - contentTop - M) / drawing.height);
    pageWidth = Math.max(drawing.width * fit + 2 * M, 360);
    pageHeight = drawing.height * fit + contentTop + M;
  } else ({ width: pageWidth, height: pageHeight } = PAGE_SIZES[options.paper]);
  const plan = planTiles({
    width: drawing.width,
    height: drawing.height,
    areaWidth: pageWidth - 2 * M,
    areaHeight: pageHeight - contentTop - M,
    headerStrip: drawing.stageHeaders ? { y: drawing.stageHeaders.y, height: drawing.stageHeaders.height } : null,
    overlap: TILE_OVERLAP,
    // A page of the map's own size never tiles.
    minScale: options.paper === 'map' ? 0 : (options.minTitlePt ?? MIN_TITLE_PT) / STEP_TITLE_PX,
  });
  return { header, contentTop, pageWidth, pageHeight, plan };
}

/** The page number line, top right: "Page 2 of 5" in the drawn language. */
export function pageNumberItem(
  text: ExportLanguage,
  page: number,
  pages: number,
  pageWidth: number,
  pageHeight: number,
  theme: DrawingTheme,
): TextItem {
  const words = text.t('deliverable.pdf.pageOf', {
    page: formatNumber(text.lng, page),
    pages: formatNumber(text.lng, pages),
  });
  return {
    // Bottom right, in the margin under the map: on the title's line a PDF reader (and pdftotext) runs the two together.
    ...textItem(pageWidth - PDF_MARGIN, pageHeight - PDF_MARGIN * 0.4, words, DATE_SIZE + 1, 400, theme.mutedText),
    anchor: 'end',
  };
}

export function textItem(x: number, y: number, line: string, size: number, weight: 400 | 700, fill: string): TextItem {
  return {
    type: 'text',
    x,
    y,
    lines: [line],
    lineHeight: size,
    fontSize: size,
    fontWeight: weight,
    fill,
    anchor: 'start',
  };
}

/**
 * The stage header strip for a tile starting at `tileX` (drawing px): a stage that begins left
 * of the page but reaches well into it has its name moved to the page's left edge, so every
 * page names the stages it shows.
 */
export function headersForTile(items: readonly DrawItem[], tileX: number): DrawItem[] {
  return items.map((outer) => {
    if (outer.type !== 'group') return outer;
    const left = tileX - (outer.translate?.x ?? 0);
    return {
      ...outer,
      items: outer.items.map((stage) => {
        if (stage.type !== 'group' || stage.role !== 'stage') return stage;
        const band = stage.items.find((i) => i.type === 'rect');
        if (!band || band.type !== 'rect' || band.x >= left || band.x + band.width < left + 80) return stage;
        return {
          ...stage,
          items: stage.items.map((i) => (i.type === 'text' ? { ...i, x: Math.max(i.x, left + 12) } : i)),
        };
      }),
    };
  });
}
