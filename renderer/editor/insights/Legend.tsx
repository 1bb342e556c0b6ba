import { useTranslation } from 'react-i18next';
import { lensLegend, lensOf, scoreScaleOf } from '../../../shared/lens';
import { useLensLabels } from '../../i18n';
import { useDocument } from '../../state/documentStore';

/** What the overlay's colours mean: the same legend (shared/lens.ts) as the exported picture's, in the UI language. */
export function Legend() {
  const { t } = useTranslation();
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  const labels = useLensLabels();
  const servqualScale = useDocument((s) => s.project?.servqualScale ?? 7);
  const legend = lensLegend(lensOf(lens, sense), { labels, scale: scoreScaleOf({ servqualScale }) });
  if (!legend) return null;
  return (
    <aside className="legend" aria-label={t('insights.legend')}>
      <strong>{legend.title}</strong>
      <ul>
        {legend.entries.map((e) => (
          <li key={e.key}>
            <span
              className="swatch"
              style={{ background: e.swatch.fill, borderColor: e.swatch.border }}
              aria-hidden="true"
            />{' '}
            {e.label}
          </li>
        ))}
      </ul>
    </aside>
  );
}
