import { Trans, useTranslation } from 'react-i18next';
import { servqualGaps } from '../../../shared/analysis/servqual';
import { MAX_RESPONDENTS, SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Moment, ServqualWeights } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { updateMoment } from './dispatch';
import { DecimalField, Section, SelectField } from './fields';
import { useLanguage } from '../../i18n';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import { dimensionName, evidenceOptions } from './options';

function gapClass(gap: number | null): string {
  if (gap === null) return 'insp-gap';
  return gap < 0 ? 'insp-gap negative' : gap > 0 ? 'insp-gap positive' : 'insp-gap';
}

/**
 * Expectation (E) and perception (P) per dimension as decimal means on the project's scale
 * (1-5 or 1-7), with the respondents (n) they are taken over and the evidence beside them;
 * the gap P - E computed live, and the overall gap (plain mean and weighted with the
 * project's weights), all shown to two decimals.
 */
export function ServqualSection({
  stepId,
  servqual,
  weights,
}: {
  stepId: string;
  servqual: Moment['servqual'];
  weights: ServqualWeights;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const scale = useDocument((s) => s.project?.servqualScale ?? 7);
  const gaps = servqualGaps(servqual, weights);
  const range = { min: formatNumber(lng, 1), max: formatNumber(lng, scale) };
  const outOfScale = t('evidence.inspector.outOfScale', range);
  const key = (dim: string, field: string) => `${stepId}:servqual:${dim}:${field}`;
  return (
    <Section title={t('inspector.servqual.title')} className="insp-servqual-section">
      <SelectField
        label={t('domain.evidenceLabel')}
        value={servqual.evidence}
        options={evidenceOptions(t)}
        onChange={(evidence) => updateMoment(stepId, { servqual: { evidence } })}
      />
      <p className="insp-hint">{t('evidence.inspector.scaleHint', range)}</p>
      {/* One row group per dimension: its name above; E, P, n and the gap below. */}
      <table className="insp-servqual">
        <thead>
          <tr>
            <th scope="col" title={t('evidence.inspector.expectationHint', range)}>
              {t('inspector.servqual.expectationShort')}
            </th>
            <th scope="col" title={t('evidence.inspector.perceptionHint', range)}>
              {t('inspector.servqual.perceptionShort')}
            </th>
            <th scope="col" title={t('evidence.inspector.respondentsHint')}>
              {t('evidence.inspector.respondentsShort')}
            </th>
            <th scope="col" title={t('inspector.servqual.gapHint')}>
              {t('inspector.servqual.gapShort')}
            </th>
          </tr>
        </thead>
        {SERVQUAL_DIMENSIONS.map((dim) => {
          const name = dimensionName(t, dim);
          const entry = servqual[dim];
          const gap = gaps.perDimension[dim];
          return (
            <tbody key={dim}>
              <tr>
                <th scope="rowgroup" colSpan={4} className="insp-servqual-dim">
                  {name}
                </th>
              </tr>
              <tr>
                <td>
                  <DecimalField
                    label={t('inspector.servqual.expectation', { dimension: name })}
                    hideLabel
                    lng={lng}
                    value={entry.expectation}
                    min={1}
                    max={scale}
                    invalidHint={outOfScale}
                    onChange={(expectation) =>
                      updateMoment(stepId, { servqual: { [dim]: { expectation } } }, key(dim, 'expectation'))
                    }
                  />
                </td>
                <td>
                  <DecimalField
                    label={t('inspector.servqual.perception', { dimension: name })}
                    hideLabel
                    lng={lng}
                    value={entry.perception}
                    min={1}
                    max={scale}
                    invalidHint={outOfScale}
                    onChange={(perception) =>
                      updateMoment(stepId, { servqual: { [dim]: { perception } } }, key(dim, 'perception'))
                    }
                  />
                </td>
                <td>
                  <DecimalField
                    label={t('evidence.inspector.respondents', { dimension: name })}
                    hideLabel
                    lng={lng}
                    digits={0}
                    value={entry.respondents ?? null}
                    min={1}
                    max={MAX_RESPONDENTS}
                    invalidHint={t('evidence.inspector.respondentsInvalid')}
                    onChange={(respondents) =>
                      updateMoment(stepId, { servqual: { [dim]: { respondents } } }, key(dim, 'respondents'))
                    }
                  />
                </td>
                <td className={gapClass(gap)} aria-label={t('inspector.servqual.gap', { dimension: name })}>
                  {gap === null ? '–' : formatSigned(lng, gap, 2)}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
      <p className="insp-overall" role="status" aria-label={t('inspector.servqual.overall')}>
        {gaps.weighted === null ? (
          t('inspector.servqual.overallNotSet')
        ) : (
          <>
            <Trans
              i18nKey="inspector.servqual.weighted"
              values={{ gap: formatSigned(lng, gaps.weighted, 2) }}
              components={{ strong: <strong className={gapClass(gaps.weighted)} /> }}
            />
            {gaps.mean !== null ? t('inspector.servqual.mean', { mean: formatSigned(lng, gaps.mean, 2) }) : null}
          </>
        )}
      </p>
    </Section>
  );
}
