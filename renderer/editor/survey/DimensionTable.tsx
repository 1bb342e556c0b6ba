/**
 * A survey's figures per SERVQUAL dimension, as the import dialog previews them and the Insights
 * view shows a kept survey: the means of expectation and perception, the gap P - E (coloured by
 * how far it falls short on the survey's scale) and the respondents the gap rests on, all to two
 * decimals in the UI language; "–" where the survey has no figure. The caller may add footer rows.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { servqualBand, type ScoreScale } from '../../../shared/lens';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { SurveyResult } from '../../../shared/survey';
import { dimensionName } from '../inspector/options';
import './survey.css';

/** A mean (or weight) to two decimals, "–" for none. */
export const meanText = (lng: Language, n: number | null) =>
  n === null ? '–' : formatNumber(lng, n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A gap or score, signed, to two decimals, "–" for none. */
export const gapText = (lng: Language, n: number | null) => (n === null ? '–' : formatSigned(lng, n, 2));

export function SurveyDimensionTable({
  result,
  scale,
  lng,
  label,
  className,
  footer,
}: {
  result: SurveyResult;
  /** The survey's answer scale: where a gap's band begins. */
  scale: ScoreScale;
  lng: Language;
  /** The table's accessible name. */
  label: string;
  className: string;
  /** Rows under the dimensions (the scores), five cells wide. */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <table className={className} aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('survey.dimension')}</th>
          <th scope="col">{t('survey.expectation')}</th>
          <th scope="col">{t('survey.perception')}</th>
          <th scope="col">{t('survey.gap')}</th>
          <th scope="col">{t('survey.respondents')}</th>
        </tr>
      </thead>
      <tbody>
        {SERVQUAL_DIMENSIONS.map((d) => {
          const m = result.dimensions[d];
          return (
            <tr key={d}>
              <th scope="row">{dimensionName(t, d)}</th>
              <td>{meanText(lng, m.expectation)}</td>
              <td>{meanText(lng, m.perception)}</td>
              <td className="survey-gap" data-band={m.gap === null ? undefined : servqualBand(m.gap, scale)}>
                {gapText(lng, m.gap)}
              </td>
              <td>{m.respondents === null || m.gap === null ? '–' : formatNumber(lng, m.respondents)}</td>
            </tr>
          );
        })}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
