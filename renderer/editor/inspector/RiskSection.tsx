import { RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../../shared/analysis/risk';
import type { Moment } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { Section, SelectField, TextField } from './fields';
import { IMPACT_OPTIONS, LIKELIHOOD_OPTIONS } from './options';

/** Likelihood x impact, with the score and level computed live, a description and a mitigation. */
export function RiskSection({ stepId, risk }: { stepId: string; risk: Moment['risk'] }) {
  const score = riskScore(risk);
  const level = riskLevel(score);
  const colours = level ? RISK_LEVEL_COLOURS[level] : null;
  return (
    <Section title="Risk">
      <div className="insp-pair">
        <SelectField
          label="Risk likelihood"
          value={risk.likelihood}
          options={LIKELIHOOD_OPTIONS}
          onChange={(likelihood) => updateMoment(stepId, { risk: { likelihood } })}
        />
        <SelectField
          label="Risk impact"
          value={risk.impact}
          options={IMPACT_OPTIONS}
          onChange={(impact) => updateMoment(stepId, { risk: { impact } })}
        />
      </div>
      <div
        role="status"
        aria-label="Risk score"
        className="insp-score"
        data-level={level ?? undefined}
        style={colours ? { background: colours.fill, color: colours.text, borderColor: colours.border } : undefined}
      >
        {score === null ? (
          'Score not set: choose likelihood and impact'
        ) : (
          <>
            Score <strong>{score}</strong> · {level}
          </>
        )}
      </div>
      <TextField
        label="Risk description"
        multiline
        rows={2}
        value={risk.description}
        placeholder="What can go wrong here?"
        onChange={(description) => updateMoment(stepId, { risk: { description } }, `${stepId}:risk.description`)}
      />
      <TextField
        label="Mitigation"
        multiline
        rows={2}
        value={risk.mitigation}
        placeholder="How it is prevented or handled"
        onChange={(mitigation) => updateMoment(stepId, { risk: { mitigation } }, `${stepId}:risk.mitigation`)}
      />
    </Section>
  );
}
