import type { Moment, ServqualWeights } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { CheckboxField, LinesField, NumberField, Section, SelectField, TextField } from './fields';
import { CHANNEL_OPTIONS, EMOTION_OPTIONS } from './options';
import { RiskSection } from './RiskSection';
import { SensesSection } from './SensesSection';
import { ServqualSection } from './ServqualSection';
import { StandardSection } from './StandardSection';

/** Every annotation of one contact moment, in the order a manager walks through them. */
export function MomentSections({
  stepId,
  moment,
  weights,
}: {
  stepId: string;
  moment: Moment;
  weights: ServqualWeights;
}) {
  const key = (field: string) => `${stepId}:${field}`;
  return (
    <>
      <Section title="Contact moment">
        <CheckboxField
          label="Moment of truth"
          checked={moment.momentOfTruth}
          onChange={(momentOfTruth) => updateMoment(stepId, { momentOfTruth })}
        />
        <SelectField
          label="Channel"
          value={moment.channel}
          options={CHANNEL_OPTIONS}
          onChange={(channel) => updateMoment(stepId, { channel })}
        />
        <TextField
          label="Actor"
          value={moment.actor}
          placeholder="Who serves the customer"
          onChange={(actor) => updateMoment(stepId, { actor }, key('actor'))}
        />
        <SelectField
          label="Emotion"
          value={moment.emotion}
          options={EMOTION_OPTIONS}
          onChange={(emotion) => updateMoment(stepId, { emotion })}
        />
      </Section>
      <SensesSection stepId={stepId} senses={moment.senses} />
      <RiskSection stepId={stepId} risk={moment.risk} />
      <ServqualSection stepId={stepId} servqual={moment.servqual} weights={weights} />
      <StandardSection stepId={stepId} standard={moment.standard} />
      <Section title="Experience">
        <NumberField
          label="Wait time (seconds)"
          value={moment.waitSeconds}
          min={0}
          max={1e7}
          onChange={(waitSeconds) => updateMoment(stepId, { waitSeconds }, key('waitSeconds'))}
        />
        <LinesField
          label="Pain points"
          value={moment.painPoints}
          onChange={(painPoints) => updateMoment(stepId, { painPoints }, key('painPoints'))}
        />
        <LinesField
          label="Opportunities"
          value={moment.opportunities}
          onChange={(opportunities) => updateMoment(stepId, { opportunities }, key('opportunities'))}
        />
        <TextField
          label="Notes"
          multiline
          rows={4}
          value={moment.notes}
          onChange={(notes) => updateMoment(stepId, { notes }, key('notes'))}
        />
      </Section>
    </>
  );
}
