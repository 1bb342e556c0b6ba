/**
 * The Insights view's survey section: per imported survey (project.surveys, kept with its raw
 * data), the figures recomputed from that data by shared/survey's engine: per SERVQUAL
 * dimension the means of expectation and perception, the gap P - E and the respondents they
 * rest on, then the unweighted and the weighted score (the respondents' importance points
 * where the file has them, else the project's weights), all to two decimals in the UI language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { scoreScaleOf, servqualBand } from '../../../shared/lens';
import type { Project, Survey } from '../../../shared/model/types';
import { computeSurvey, type SurveyResult } from '../../../shared/survey';
import { gapText, SurveyDimensionTable } from '../survey/DimensionTable';

function OneSurvey({ survey, result, lng }: { survey: Survey; result: SurveyResult | null; lng: Language }) {
  const { t } = useTranslation();
  const scale = scoreScaleOf({ servqualScale: survey.scale === 5 ? 5 : 7 });
  const headingId = `insights-survey-${survey.id}`;
  const imported = Number.isNaN(Date.parse(survey.importedAt)) ? survey.importedAt : formatDate(lng, survey.importedAt);
  return (
    <div className="insights-survey" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{survey.name}</h4>
      <p className="insights-note">
        {t('survey.insights.source', {
          file: survey.fileName,
          date: imported,
          scale: formatNumber(lng, survey.scale),
        })}
      </p>
      {result === null ? (
        <p className="insights-note">{t('survey.insights.failed')}</p>
      ) : (
        <>
          <p className="insights-survey-n">
            {result.respondents === null
              ? t('survey.insights.statementMeans')
              : t('survey.insights.respondents', {
                  count: result.respondents,
                  n: formatNumber(lng, result.respondents),
                })}
          </p>
          <SurveyDimensionTable
            result={result}
            scale={scale}
            lng={lng}
            label={t('survey.insights.table', { name: survey.name })}
            className="insights-table"
            footer={
              <>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('survey.insights.unweighted')}
                  </th>
                  <td>{gapText(lng, result.unweighted)}</td>
                  <td />
                </tr>
                {result.weighted !== null ? (
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t('survey.insights.weighted')}
                      <span className="insights-sub">
                        {result.importance ? t('survey.insights.byImportance') : t('survey.insights.byProject')}
                      </span>
                    </th>
                    <td className="survey-gap" data-band={servqualBand(result.weighted, scale)}>
                      {gapText(lng, result.weighted)}
                    </td>
                    <td />
                  </tr>
                ) : null}
              </>
            }
          />
        </>
      )}
    </div>
  );
}

export function SurveyInsights({ project, lng }: { project: Project; lng: Language }) {
  const { t } = useTranslation();
  const surveys = project.surveys;
  const weights = project.servqualWeights;
  // Recomputed from the kept raw data only when the surveys or the weights change.
  const results = useMemo(
    () =>
      (surveys ?? []).map((s) => {
        const computed = computeSurvey(s, weights);
        return computed.ok ? computed.result : null;
      }),
    [surveys, weights],
  );
  if (!surveys?.length) return null;
  return (
    <section className="insights-section" aria-labelledby="insights-surveys">
      <h3 id="insights-surveys">{t('survey.insights.title')}</h3>
      {surveys.map((s, i) => (
        <OneSurvey key={s.id} survey={s} result={results[i] ?? null} lng={lng} />
      ))}
    </section>
  );
}
