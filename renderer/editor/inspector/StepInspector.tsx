import type { Lane, ServqualWeights, Stage, Step } from '../../../shared/model/types';
import { ask } from '../../state/notify';
import { dispatch } from './dispatch';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { hasAnnotations } from './momentUtils';
import { MomentSections } from './MomentSections';
import { STEP_KIND_OPTIONS } from './options';

const NO_LANE = 'No lane';

/** The inspector for one step: its own fields, then (for a contact moment) every annotation. */
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
  const stepId = step.id;
  const key = (field: string) => `${stepId}:${field}`;
  const stageOptions = stages.map((s) => ({ value: s.id, label: s.name || 'Untitled stage' }));
  const laneOptions = [
    { value: null, label: NO_LANE },
    ...lanes.map((l) => ({ value: l.id as string | null, label: l.name || 'Untitled lane' })),
  ];

  const toggleMoment = async (on: boolean) => {
    if (!on && step.moment && hasAnnotations(step.moment)) {
      if (!(await ask('clear-moment', { title: step.title }))) return;
    }
    dispatch({ type: 'setContactMoment', stepId, on });
  };

  return (
    <>
      <Section title="Step">
        <TextField
          label="Title"
          value={step.title}
          onChange={(title) => dispatch({ type: 'updateStep', stepId, changes: { title } }, key('title'))}
        />
        <TextField
          label="Description"
          multiline
          rows={3}
          value={step.description}
          onChange={(description) =>
            dispatch({ type: 'updateStep', stepId, changes: { description } }, key('description'))
          }
        />
        <SelectField
          label="Stage"
          value={step.stageId}
          options={stageOptions}
          onChange={(stageId) => dispatch({ type: 'updateStep', stepId, changes: { stageId } })}
        />
        {lanes.length > 0 ? (
          <SelectField
            label="Lane"
            value={step.laneId ?? null}
            options={laneOptions}
            onChange={(laneId) => dispatch({ type: 'updateStep', stepId, changes: { laneId } })}
          />
        ) : null}
        <SelectField
          label="Kind"
          value={step.kind}
          options={STEP_KIND_OPTIONS}
          onChange={(kind) => dispatch({ type: 'updateStep', stepId, changes: { kind } })}
        />
        <CheckboxField label="Contact moment" checked={Boolean(step.moment)} onChange={(on) => void toggleMoment(on)} />
      </Section>
      {step.moment ? (
        <MomentSections stepId={stepId} moment={step.moment} weights={weights} />
      ) : (
        <p className="insp-hint">
          Mark this step as a contact moment to record senses, risk, emotion, SERVQUAL and standards.
        </p>
      )}
    </>
  );
}
