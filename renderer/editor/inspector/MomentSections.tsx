import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import type { Moment, ServqualWeights } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { CheckboxField, LinesField, NumberField, Section, SelectField, TextField } from './fields';
import { useLanguage } from '../../i18n';
import { channelOptions, emotionOptions } from './options';
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
  const { t } = useTranslation();
  const lng = useLanguage();
  const key = (field: string) => `${stepId}:${field}`;
  // A long wait is easier to read in minutes: "About 2.5 minutes" under the field.
  const waitHint =
    moment.waitSeconds !== null && moment.waitSeconds >= 60
      ? t('inspector.experience.waitMinutes', {
          minutes: formatNumber(lng, moment.waitSeconds / 60, {
            style: 'unit',
            unit: 'minute',
            unitDisplay: 'long',
            maximumFractionDigits: 1,
          }),
        })
      : undefined;
  return (
    <>
      <Section title={t('domain.contactMoment')}>
        <CheckboxField
          label={t('domain.momentOfTruth')}
          checked={moment.momentOfTruth}
          onChange={(momentOfTruth) => updateMoment(stepId, { momentOfTruth })}
        />
        <SelectField
          label={t('domain.channel')}
          value={moment.channel}
          options={channelOptions(t)}
          onChange={(channel) => updateMoment(stepId, { channel })}
        />
        <TextField
          label={t('domain.actor')}
          value={moment.actor}
          placeholder={t('inspector.moment.actorPlaceholder')}
          onChange={(actor) => updateMoment(stepId, { actor }, key('actor'))}
        />
        <SelectField
          label={t('domain.emotion')}
          value={moment.emotion}
          options={emotionOptions(t, lng)}
          onChange={(emotion) => updateMoment(stepId, { emotion })}
        />
      </Section>
      <SensesSection stepId={stepId} senses={moment.senses} />
      <RiskSection stepId={stepId} risk={moment.risk} />
      <ServqualSection stepId={stepId} servqual={moment.servqual} weights={weights} />
      <StandardSection stepId={stepId} standard={moment.standard} />
      <Section title={t('inspector.experience.title')}>
        <NumberField
          label={t('inspector.experience.wait')}
          hint={waitHint}
          value={moment.waitSeconds}
          min={0}
          max={1e7}
          onChange={(waitSeconds) => updateMoment(stepId, { waitSeconds }, key('waitSeconds'))}
        />
        <LinesField
          label={t('inspector.experience.painPoints')}
          value={moment.painPoints}
          onChange={(painPoints) => updateMoment(stepId, { painPoints }, key('painPoints'))}
        />
        <LinesField
          label={t('inspector.experience.opportunities')}
          value={moment.opportunities}
          onChange={(opportunities) => updateMoment(stepId, { opportunities }, key('opportunities'))}
        />
        <TextField
          label={t('inspector.experience.notes')}
          multiline
          rows={4}
          value={moment.notes}
          onChange={(notes) => updateMoment(stepId, { notes }, key('notes'))}
        />
      </Section>
    </>
  );
}
