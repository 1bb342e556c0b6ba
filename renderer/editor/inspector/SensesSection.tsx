import { SENSES } from '../../../shared/model/schema';
import type { Moment } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { SENSE_NAMES, VALENCE_OPTIONS } from './options';

/** The five sense channels: engaged, how it lands (valence), and a note. */
export function SensesSection({ stepId, senses }: { stepId: string; senses: Moment['senses'] }) {
  return (
    <Section title="Senses" className="insp-senses">
      {SENSES.map((sense) => {
        const name = SENSE_NAMES[sense];
        const value = senses[sense];
        return (
          <div key={sense} className={`insp-sense${value.engaged ? ' engaged' : ''}`}>
            <CheckboxField
              label={name}
              checked={value.engaged}
              onChange={(engaged) => updateMoment(stepId, { senses: { [sense]: { engaged } } })}
            />
            <SelectField
              label={`${name} valence`}
              hideLabel
              value={value.valence}
              options={VALENCE_OPTIONS}
              onChange={(valence) => updateMoment(stepId, { senses: { [sense]: { valence } } })}
            />
            <TextField
              label={`${name} note`}
              hideLabel
              placeholder="Note"
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
