/**
 * A moment's SERVQUAL means from a survey, at full precision to two decimals with the number
 * of respondents, under the inspector's SERVQUAL table (the table's selects take whole numbers).
 * Shows only the dimensions that have a respondent count, i.e. were measured.
 */
import { useTranslation } from 'react-i18next';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Moment } from '../../../shared/model/types';
import { formatNumber } from '../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { dimensionName } from '../inspector/options';
import './survey.css';

export function MeasuredMeans({ servqual }: { servqual: Moment['servqual'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const two = (n: number) => formatNumber(lng, n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines = SERVQUAL_DIMENSIONS.flatMap((d) => {
    const e = servqual[d];
    if (e.respondents === undefined || e.respondents === null || e.expectation === null || e.perception === null) {
      return [];
    }
    return [
      {
        d,
        text: t('survey.measuredLine', {
          dimension: dimensionName(t, d),
          expectation: two(e.expectation),
          perception: two(e.perception),
          respondents: formatNumber(lng, e.respondents),
        }),
      },
    ];
  });
  if (!lines.length) return null;
  return (
    <div className="insp-measured" role="group" aria-label={t('survey.measured')}>
      <p className="insp-measured-title">{t('survey.measured')}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.d}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}
