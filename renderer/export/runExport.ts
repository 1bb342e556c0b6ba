import type { Project } from '../../shared/model';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { DEFAULT_CHOICES, type ExportChoices } from './choices';
import { exposeExportBuilder } from '../probe';

/** The export builder and the drawing, loaded on first use (their own chunk). */
export const loadBuilder = () => import('./buildExport');

// For `npm run bench`: time building an export of the open project (no dialog, no disk); the
// first call includes loading the builder.
exposeExportBuilder(async (format, scale) => {
  const doc = useDocument.getState();
  if (!doc.project) throw new Error('no project open');
  const started = performance.now();
  const { buildExport } = await loadBuilder();
  await buildExport(
    doc.project,
    { ...DEFAULT_CHOICES, format: format as ExportChoices['format'], scale },
    {
      selection: [],
      lens: doc.lens,
      lensSense: doc.lensSense,
    },
  );
  return performance.now() - started;
});
import { useExport } from './exportStore';

const LABELS: Record<ExportChoices['format'], string> = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF',
  csv: 'CSV report',
  md: 'Markdown report',
  mermaid: 'Mermaid journey',
};

/** True when some text is outside Windows-1252 (what the PDF's built-in Helvetica covers). */
export function needsUnicodeFont(project: Project): boolean {
  // eslint-disable-next-line no-control-regex
  const beyond = /[^\u0000-\u00ff\u20ac\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122]/;
  return (
    beyond.test(project.name) ||
    project.steps.some((s) => beyond.test(s.title)) ||
    project.stages.some((s) => beyond.test(s.name)) ||
    project.lanes.some((l) => beyond.test(l.name)) ||
    project.flows.some((f) => beyond.test(f.label))
  );
}

/** A file name from the project name: letters, digits, spaces, dashes. */
export function suggestedFileName(name: string, extension: string): string {
  const base =
    name
      .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, ' ') || 'journey';
  return `${base.slice(0, 80)}.${extension}`;
}

/** Build the file in the renderer, then hand the bytes to main, which asks where and writes them. */
export async function runExport(choices: ExportChoices): Promise<void> {
  const doc = useDocument.getState();
  const project = doc.project;
  const store = useExport.getState();
  if (!project || store.running) return;
  store.setRunning(`Exporting ${LABELS[choices.format]}…`);
  store.setResult(null);
  try {
    // The Unicode font is large: fetched only when the map has text Helvetica cannot show.
    const font = choices.format === 'pdf' && needsUnicodeFont(project) ? await api().getPdfFont() : null;
    const { buildExport } = await loadBuilder();
    const out = await buildExport(project, choices, {
      selection: doc.selection.stepIds,
      lens: doc.lens,
      lensSense: doc.lensSense,
      fontBytes: font?.ok && font.value ? font.value : undefined,
    });
    const saved = await api().saveExport({
      format: choices.format,
      suggestedName: suggestedFileName(project.name, out.extension),
      // A copy on a plain ArrayBuffer: what IPC's structured clone and the schema expect.
      data: typeof out.data === 'string' ? out.data : new Uint8Array(out.data),
    });
    if (!saved.ok) store.setResult({ ok: false, message: saved.error, warnings: out.warnings });
    else if (saved.value === null) store.setResult(null);
    else store.setResult({ ok: true, message: `Exported to ${saved.value.path}`, warnings: out.warnings });
  } catch (error) {
    store.setResult({
      ok: false,
      message: `The export failed: ${error instanceof Error ? error.message : String(error)}`,
      warnings: [],
    });
  } finally {
    useExport.getState().setRunning(null);
  }
}
