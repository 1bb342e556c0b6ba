import { useMemo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { emotionPath } from '../../../shared/analysis';
import { gridOf } from '../flowModel';
import { stepRects } from '../../../shared/layout/grid';
import { useDocument } from '../../state/documentStore';

const HEIGHT = 110;
const PAD = 14;
const transformOf = (s: ReactFlowState) => s.transform;

/**
 * The emotion curve under the map: each contact moment's emotion in flow
 * order, at the horizontal position of its step on the canvas, so it lines up
 * with the stage columns as the user pans and zooms. Moments of truth are stars.
 */
export function EmotionCurve() {
  const project = useDocument((s) => s.project);
  const selected = useDocument((s) => s.selection.stepIds);
  const [tx, , zoom] = useStore(transformOf);
  const points = useMemo(() => {
    if (!project) return [];
    const rects = stepRects(project, gridOf(project));
    const titles = new Map(project.steps.map((s) => [s.id, s.title]));
    return emotionPath(project)
      .filter((p) => p.emotion !== null && p.onMainPath)
      .map((p) => {
        const r = rects.get(p.stepId);
        return { ...p, title: titles.get(p.stepId) ?? '', cx: r ? r.x + r.width / 2 : 0 };
      });
  }, [project]);
  if (!project) return null;
  const y = (emotion: number) => PAD + ((2 - emotion) / 4) * (HEIGHT - 2 * PAD);
  const sx = (x: number) => tx + x * zoom;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.cx).toFixed(1)},${y(p.emotion ?? 0).toFixed(1)}`).join(' ');
  return (
    <figure className="emotion-curve" aria-label="Emotion curve">
      <svg width="100%" height={HEIGHT} role="img" aria-label="Emotion along the main flow">
        {[-2, -1, 0, 1, 2].map((v) => (
          <g key={v}>
            <line x1={0} x2="100%" y1={y(v)} y2={y(v)} className={v === 0 ? 'axis zero' : 'axis'} />
            <text x={4} y={y(v) - 2} className="axis-label">
              {v > 0 ? `+${v}` : v}
            </text>
          </g>
        ))}
        <path d={path} className="curve" />
        {points.map((p) => {
          const x = sx(p.cx);
          const py = y(p.emotion ?? 0);
          const isSelected = selected.includes(p.stepId);
          return (
            <g
              key={p.stepId}
              role="button"
              tabIndex={0}
              aria-label={`${p.title}: emotion ${p.emotion}${p.momentOfTruth ? ', moment of truth' : ''}`}
              className={`point${isSelected ? ' selected' : ''}`}
              onClick={() => useDocument.getState().select({ stepIds: [p.stepId], flowIds: [] })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') useDocument.getState().select({ stepIds: [p.stepId], flowIds: [] });
              }}
            >
              {p.momentOfTruth ? (
                <text x={x} y={py + 6} textAnchor="middle" className="truth-star">
                  ★
                </text>
              ) : (
                <circle cx={x} cy={py} r={5} />
              )}
              <title>{p.title}</title>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
