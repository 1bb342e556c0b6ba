import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { SENSES, type SenseName } from '../../shared/model';
import { useDocument, type Lens } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { handleKeyDown, runAction } from './actions';
import { Canvas } from './Canvas';
import { Inspector } from './inspector/Inspector';
import { EmotionCurve } from './insights/EmotionCurve';
import { Legend } from './insights/Legend';
import { LintPanel } from './insights/LintPanel';
import { ShortcutsSheet } from './ShortcutsSheet';
import { SaveStatus } from './SaveStatus';
import { OutlinePanel, OutlineToggle } from './outline/Outline';
import { ExportDialog, ExportStatus } from '../export/ExportDialog';
import { FileNotice } from '../app/files';
import { MermaidImport } from '../app/files/importMermaid';

function ActionButton({ id, label, disabled }: { id: string; label: string; disabled?: boolean }) {
  return (
    <button type="button" onClick={() => runAction(id)} disabled={disabled}>
      {label}
    </button>
  );
}

function LensPicker() {
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  return (
    <>
      <label className="toolbar-field">
        Overlay
        <select value={lens} onChange={(e) => useDocument.getState().setLens(e.target.value as Lens)}>
          <option value="none">None</option>
          <option value="risk">Risk heat map</option>
          <option value="servqual">SERVQUAL gap</option>
          <option value="emotion">Emotion</option>
          <option value="sense">Sense channel</option>
        </select>
      </label>
      {lens === 'sense' && (
        <label className="toolbar-field">
          Sense
          <select value={sense} onChange={(e) => useDocument.getState().setLensSense(e.target.value as SenseName)}>
            {SENSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

export function Editor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const name = useDocument((s) => s.project?.name ?? '');
  const canUndo = useDocument((s) => s.history.past.length > 0);
  const canRedo = useDocument((s) => s.history.future.length > 0);
  const hasSelection = useDocument((s) => s.selection.stepIds.length + s.selection.flowIds.length > 0);
  const message = useUi((s) => s.message);

  const status = useDocument((s) => s.saveStatus);
  useEffect(() => {
    // The title bar shows the save state too: a bullet while changes are not on disk.
    document.title = `${status === 'saved' ? '' : '• '}${name} — Touchmap${status === 'failed' ? ' (not saved)' : ''}`;
    return () => {
      document.title = 'Touchmap';
    };
  }, [name, status]);

  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);

  return (
    <ReactFlowProvider>
      <div className="editor">
        <header className="toolbar" role="toolbar" aria-label="Editor">
          <button type="button" onClick={onClose}>
            ← {t('editor.home')}
          </button>
          <h1 className="project-name">{name}</h1>
          <ActionButton id="add-step" label="Add step" />
          <ActionButton id="add-stage" label="Add stage" />
          <ActionButton id="add-lane" label="Add lane" />
          <ActionButton id="delete" label="Delete" disabled={!hasSelection} />
          <span className="sep" />
          <ActionButton id="undo" label={t('editor.undo')} disabled={!canUndo} />
          <ActionButton id="redo" label={t('editor.redo')} disabled={!canRedo} />
          <span className="sep" />
          <ActionButton id="auto-layout" label="Auto layout" />
          <ActionButton id="fit-view" label="Fit view" />
          <LensPicker />
          <OutlineToggle />
          <ActionButton id="export" label="Export" />
          <button type="button" aria-label="Keyboard shortcuts" onClick={() => runAction('shortcuts')}>
            ?
          </button>
          <SaveStatus />
        </header>
        {message && (
          <div className="toast" aria-live="polite" onAnimationEnd={() => useUi.getState().say(null)}>
            {message}
          </div>
        )}
        <FileNotice />
        <MermaidImport />
        <div className="editor-body">
          <OutlinePanel />
          <div className="editor-main">
            <div className="canvas-wrap">
              <Canvas />
              <Legend />
            </div>
            <EmotionCurve />
            <LintPanel />
          </div>
          <Inspector />
        </div>
        <ShortcutsSheet />
        <ExportDialog />
        <ExportStatus />
      </div>
    </ReactFlowProvider>
  );
}
