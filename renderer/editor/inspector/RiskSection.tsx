import { Trans, useTranslation } from 'react-i18next';
import { RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../../shared/analysis/risk';
import { formatNumber } from '../../../shared/i18n/format';
import type { Moment } from '../../../shared/model/types';
import { useLanguage } from '../../i18n';
import { updateMoment } from './dispatch';
import { Section, SelectField, TextField } from './fields';
import { impactOptions, likelihoodOptions } from './options';

/** Likelihood x impact, with the score and level computed live, a description and a mitigation. */
export function RiskSection({ stepId, risk }: { stepId: string; risk: Moment['risk'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const score = riskScore(risk);
  const level = riskLevel(score);
  const colours = level ? RISK_LEVEL_COLOURS[level] : null;
  return (
    <Section title={t('domain.risk')}>
      <div className="insp-pair">
        <SelectField
          label={t('inspector.risk.likelihood')}
          value={risk.likelihood}
          options={likelihoodOptions(t, lng)}
          onChange={(likelihood) => updateMoment(stepId, { risk: { likelihood } })}
        />
        <SelectField
          label={t('inspector.risk.impact')}
          value={risk.impact}
          options={impactOptions(t, lng)}
          onChange={(impact) => updateMoment(stepId, { risk: { impact } })}
        />
      </div>
      <div
        role="status"
        aria-label={t('inspector.risk.score')}
        className="insp-score"
        data-level={level ?? undefined}
        style={colours ? { background: colours.fill, color: colours.text, borderColor: colours.border } : undefined}
      >
        {score === null ? (
          t('inspector.risk.scoreNotSet')
        ) : (
          <Trans
            i18nKey="inspector.risk.scoreLevel"
            values={{
              score: formatNumber(lng, score),
              level: level ? t(`domain.riskLevels.${level}`).toLocaleLowerCase(lng) : '',
            }}
            components={{ strong: <strong /> }}
          />
        )}
      </div>
      <TextField
        label={t('inspector.risk.description')}
        multiline
        rows={2}
        value={risk.description}
        placeholder={t('inspector.risk.descriptionPlaceholder')}
        onChange={(description) => updateMoment(stepId, { risk: { description } }, `${stepId}:risk.description`)}
      />
      <TextField
        label={t('inspector.risk.mitigation')}
        multiline
        rows={2}
        value={risk.mitigation}
        placeholder={t('inspector.risk.mitigationPlaceholder')}
        onChange={(mitigation) => updateMoment(stepId, { risk: { mitigation } }, `${stepId}:risk.mitigation`)}
      />
    </Section>
  );
}
