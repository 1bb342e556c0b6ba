/**
 * The side panel that edits whatever is selected: a step (with all its contact-moment
 * annotations) or a flow. Every edit is a command through the document store, so it is
 * undoable; text fields coalesce a burst of typing into one undo entry.
 */
import { useDocument } from '../../state/documentStore';
import { FlowInspector } from './FlowInspector';
import { StepInspector } from './StepInspector';
import './inspector.css';

function StepPanel({ stepId }: { stepId: string }) {
  // Narrow selectors: immer keeps untouched objects identical, so editing (or dragging)
  // another step does not re-render this panel.
  const step = useDocument((s) => s.project?.steps.find((st) => st.id === stepId));
  const stages = useDocument((s) => s.project?.stages);
  const lanes = useDocument((s) => s.project?.lanes);
  const weights = useDocument((s) => s.project?.servqualWeights);
  if (!step || !stages || !lanes || !weights) return <p className="insp-hint">This step no longer exists.</p>;
  // Keyed by step id so field drafts never leak from one step to the next.
  return <StepInspector key={step.id} step={step} stages={stages} lanes={lanes} weights={weights} />;
}

function FlowPanel({ flowId }: { flowId: string }) {
  const flow = useDocument((s) => s.project?.flows.find((f) => f.id === flowId));
  const from = useDocument((s) => (flow ? s.project?.steps.find((st) => st.id === flow.from)?.title : undefined));
  const to = useDocument((s) => (flow ? s.project?.steps.find((st) => st.id === flow.to)?.title : undefined));
  if (!flow) return <p className="insp-hint">This flow no longer exists.</p>;
  return <FlowInspector key={flow.id} flow={flow} fromTitle={from ?? ''} toTitle={to ?? ''} />;
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The inspector panel; reads the selection from the document store. */
export function Inspector() {
  const { stepIds, flowIds } = useDocument((s) => s.selection);
  const hasProject = useDocument((s) => s.project !== null);

  let body;
  if (!hasProject) {
    body = null;
  } else if (stepIds.length === 1) {
    body = <StepPanel stepId={stepIds[0]} />;
  } else if (stepIds.length > 1) {
    body = (
      <p className="insp-hint" role="status">
        <strong>{`${plural(stepIds.length, 'step', 'steps')} selected`}</strong>
        {flowIds.length > 0 ? ` (and ${plural(flowIds.length, 'flow', 'flows')})` : ''}. Select one step to annotate it.
      </p>
    );
  } else if (flowIds.length === 1) {
    body = <FlowPanel flowId={flowIds[0]} />;
  } else if (flowIds.length > 1) {
    body = (
      <p className="insp-hint" role="status">
        <strong>{`${plural(flowIds.length, 'flow', 'flows')} selected`}</strong>. Select one flow to edit it.
      </p>
    );
  } else {
    body = (
      <p className="insp-hint">
        Select a step to edit its title and annotations, or a flow to change its label and kind.
      </p>
    );
  }

  return (
    <aside className="inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
