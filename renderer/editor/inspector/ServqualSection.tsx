import { Trans, useTranslation } from 'react-i18next';
import { servqualGaps } from '../../../shared/analysis/servqual';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Moment, ServqualWeights } from '../../../shared/model/types';
import { updateMoment } from './dispatch';
import { Section, SelectField } from './fields';
import { useLanguage } from '../../i18n';
import { formatSigned } from '../../../shared/i18n/format';
import { dimensionName, evidenceOptions, servqualOptions } from './options';
import { MeasuredMeans } from '../survey/MeasuredMeans';

function gapClass(gap: number | null): string {
  if (gap === null) return 'insp-gap';
  return gap < 0 ? 'insp-gap negative' : gap > 0 ? 'insp-gap positive' : 'insp-gap';
}

/**
 * Expectation (E) and perception (P) on 1-7 per dimension, with the gap P - E computed live,
 * the overall gap (plain mean and weighted with the project's weights), and the evidence.
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
  const scale = servqualOptions(t, lng);
  const gaps = servqualGaps(servqual, weights);
  return (
    <Section title={t('inspector.servqual.title')}>
      {/* One row group per dimension: its name above, E, P and the gap below, so each select
          is wide enough for its longest option ("7 very high"). */}
      <table className="insp-servqual">
        <thead>
          <tr>
            <th scope="col" title={t('inspector.servqual.expectationHint')}>
              {t('inspector.servqual.expectationShort')}
            </th>
            <th scope="col" title={t('inspector.servqual.perceptionHint')}>
              {t('inspector.servqual.perceptionShort')}
            </th>
            <th scope="col" title={t('inspector.servqual.gapHint')}>
              {t('inspector.servqual.gapShort')}
            </th>
          </tr>
        </thead>
        {SERVQUAL_DIMENSIONS.map((dim) => {
          const name = dimensionName(t, dim);
          const gap = gaps.perDimension[dim];
          return (
            <tbody key={dim}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="insp-servqual-dim">
                  {name}
                </th>
              </tr>
              <tr>
                <td>
                  <SelectField
                    label={t('inspector.servqual.expectation', { dimension: name })}
                    hideLabel
                    value={servqual[dim].expectation}
                    options={scale}
                    onChange={(expectation) => updateMoment(stepId, { servqual: { [dim]: { expectation } } })}
                  />
                </td>
                <td>
                  <SelectField
                    label={t('inspector.servqual.perception', { dimension: name })}
                    hideLabel
                    value={servqual[dim].perception}
                    options={scale}
                    onChange={(perception) => updateMoment(stepId, { servqual: { [dim]: { perception } } })}
                  />
                </td>
                <td className={gapClass(gap)} aria-label={t('inspector.servqual.gap', { dimension: name })}>
                  {gap === null ? '–' : formatSigned(lng, gap)}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
      <MeasuredMeans servqual={servqual} />
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
      <SelectField
        label={t('domain.evidenceLabel')}
        value={servqual.evidence}
        options={evidenceOptions(t)}
        onChange={(evidence) => updateMoment(stepId, { servqual: { evidence } })}
      />
    </Section>
  );
}
