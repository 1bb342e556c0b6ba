import { useTranslation } from 'react-i18next';
import type { Lane, ServqualWeights, Stage, Step } from '../../../shared/model/types';
import { ask } from '../../state/notify';
import { dispatch } from './dispatch';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { hasAnnotations } from './momentUtils';
import { MetricsSection } from './MetricsSection';
import { MomentSections } from './MomentSections';
import { stepKindOptions } from './options';
import { ThoughtsSection } from './ThoughtsSection';
import { PersonaSection } from '../personas/PersonaSection';

/** The inspector for one step: its own fields and thoughts, then (for a contact moment) every annotation. */
export function StepInspector({
  step,
  stages,
  lanes,
  weights,
}: {
  step: Step;
  stages: readonly Stage[];
  lanes: readonly Lane[];
  weights: ServqualWeights;
}) {
  const { t } = useTranslation();
  const stepId = step.id;
  const key = (field: string) => `${stepId}:${field}`;
  const stageOptions = stages.map((s) => ({ value: s.id, label: s.name || t('inspector.untitledStage') }));
  const laneOptions = [
    { value: null, label: t('inspector.step.noLane') },
    ...lanes.map((l) => ({ value: l.id as string | null, label: l.name || t('inspector.untitledLane') })),
  ];

  const toggleMoment = async (on: boolean) => {
    if (!on && step.moment && hasAnnotations(step.moment)) {
      if (!(await ask('clear-moment', { title: step.title }))) return;
    }
    dispatch({ type: 'setContactMoment', stepId, on });
  };

  return (
    <>
      <Section title={t('domain.step')}>
        <TextField
          label={t('inspector.step.title')}
          value={step.title}
          onChange={(title) => dispatch({ type: 'updateStep', stepId, changes: { title } }, key('title'))}
        />
        <TextField
          label={t('inspector.step.description')}
          multiline
          rows={3}
          value={step.description}
          onChange={(description) =>
            dispatch({ type: 'updateStep', stepId, changes: { description } }, key('description'))
          }
        />
        <SelectField
          label={t('domain.stage')}
          value={step.stageId}
          options={stageOptions}
          onChange={(stageId) => dispatch({ type: 'updateStep', stepId, changes: { stageId } })}
        />
        {lanes.length > 0 ? (
          <SelectField
            label={t('domain.lane')}
            value={step.laneId ?? null}
            options={laneOptions}
            onChange={(laneId) => dispatch({ type: 'updateStep', stepId, changes: { laneId } })}
          />
        ) : null}
        <SelectField
          label={t('inspector.step.kind')}
          value={step.kind}
          options={stepKindOptions(t)}
          onChange={(kind) => dispatch({ type: 'updateStep', stepId, changes: { kind } })}
        />
        <CheckboxField
          label={t('domain.contactMoment')}
          checked={Boolean(step.moment)}
          onChange={(on) => void toggleMoment(on)}
        />
      </Section>
      <ThoughtsSection stepId={stepId} thoughts={step.thoughts ?? []} />
      <MetricsSection stepId={stepId} metrics={step.metrics ?? []} />
      <PersonaSection step={step} />
      {step.moment ? (
        <MomentSections stepId={stepId} moment={step.moment} weights={weights} />
      ) : (
        <p className="insp-hint">{t('inspector.step.momentHint')}</p>
      )}
    </>
  );
}
