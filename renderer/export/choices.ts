import type { PagePreset } from '../../shared/formats/drawing/pages';
import type { ExportLanguageChoice } from '../../shared/ipc';
import type { RowKind } from '../../shared/model';

/** The export formats and choices: what the dialog and the export store need, without the drawing (./buildExport.ts). */
export const EXPORT_KINDS = ['png', 'svg', 'pdf', 'html', 'csv', 'md', 'mermaid'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const IMAGE_KINDS: readonly ExportKind[] = ['png', 'svg', 'pdf'];
/** The formats the comparison of two journey states is written in (shared/formats/compareReport.ts). */
export const COMPARISON_KINDS: readonly ExportKind[] = ['md', 'html'];
/** The formats that can list the comment threads (the pictures do not draw them). */
export const COMMENT_KINDS: readonly ExportKind[] = ['md', 'html'];

export const EXTENSIONS: Record<ExportKind, string> = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  html: 'html',
  csv: 'csv',
  md: 'md',
  mermaid: 'mmd',
};

/** The catalogue keys of a format's name: in the dialog's list, and in the progress line. */
export function formatNameKeys(kind: ExportKind): { option: string; status: string } {
  // The HTML map's words live in its own area of the catalogue (viewer).
  if (kind === 'html') return { option: 'viewer.format', status: 'viewer.formatShort' };
  return { option: `exportDialog.formats.${kind}`, status: `exportStatus.formats.${kind}` };
}

export interface ExportChoices {
  format: ExportKind;
  scale: number;
  scope: 'all' | 'selection';
  background: 'white' | 'transparent';
  includeTitle: boolean;
  includeLegend: boolean;
  includeDate: boolean;
  /** PDF: the page (a map too large at a readable size is tiled). */
  paper: PagePreset;
  /**
   * PNG/SVG: the picture's proportions. Its own default (the map's own size), apart from the PDF's
   * paper: padding a wide journey to A4 makes a picture mostly of blank margin, five times the pixels.
   */
  frame: PagePreset;
  /** The journey-map rows drawn under the steps, in order; null = the project's shown rows. Not remembered across projects. */
  rows: RowKind[] | null;
  /** PDF: end with a page of the insights (charts and tables). */
  insightsPage: boolean;
  /** The export's colours; exports stay light unless chosen. */
  theme: 'light' | 'dark';
  /** The language the file is written in: 'ui' follows the app's language at export time. */
  language: ExportLanguageChoice;
  /** The journey state exported (format 4); null = the one being edited. Not remembered across projects. */
  state: string | null;
  /** Markdown or HTML: the comment threads too (the HTML page in its header and step panels). Off unless chosen. */
  includeComments: boolean;
  /** Markdown or HTML only: instead of the journey, the comparison of state `a` (before) with `b` (after). */
  comparison?: { a: string; b: string } | null;
}

export const DEFAULT_CHOICES: ExportChoices = {
  format: 'png',
  scale: 2,
  scope: 'all',
  background: 'white',
  includeTitle: true,
  includeLegend: true,
  includeDate: true,
  paper: 'A4',
  frame: 'map',
  rows: null,
  insightsPage: false,
  includeComments: false,
  theme: 'light',
  language: 'ui',
  state: null,
  comparison: null,
};
