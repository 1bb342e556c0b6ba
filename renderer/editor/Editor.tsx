import { WorkshopStrip } from '../workshop/WorkshopDialogs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useDocument } from '../state/documentStore';
import { Toolbar } from './Toolbar';
import { selectOnKeyboardFocus } from './keyboardSelect';
import { Canvas } from './Canvas';
import { Inspector } from './inspector/Inspector';
import { Legend } from './insights/Legend';
import { LintPanel } from './insights/LintPanel';
import { OutlinePanel } from './outline/Outline';
import { InsightsPanel } from './insightsView/InsightsView';
import { PersonaPanel } from './personas/PersonaPanel';
import { VotingPanel } from './voting/VotingPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { ExportDialog, ExportStatus } from '../export/ExportDialog';
import { SurveyDialog } from './survey/SurveyDialog';
import { FilterBar } from './filters/FilterBar';
import { StatesDialogs } from './states/StatesDialogs';
import { Presentation } from '../presentation/Presentation';
import { usePresentation } from '../presentation/presentationStore';

export function Editor() {
  const { t } = useTranslation();
  const name = useDocument((s) => s.project?.name ?? '');

  const status = useDocument((s) => s.saveStatus);
  // While presenting, the editor behind the slides can be neither reached nor edited.
  const presenting = usePresentation((s) => s.open);
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
      <div className="editor" inert={presenting}>
        <Toolbar name={name} />
        <div className="editor-body">
          <OutlinePanel />
          <div className="editor-main">
            <FilterBar />
            <WorkshopStrip />
            <div className="canvas-wrap">
              <Canvas />
              <Legend />
            </div>
            <LintPanel />
          </div>
          <InsightsPanel />
          <PersonaPanel />
          <VotingPanel />
          <CommentsPanel />
          <Inspector />
        </div>
        <StatesDialogs />
        <ExportDialog />
        <SurveyDialog />
        <ExportStatus />
      </div>
      <Presentation />
    </ReactFlowProvider>
  );
}
