/**
 * Builds the bytes of every export format from the document. Images come from
 * the one drawing in shared/formats (SVG string; PNG rasterised from it; PDF
 * from the same display list); reports are plain text. Every fixed text is
 * written in the export's language (the one chosen, else the app's).
 *
 * This module and the drawing are loaded when the first export (or the export
 * dialog's preview) needs them; pdf-lib and fontkit only when a PDF is built.
 */
import { contactMomentsCsv } from '../../shared/formats/csv';
import { markdownReport } from '../../shared/formats/markdown';
import { projectToMermaid } from '../../shared/formats/mermaid';
import type { SubsetFontFace } from '../../shared/formats/pdfFonts';
import { fitScale, renderJourneySvg, type Lens as DrawingLens } from '../../shared/formats/svg';
import { buildJourneyDrawing } from '../../shared/formats/drawing/buildDrawing';
import { DRAWING_THEMES } from '../../shared/formats/drawing/theme';
import { shownRows } from '../../shared/model/rows';
import { personaView } from '../../shared/analysis/personas';
import { PDF_MARGIN, pdfPageLayout } from '../../shared/formats/pdfPages';
import { drawInsightsPage } from '../../shared/formats/drawing/insightsPage';
import { pdfPageSvg } from '../../shared/formats/pdfPreview';
import { projectWithState, type Project } from '../../shared/model';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { exportLanguage, type ExportLanguage } from '../../shared/formats/exportLanguage';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { drawingLabels } from '../../shared/i18n/labels';
import { formatDate } from '../../shared/i18n/format';
import type { Lens } from '../state/documentStore';
import { measureText } from './measureText';
import { svgToPng } from './rasterize';
import { EXTENSIONS, type ExportChoices } from './choices';

// The choices live in ./choices.ts (light, for the dialog and the store); re-exported for callers of this module.
export { DEFAULT_CHOICES, EXPORT_KINDS, EXTENSIONS, IMAGE_KINDS } from './choices';
export type { ExportChoices, ExportKind } from './choices';

export interface ExportContext {
  selection: string[];
  lens: Lens;
  lensSense: 'sight' | 'hearing' | 'smell' | 'taste' | 'touch';
  /** Fonts cut down to the given characters, for PDF text beyond Western European (ő, č, CJK...). */
  loadPdfFonts?: (text: string) => Promise<SubsetFontFace[]>;
  now?: Date;
  /** The app's language, which the file is written in when the choices say 'ui' (English if not given). */
  uiLanguage?: Language;
  /** The persona the journey is shown as (the persona filter): pictures, insights and reports follow it. */
  persona?: string | null;
}

export interface ExportOutput {
  data: Uint8Array | string;
  extension: string;
  warnings: string[];
}

function drawingLens(ctx: ExportContext): DrawingLens {
  return ctx.lens === 'sense' ? { sense: ctx.lensSense } : ctx.lens;
}

/** The language the file is written in: the one chosen, or the app's. */
export function exportTextFor(choices: ExportChoices, ctx: ExportContext): ExportLanguage {
  return exportLanguage(choices.language === 'ui' ? (ctx.uiLanguage ?? DEFAULT_LANGUAGE) : choices.language);
}

/** The app's language: warnings are shown in the app, so they are in its language. */
const uiText = (ctx: ExportContext) => exportLanguage(ctx.uiLanguage ?? DEFAULT_LANGUAGE);

function drawingOptions(project: Project, choices: ExportChoices, ctx: ExportContext) {
  const text = exportTextFor(choices, ctx);
  const scope = choices.scope === 'selection' && ctx.selection.length ? { stepIds: ctx.selection } : ('all' as const);
  return {
    measureText,
    scope,
    background: choices.background,
    includeTitle: choices.includeTitle,
    includeLegend: choices.includeLegend,
    includeDate: choices.includeDate,
    date: text.t('exportText.dated', { date: formatDate(text.lng, ctx.now ?? new Date()) }),
    lens: drawingLens(ctx),
    page: choices.format === 'pdf' ? choices.paper : choices.frame,
    rows: choices.rows ?? shownRows(project),
    theme: DRAWING_THEMES[choices.theme],
    // Drawn words in the export's language; warnings in the app's.
    labels: drawingLabels(text.t, text.lng),
    language: uiText(ctx),
    embedProject: true,
    // Pictures are drawn as the chosen persona lives the journey; the project travels inside unchanged.
    persona: ctx.persona ?? null,
  };
}

/** Pixel size a PNG would have, and the scale actually used (large maps are scaled down). */
export function previewSize(document: Project, choices: ExportChoices, context: ExportContext) {
  const [project, , ctx] = forState(document, choices, context);
  const { width, height } = renderJourneySvg(project, {
    ...drawingOptions(project, choices, ctx),
    embedProject: false,
  });
  return fitScale(width, height, choices.scale, uiText(ctx));
}

/** What the export dialog's thumbnail shows: the picture (for a PDF its first page) as SVG, and how many pages. */
export interface Thumbnail {
  svg: string;
  width: number;
  height: number;
  pages: number;
  /** PDF: pt per px the map is drawn at (below 1 when it is scaled down or tiled). */
  scale: number;
}

