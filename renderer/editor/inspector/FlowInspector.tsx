import type { Flow } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { Section, SelectField, TextField } from './fields';
import { FLOW_KIND_OPTIONS } from './options';

/** The inspector for one flow: where it goes, its label and kind, and a way to delete it. */
export function FlowInspector({ flow, fromTitle, toTitle }: { flow: Flow; fromTitle: string; toTitle: string }) {
  const remove = () => {
    if (dispatch({ type: 'removeSelection', stepIds: [], flowIds: [flow.id] })) {
      useDocument.getState().select({ flowIds: [] });
    }
  };
  return (
    <Section title="Flow">
      <p className="insp-flow-ends">
        {fromTitle || 'Untitled step'} <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span> {toTitle || 'Untitled step'}
      </p>
      <TextField
        label="Label"
        value={flow.label}
        placeholder="e.g. no stock"
        onChange={(label) => dispatch({ type: 'updateFlow', flowId: flow.id, changes: { label } }, `${flow.id}:label`)}
      />
      <SelectField
        label="Flow kind"
        value={flow.kind}
        options={FLOW_KIND_OPTIONS}
        onChange={(kind) => dispatch({ type: 'updateFlow', flowId: flow.id, changes: { kind } })}
      />
      <button type="button" className="danger" onClick={remove}>
        Delete flow
      </button>
    </Section>
  );
}
