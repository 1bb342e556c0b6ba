/**
 * The side panel that edits whatever is selected: a step (with all its contact-moment
 * annotations), a flow, a focused stage or lane, or, with nothing selected, the journey
 * itself. Every edit is a command through the document store, so it is undoable; text
 * fields coalesce a burst of typing into one undo entry.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useUi } from '../../state/uiStore';
import { FlowInspector } from './FlowInspector';
import { clearFocus } from './focus';
import { JourneyPanel } from './JourneyPanel';
import { LaneInspector } from './LaneInspector';
import { StageInspector } from './StageInspector';
import { StepInspector } from './StepInspector';
import { TargetComments } from '../comments/TargetComments';
import './inspector.css';

function StepPanel({ stepId }: { stepId: string }) {
  // Narrow selectors: immer keeps untouched objects identical, so editing (or dragging)
  // another step does not re-render this panel.
  const step = useDocument((s) => s.project?.steps.find((st) => st.id === stepId));
  const stages = useDocument((s) => s.project?.stages);
  const lanes = useDocument((s) => s.project?.lanes);
  const weights = useDocument((s) => s.project?.servqualWeights);
  const { t } = useTranslation();
  if (!step || !stages || !lanes || !weights) return <p className="insp-hint">{t('inspector.stepGone')}</p>;
  // Keyed by step id so field drafts never leak from one step to the next.
  return (
    <>
      <StepInspector key={step.id} step={step} stages={stages} lanes={lanes} weights={weights} />
      <TargetComments target={{ kind: 'step', id: step.id }} />
    </>
  );
}

function FlowPanel({ flowId }: { flowId: string }) {
  const flow = useDocument((s) => s.project?.flows.find((f) => f.id === flowId));
  const from = useDocument((s) => (flow ? s.project?.steps.find((st) => st.id === flow.from)?.title : undefined));
  const to = useDocument((s) => (flow ? s.project?.steps.find((st) => st.id === flow.to)?.title : undefined));
  const { t } = useTranslation();
  if (!flow) return <p className="insp-hint">{t('inspector.flowGone')}</p>;
  return (
    <>
      <FlowInspector key={flow.id} flow={flow} fromTitle={from ?? ''} toTitle={to ?? ''} />
      <TargetComments target={{ kind: 'flow', id: flow.id }} />
    </>
  );
}

/**
 * A stage or lane panel. When it replaces the button that opened it (in the Journey panel),
 * keyboard focus would fall back to the page; it lands on the panel instead, so Tab goes on
 * to its fields. A click on the canvas header keeps focus where it is.
 */
function FocusedPanel({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="insp-focused">
      <button type="button" className="insp-back" onClick={clearFocus}>
        <span aria-hidden="true">←</span> {t('inspector.backToJourney')}
      </button>
      {children}
    </div>
  );
}

/** The inspector panel; reads the selection from the document store and the focused stage/lane from the UI store. */
export function Inspector() {
  const { t } = useTranslation();
  const { stepIds, flowIds } = useDocument((s) => s.selection);
  const hasProject = useDocument((s) => s.project !== null);
  const stageId = useUi((s) => s.focusedStageId);
  const laneId = useUi((s) => s.focusedLaneId);
  // A focused stage or lane that was deleted (or undone away) falls back to the Journey panel.
  const stageExists = useDocument((s) => stageId !== null && !!s.project?.stages.some((st) => st.id === stageId));
  const laneExists = useDocument((s) => laneId !== null && !!s.project?.lanes.some((l) => l.id === laneId));

  let body;
  if (!hasProject) {
    body = null;
  } else if (stepIds.length === 1) {
    body = <StepPanel stepId={stepIds[0]} />;
  } else if (stepIds.length > 1) {
    body = (
      <p className="insp-hint" role="status">
        <Trans
          i18nKey={flowIds.length > 0 ? 'inspector.stepsAndFlowsSelected' : 'inspector.stepsSelected'}
          count={stepIds.length}
          values={{ flows: t('inspector.flowCount', { count: flowIds.length }) }}
          components={{ strong: <strong /> }}
        />
      </p>
    );
  } else if (flowIds.length === 1) {
    body = <FlowPanel flowId={flowIds[0]} />;
  } else if (flowIds.length > 1) {
    body = (
      <p className="insp-hint" role="status">
        <Trans i18nKey="inspector.flowsSelected" count={flowIds.length} components={{ strong: <strong /> }} />
      </p>
    );
  } else if (stageId !== null && stageExists) {
    body = (
      <FocusedPanel key={`stage:${stageId}`}>
        <StageInspector stageId={stageId} />
        <TargetComments target={{ kind: 'stage', id: stageId }} />
      </FocusedPanel>
    );
  } else if (laneId !== null && laneExists) {
    body = (
      <FocusedPanel key={`lane:${laneId}`}>
        <LaneInspector laneId={laneId} />
      </FocusedPanel>
    );
  } else {
    body = <JourneyPanel />;
  }

  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      {body}
    </aside>
  );
}