/** The thumbnail of what `buildExport` would write, or null for formats that are not pictures. */
export function thumbnail(document: Project, choices: ExportChoices, context: ExportContext): Thumbnail | null {
  const [project, , ctx] = forState(document, choices, context);
  const opts = drawingOptions(project, choices, ctx);
  if (choices.format === 'png' || choices.format === 'svg') {
    const out = renderJourneySvg(project, { ...opts, embedProject: false });
    return { svg: out.svg, width: out.width, height: out.height, pages: 1, scale: 1 };
  }
  if (choices.format !== 'pdf') return null;
  const text = exportTextFor(choices, ctx);
  const drawing = buildJourneyDrawing(project, {
    ...opts,
    background: 'transparent',
    includeTitle: false,
    includeDescription: choices.includeTitle,
    includeDate: false,
  });
  const layout = pdfPageLayout(project, drawing, {
    paper: choices.paper,
    includeTitle: choices.includeTitle,
    includeDate: choices.includeDate,
    date: opts.date,
    theme: opts.theme,
    measure: measureText,
  });
  const pages = layout.plan.tiles.length + (choices.insightsPage ? 1 : 0);
  return {
    svg: pdfPageSvg(drawing, layout, 0, { text, pageCount: pages, theme: opts.theme }),
    width: layout.pageWidth,
    height: layout.pageHeight,
    pages,
    scale: layout.plan.scale,
  };
}

export async function buildExport(
  document: Project,
  choices: ExportChoices,
  ctx: ExportContext,
): Promise<ExportOutput> {
  const extension = EXTENSIONS[choices.format];
  if ((choices.format === 'md' || choices.format === 'html') && choices.comparison) {
    const { comparisonHtml, comparisonMarkdown } = await import('../../shared/formats/compareReport');
    const { a, b } = choices.comparison;
    const text = exportTextFor(choices, ctx);
    const write = choices.format === 'html' ? comparisonHtml : comparisonMarkdown;
    return { data: write(document, a, b, text), extension, warnings: [] };
  }
  return buildJourneyExport(...forState(document, choices, ctx));
}

/**
 * The project with the chosen journey state in its top-level fields (format 4). The selection
 * names steps of the state being edited, so another state is exported whole.
 */
export function forState(
  document: Project,
  choices: ExportChoices,
  ctx: ExportContext,
): [Project, ExportChoices, ExportContext] {
  const project = choices.state ? projectWithState(document, choices.state) : document;
  return project === document ? [project, choices, ctx] : [project, choices, { ...ctx, selection: [] }];
}

async function buildJourneyExport(project: Project, choices: ExportChoices, ctx: ExportContext): Promise<ExportOutput> {
  const extension = EXTENSIONS[choices.format];
  switch (choices.format) {
    case 'svg': {
      const out = renderJourneySvg(project, drawingOptions(project, choices, ctx));
      return { data: out.svg, extension, warnings: out.warnings };
    }
    case 'png': {
      const out = renderJourneySvg(project, drawingOptions(project, choices, ctx));
      const fitted = fitScale(out.width, out.height, choices.scale, uiText(ctx));
      const png = await svgToPng(out.svg, out, fitted.scale, {
        transparent: choices.background === 'transparent',
        embed: serializeProject(project),
      });
      return { data: png, extension, warnings: [...out.warnings, ...(fitted.warning ? [fitted.warning] : [])] };
    }
    case 'pdf': {
      const opts = drawingOptions(project, choices, ctx);
      const { renderJourneyPdf } = await import('../../shared/formats/pdf');
      const out = await renderJourneyPdf(project, {
        paper: choices.paper,
        rows: opts.rows,
        theme: opts.theme,
        drawnLanguage: exportTextFor(choices, ctx),
        extraPages: choices.insightsPage
          ? ({ width, height, measure }) => [
              drawInsightsPage(personaView(project, ctx.persona), {
                width: width - 2 * PDF_MARGIN,
                height,
                measure,
                text: exportTextFor(choices, ctx),
                theme: opts.theme,
              }),
            ]
          : undefined,
        scope: opts.scope,
        includeTitle: choices.includeTitle,
        includeLegend: choices.includeLegend,
        includeDate: choices.includeDate,
        date: opts.date,
        lens: opts.lens,
        language: opts.language,
        labels: opts.labels,
        persona: opts.persona,
        loadFonts: ctx.loadPdfFonts,
      });
      return { data: out.pdf, extension, warnings: out.warnings };
    }
    case 'html': {
      const { renderJourneyHtml } = await import('../../shared/formats/html');
      const out = renderJourneyHtml(project, {
        ...drawingOptions(project, choices, ctx),
        text: exportTextFor(choices, ctx),
        includeComments: choices.includeComments,
      });
      return { data: out.html, extension, warnings: out.warnings };
    }
    case 'csv':
      return {
        data: contactMomentsCsv(personaView(project, ctx.persona), exportTextFor(choices, ctx)),
        extension,
        warnings: [],
      };
    case 'md':
      return {
        data: markdownReport(personaView(project, ctx.persona), exportTextFor(choices, ctx), {
          comments: choices.includeComments,
        }),
        extension,
        warnings: [],
      };
    case 'mermaid':
      return {
        data: projectToMermaid(personaView(project, ctx.persona), exportTextFor(choices, ctx)),
        extension,
        warnings: [],
      };
  }
}
