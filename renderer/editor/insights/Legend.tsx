import { useDocument } from '../../state/documentStore';
import { legendFor } from '../lens';

export function Legend() {
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  const legend = legendFor(lens, sense);
  if (!legend) return null;
  return (
    <aside className="legend" aria-label="Legend">
      <strong>{legend.title}</strong>
      <ul>
        {legend.entries.map((e) => (
          <li key={e.label}>
            <span className="swatch" style={{ background: e.fill }} aria-hidden="true" /> {e.label}
          </li>
        ))}
      </ul>
    </aside>
  );
}
