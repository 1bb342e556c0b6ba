import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lintMessage, lintProject } from '../../../shared/analysis';
import { formatNumber } from '../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useViewedProject } from '../../state/filters';

/** Problems the journey has, in the UI language; each finding selects its step or flow. */
export function LintPanel() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const project = useViewedProject();
  const findings = useMemo(() => (project ? lintProject(project) : []), [project]);
  const [open, setOpen] = useState(false);
  return (
    <section className="lint-panel" aria-label={t('insights.problems')}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('insights.problemsToggle', { n: formatNumber(lng, findings.length) })}
      </button>
      {open && (
        <ul>
          {findings.length === 0 && <li className="muted">{t('insights.noProblems')}</li>}
          {findings.map((f, i) => (
            <li
              key={`${f.code}-${f.stepId ?? ('flowId' in f ? f.flowId : undefined) ?? i}${'metricId' in f ? `-${f.metricId}` : ''}`}
            >
              <button
                type="button"
                className="finding"
                onClick={() =>
                  useDocument.getState().select({
                    stepIds: f.stepId ? [f.stepId] : [],
                    flowIds: 'flowId' in f ? [f.flowId] : [],
                  })
                }
              >
                {lintMessage(t, lng, f)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
