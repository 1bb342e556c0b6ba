import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { SENSES, type SenseName } from '../../shared/model';
import { useDocument, type Lens } from '../state/documentStore';
import { actionLabelKey } from '../../shared/actions';
import { ToolbarButton } from './ToolbarButton';
import { selectOnKeyboardFocus } from './keyboardSelect';
import { Canvas } from './Canvas';
import { Inspector } from './inspector/Inspector';
import { EmotionCurve } from './insights/EmotionCurve';
import { Legend } from './insights/Legend';
import { LintPanel } from './insights/LintPanel';
import { SaveStatus } from './SaveStatus';
import { OutlinePanel, OutlineToggle } from './outline/Outline';
import { InsightsPanel, InsightsToggle } from './insightsView/InsightsView';
import { ExportDialog, ExportStatus } from '../export/ExportDialog';

const LENSES: readonly Lens[] = ['none', 'risk', 'servqual', 'emotion', 'sense'];

function LensPicker() {
  const { t } = useTranslation();
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  return (
    <>
      <label className="toolbar-field">
        {t('editor.overlay')}
        <select value={lens} onChange={(e) => useDocument.getState().setLens(e.target.value as Lens)}>
          {LENSES.map((l) => (
            <option key={l} value={l}>
              {t(`editor.lenses.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {lens === 'sense' && (
        <label className="toolbar-field">
          {t('editor.sense')}
          <select value={sense} onChange={(e) => useDocument.getState().setLensSense(e.target.value as SenseName)}>
            {SENSES.map((s) => (
              <option key={s} value={s}>
                {t(`domain.senses.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

export function Editor() {
  const { t } = useTranslation();
  const name = useDocument((s) => s.project?.name ?? '');

  const status = useDocument((s) => s.saveStatus);
  useEffect(() => {
    // The title bar shows the save state too: a bullet while changes are not on disk.
    const title = t(status === 'failed' ? 'editor.windowTitleFailed' : 'editor.windowTitle', { name });
    document.title = `${status === 'saved' ? '' : '• '}${title}`;
    return () => {
      document.title = t('app.name');
    };
  }, [name, status, t]);

  // A step or flow reached with Tab is selected: focus and selection go together.
  useEffect(() => {
    window.addEventListener('focusin', selectOnKeyboardFocus);
    return () => window.removeEventListener('focusin', selectOnKeyboardFocus);
  }, []);

  return (
    <ReactFlowProvider>
      <div className="editor">
        <header className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
          <ToolbarButton id="open-project" text={`← ${t(actionLabelKey('open-project'))}`} />
          <h1 className="project-name">{name}</h1>
          <ToolbarButton id="add-step" />
          <ToolbarButton id="add-stage" />
          <ToolbarButton id="add-lane" />
          <ToolbarButton id="delete" />
          <span className="sep" />
          <ToolbarButton id="undo" />
          <ToolbarButton id="redo" />
          <span className="sep" />
          <ToolbarButton id="auto-layout" />
          <ToolbarButton id="fit-view" />
          <LensPicker />
          <OutlineToggle />
          <InsightsToggle />
          <ToolbarButton id="export" />
          <ToolbarButton id="shortcuts" text="?" />
          <SaveStatus />
        </header>
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
          <InsightsPanel />
          <Inspector />
        </div>
        <ExportDialog />
        <ExportStatus />
      </div>
    </ReactFlowProvider>
  );
}
