import { useUi } from '../state/uiStore';

/** Placeholder until the export capability lands: says so instead of pretending. */
export function ExportDialog() {
  const open = useUi((s) => s.exportOpen);
  if (!open) return null;
  const close = () => useUi.getState().setExportOpen(false);
  return (
    <div className="dialog-backdrop" onClick={close}>
      <div role="dialog" aria-modal="true" aria-label="Export" className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>Export</h2>
        <p>Export is being built.</p>
        <button type="button" autoFocus onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
