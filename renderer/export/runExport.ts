import type { SubsetFontFace } from '../../shared/formats/pdfFonts';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { useFilters } from '../state/filters';
import { filterPersona } from '../../shared/analysis/filters';
import { DEFAULT_CHOICES, formatNameKeys, type ExportChoices } from './choices';
import { exposeExportBuilder } from '../probe';

/** The export builder and the drawing, loaded on first use (their own chunk). */
export const loadBuilder = () => import('./buildExport');

// For `npm run bench`: time building an export of the open project (no dialog, no disk); the
// first call includes loading the builder.
exposeExportBuilder(async (format, scale, language) => {
  const doc = useDocument.getState();
  // i18n-ignore: the bench's probe, never shown to a user
  if (!doc.project) throw new Error('no project open');
  const started = performance.now();
  const { buildExport } = await loadBuilder();
  await buildExport(
    doc.project,
    {
      ...DEFAULT_CHOICES,
      format: format as ExportChoices['format'],
      scale,
      ...(language ? { language: language as ExportChoices['language'] } : {}),
    },
    {
      selection: [],
      lens: doc.lens,
      lensSense: doc.lensSense,
      loadPdfFonts,
      uiLanguage: currentLanguage(),
    },
  );
  return performance.now() - started;
});
import { useExport } from './exportStore';
import i18n, { currentLanguage } from '../i18n';

/** The PDF's fonts, subset by main to the characters the page draws (asked only when Helvetica cannot show some). */
export async function loadPdfFonts(text: string): Promise<SubsetFontFace[]> {
  const fonts = await api().getPdfFont({ text });
  if (!fonts.ok) throw new Error(fonts.error);
  return fonts.value;
}

/** A file name from the project name: letters, digits, spaces, dashes. */
export function suggestedFileName(name: string, extension: string): string {
  const base =
    name
      .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, ' ') || i18n.t('exportStatus.defaultFileName');
  return `${base.slice(0, 80)}.${extension}`;
}

/**
 * Build the file in the renderer, then hand the bytes to main, which asks where and writes them.
 * Progress and outcome are in the app's language; the file in the export's (chosen or the app's).
 */
export async function runExport(choices: ExportChoices): Promise<void> {
  const doc = useDocument.getState();
  const project = doc.project;
  const store = useExport.getState();
  if (!project || store.running) return;
  store.setRunning(i18n.t('exportStatus.running', { format: i18n.t(formatNameKeys(choices.format).status) }));
  store.setResult(null);
  try {
    const { buildExport } = await loadBuilder();
    const out = await buildExport(project, choices, {
      selection: doc.selection.stepIds,
      lens: doc.lens,
      lensSense: doc.lensSense,
      loadPdfFonts,
      uiLanguage: currentLanguage(),
      persona: filterPersona(useFilters.getState().filters),
    });
    const saved = await api().saveExport({
      format: choices.format,
      suggestedName: suggestedFileName(project.name, out.extension),
      // A copy on a plain ArrayBuffer: what IPC's structured clone and the schema expect.
      data: typeof out.data === 'string' ? out.data : new Uint8Array(out.data),
    });
    if (!saved.ok) store.setResult({ ok: false, message: saved.error, warnings: out.warnings });
    else if (saved.value === null) store.setResult(null);
    else
      store.setResult({
        ok: true,
        message: i18n.t('exportStatus.exported', { path: saved.value.path }),
        warnings: out.warnings,
      });
  } catch (error) {
    store.setResult({
      ok: false,
      message: i18n.t('exportStatus.failed', { reason: error instanceof Error ? error.message : String(error) }),
      warnings: [],
    });
  } finally {
    useExport.getState().setRunning(null);
  }
}
