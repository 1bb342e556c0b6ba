import { useEffect, useState } from 'react';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { Modal } from '../app/Modal';
import { useUi } from '../state/uiStore';
import { EXPORT_KINDS, IMAGE_KINDS, type ExportChoices, type ExportKind } from './choices';
import { useExport } from './exportStore';
import { loadBuilder, runExport } from './runExport';

type Builder = Awaited<ReturnType<typeof loadBuilder>>;

const FORMAT_LABELS: Record<ExportKind, string> = {
  png: 'PNG image',
  svg: 'SVG (vector image)',
  pdf: 'PDF (vector, one page)',
  csv: 'CSV spreadsheet of contact moments',
  md: 'Markdown report',
  mermaid: 'Mermaid journey diagram',
};

/** Load the remembered choices once per session. */
let loaded = false;
async function loadDefaults() {
  if (loaded) return;
  loaded = true;
  const s = await api().getSettings();
  if (s.ok) useExport.getState().setChoices(s.value.exportDefaults);
}

function remember(choices: ExportChoices) {
  const { format, scale, background, includeTitle, includeLegend, includeDate, paper } = choices;
  void api().setSettings({
    settings: { exportDefaults: { format, scale, background, includeTitle, includeLegend, includeDate, paper } },
  });
}

/** The export dialog: format, scale, scope, background, title/legend/date, paper; remembers the last choices. */
export function ExportDialog() {
  const open = useUi((s) => s.exportOpen);
  const choices = useExport((s) => s.choices);
  const project = useDocument((s) => s.project);
  const selection = useDocument((s) => s.selection.stepIds);
  const lens = useDocument((s) => s.lens);
  const lensSense = useDocument((s) => s.lensSense);

  useEffect(() => {
    if (open) void loadDefaults();
  }, [open]);

  const isImage = IMAGE_KINDS.includes(choices.format);
  // The PNG's pixel size comes from the drawing, which loads with the export builder on first use.
  const [preview, setPreview] = useState<ReturnType<Builder['previewSize']> | null>(null);
  useEffect(() => {
    if (!open || !project || choices.format !== 'png') {
      setPreview(null);
      return;
    }
    let current = true;
    void loadBuilder()
      .then(({ previewSize }) => {
        if (current) setPreview(previewSize(project, choices, { selection, lens, lensSense }));
      })
      .catch(() => {
        if (current) setPreview(null);
      });
    return () => {
      current = false;
    };
  }, [open, project, choices, selection, lens, lensSense]);

  if (!open) return null;
  const close = () => useUi.getState().setExportOpen(false);
  const set = (c: Partial<ExportChoices>) => useExport.getState().setChoices(c);
  const start = () => {
    remember(choices);
    close();
    void runExport(choices);
  };

  return (
    <Modal label="Export" onClose={close}>
      <form
        className="export-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <h2>Export</h2>
        <label className="field">
          Format
          <select autoFocus value={choices.format} onChange={(e) => set({ format: e.target.value as ExportKind })}>
            {EXPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {FORMAT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {choices.format === 'png' && (
          <label className="field">
            Scale
            <select value={choices.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {s}x
                </option>
              ))}
            </select>
          </label>
        )}
        {choices.format === 'pdf' && (
          <label className="field">
            Paper
            <select value={choices.paper} onChange={(e) => set({ paper: e.target.value as 'A4' | 'A3' })}>
              <option value="A4">A4 landscape</option>
              <option value="A3">A3 landscape</option>
            </select>
          </label>
        )}
        {isImage && (
          <>
            <fieldset>
              <legend>What</legend>
              <label>
                <input
                  type="radio"
                  name="scope"
                  checked={choices.scope === 'all'}
                  onChange={() => set({ scope: 'all' })}
                />{' '}
                Whole map
              </label>
              <label>
                <input
                  type="radio"
                  name="scope"
                  checked={choices.scope === 'selection'}
                  disabled={selection.length === 0}
                  onChange={() => set({ scope: 'selection' })}
                />{' '}
                Selection ({selection.length} steps)
              </label>
            </fieldset>
            {choices.format !== 'pdf' && (
              <label className="field">
                Background
                <select
                  value={choices.background}
                  onChange={(e) => set({ background: e.target.value as 'white' | 'transparent' })}
                >
                  <option value="white">White</option>
                  <option value="transparent">Transparent</option>
                </select>
              </label>
            )}
            <label>
              <input
                type="checkbox"
                checked={choices.includeTitle}
                onChange={(e) => set({ includeTitle: e.target.checked })}
              />{' '}
              Include title
            </label>
            <label>
              <input
                type="checkbox"
                checked={choices.includeLegend}
                onChange={(e) => set({ includeLegend: e.target.checked })}
              />{' '}
              Include legend
            </label>
            <label>
              <input
                type="checkbox"
                checked={choices.includeDate}
                onChange={(e) => set({ includeDate: e.target.checked })}
              />{' '}
              Include date
            </label>
          </>
        )}
        {preview && (
          <p role="status" aria-label="Image size" className="muted">
            {preview.pixelWidth} × {preview.pixelHeight} px
            {preview.warning ? ` — ${preview.warning}` : ''}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            Export…
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Progress and outcome of the last export, shown in the toolbar area; the app stays usable meanwhile. */
export function ExportStatus() {
  const running = useExport((s) => s.running);
  const result = useExport((s) => s.result);
  if (running)
    return (
      <div className="export-status" role="status" aria-label="Export progress">
        <span className="spinner" aria-hidden="true" /> {running}
      </div>
    );
  if (!result) return null;
  return (
    <div
      className={`export-status ${result.ok ? 'ok' : 'failed'}`}
      role={result.ok ? 'status' : 'alert'}
      aria-label="Export result"
    >
      {result.message}
      {result.warnings.map((w) => (
        <div key={w} className="warning">
          ⚠ {w}
        </div>
      ))}
      <button type="button" aria-label="Dismiss" onClick={() => useExport.getState().setResult(null)}>
        ×
      </button>
    </div>
  );
}
