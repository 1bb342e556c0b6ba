import type { ExportLanguageChoice } from '../../shared/ipc';

/** The export formats and choices: what the dialog and the export store need, without the drawing (./buildExport.ts). */
export const EXPORT_KINDS = ['png', 'svg', 'pdf', 'csv', 'md', 'mermaid'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const IMAGE_KINDS: readonly ExportKind[] = ['png', 'svg', 'pdf'];

export const EXTENSIONS: Record<ExportKind, string> = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  csv: 'csv',
  md: 'md',
  mermaid: 'mmd',
};

export interface ExportChoices {
  format: ExportKind;
  scale: number;
  scope: 'all' | 'selection';
  background: 'white' | 'transparent';
  includeTitle: boolean;
  includeLegend: boolean;
  includeDate: boolean;
  paper: 'A4' | 'A3';
  /** The language the file is written in: 'ui' follows the app's language at export time. */
  language: ExportLanguageChoice;
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
  language: 'ui',
};
