/**
 * The Insights view's metrics section: how many of the steps' metrics miss their target
 * (shared/analysis/insights.ts `metrics`), and which, each a button that selects its step.
 */
import { useTranslation } from 'react-i18next';
import type { MetricsInsight } from '../../../shared/analysis/insights';
import { metricLabels } from '../../../shared/formats/drawing/metricLabels';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/types';
import { useDocument } from '../../state/documentStore';
import { useViewRequests } from '../../state/viewRequests';

function selectStep(stepId: string) {
  useDocument.getState().select({ stepIds: [stepId], flowIds: [] });
  useViewRequests.getState().revealStep(stepId);
}

export function MetricsInsights({
  metrics,
  project,
  lng,
}: {
  metrics: MetricsInsight;
  project: Project;
  lng: Language;
}) {
  const { t } = useTranslation();
  const words = metricLabels(t, lng);
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const off = metrics.offTarget.length;
  return (
    <section className="insights-section" aria-labelledby="insights-metrics">
      <h3 id="insights-metrics">{t('metrics.insights.title')}</h3>
      <p className="insights-metric-count" data-off={off > 0 || undefined}>
        {t('metrics.insights.offTarget', { count: off })}
      </p>
      {metrics.withTarget === 0 ? (
        <p className="insights-note">{t('metrics.insights.none')}</p>
      ) : (
        <p className="insights-note">
          {t('metrics.insights.summary', {
            off: formatNumber(lng, off),
            total: formatNumber(lng, metrics.withTarget),
          })}
        </p>
      )}
      {off > 0 && (
        <ol className="insights-ranked" aria-label={t('metrics.insights.list')}>
          {metrics.offTarget.map(({ stepId, metricId }) => {
            const step = steps.get(stepId);
            const metric = step?.metrics?.find((m) => m.id === metricId);
            if (!step || !metric) return null;
            return (
              <li key={`${stepId}-${metricId}`}>
                <button
                  type="button"
                  className="insights-step"
                  title={words.title(metric)}
                  onClick={() => selectStep(stepId)}
                >
                  <span className="insights-step-title">{step.title}</span>
                  <span className="insights-badge insights-metric-off">{words.badge(metric)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
