import { useTranslation } from 'react-i18next';
import { SENSES } from '../../../shared/model/schema';
import type { Moment } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { senseName, valenceOptions } from './options';

/** The five sense channels: engaged, how it lands (valence), and a note. */
export function SensesSection({ stepId, senses }: { stepId: string; senses: Moment['senses'] }) {
  const { t } = useTranslation();
  const valences = valenceOptions(t);
  return (
    <Section title={t('inspector.senses.title')} className="insp-senses">
      {SENSES.map((sense) => {
        const name = senseName(t, sense);
        const value = senses[sense];
        return (
          <div key={sense} className={`insp-sense${value.engaged ? ' engaged' : ''}`}>
            <CheckboxField
              label={name}
              checked={value.engaged}
              onChange={(engaged) => updateMoment(stepId, { senses: { [sense]: { engaged } } })}
            />
            <SelectField
              label={t('inspector.senses.valence', { sense: name })}
              hideLabel
              value={value.valence}
              options={valences}
              onChange={(valence) => updateMoment(stepId, { senses: { [sense]: { valence } } })}
            />
            <TextField
              label={t('inspector.senses.note', { sense: name })}
              hideLabel
              placeholder={t('inspector.senses.notePlaceholder')}
              value={value.note}
              onChange={(note) =>
                updateMoment(stepId, { senses: { [sense]: { note } } }, `${stepId}:senses.${sense}.note`)
              }
            />
          </div>
        );
      })}
    </Section>
  );
}
