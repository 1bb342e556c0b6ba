import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { Section, SelectField, TextField } from './fields';
import { flowKindOptions } from './options';

/** The inspector for one flow: where it goes, its label and kind, and a way to delete it. */
export function FlowInspector({ flow, fromTitle, toTitle }: { flow: Flow; fromTitle: string; toTitle: string }) {
  const { t } = useTranslation();
  const remove = () => {
    if (dispatch({ type: 'removeSelection', stepIds: [], flowIds: [flow.id] })) {
      useDocument.getState().select({ flowIds: [] });
    }
  };
  return (
    <Section title={t('domain.flow')}>
      <p className="insp-flow-ends">
        {fromTitle || t('inspector.untitledStep')} <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('inspector.flow.to')}</span> {toTitle || t('inspector.untitledStep')}
      </p>
      <TextField
        label={t('inspector.flow.label')}
        value={flow.label}
        placeholder={t('inspector.flow.labelPlaceholder')}
        onChange={(label) => dispatch({ type: 'updateFlow', flowId: flow.id, changes: { label } }, `${flow.id}:label`)}
      />
      <SelectField
        label={t('inspector.flow.kind')}
        value={flow.kind}
        options={flowKindOptions(t)}
        onChange={(kind) => dispatch({ type: 'updateFlow', flowId: flow.id, changes: { kind } })}
      />
      <button type="button" className="danger" onClick={remove}>
        {t('inspector.flow.remove')}
      </button>
    </Section>
  );
}
