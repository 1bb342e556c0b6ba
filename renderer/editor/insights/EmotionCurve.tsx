import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { emotionPath } from '../../../shared/analysis';
import { stepRects } from '../../../shared/layout/grid';
import { gridOf } from '../flowModel';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { formatSigned } from '../../../shared/i18n/format';

const HEIGHT = 110;
const PAD = 14;
const transformX = (s: ReactFlowState) => s.transform[0];
const transformZoom = (s: ReactFlowState) => s.transform[2];
const y = (emotion: number) => PAD + ((2 - emotion) / 4) * (HEIGHT - 2 * PAD);

/**
 * The emotion curve under the map: each contact moment's emotion in flow
 * order, at the horizontal position of its step on the canvas, so it lines up
 * with the stage columns as the user pans and zooms. Moments of truth are
 * marked in amber. Points are drawn in canvas coordinates inside one group
 * whose transform follows the viewport, so panning re-renders one attribute,
 * not every point. Dots are zero-length strokes with round caps and
 * non-scaling strokes, so they stay round at any zoom.
 */
export function EmotionCurve() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const project = useDocument((s) => s.project);
  const selected = useDocument((s) => s.selection.stepIds);
  const tx = useStore(transformX);
  const zoom = useStore(transformZoom);
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
  const drawn = useMemo(() => {
    const selectedSet = new Set(selected);
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.cx.toFixed(1)},${y(p.emotion ?? 0).toFixed(1)}`).join(' ');
    return (
      <>
        <path d={path} className="curve" vectorEffect="non-scaling-stroke" />
        {points.map((p) => (
          <path
            key={p.stepId}
            d={`M${p.cx.toFixed(1)},${y(p.emotion ?? 0).toFixed(1)}h0`}
            vectorEffect="non-scaling-stroke"
            role="button"
            tabIndex={0}
            aria-label={t(p.momentOfTruth ? 'insights.pointTruth' : 'insights.point', {
              title: p.title || t('inspector.untitledStep'),
              emotion: formatSigned(lng, p.emotion ?? 0),
            })}
            className={`point${p.momentOfTruth ? ' truth' : ''}${selectedSet.has(p.stepId) ? ' selected' : ''}`}
            onClick={() => useDocument.getState().select({ stepIds: [p.stepId], flowIds: [] })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ')
                useDocument.getState().select({ stepIds: [p.stepId], flowIds: [] });
            }}
          >
            <title>{p.title}</title>
          </path>
        ))}
      </>
    );
  }, [points, selected, t, lng]);
  const axes = useMemo(
    () =>
      [-2, -1, 0, 1, 2].map((v) => (
        <g key={v}>
          <line x1={0} x2="100%" y1={y(v)} y2={y(v)} className={v === 0 ? 'axis zero' : 'axis'} />
          <text x={4} y={y(v) - 2} className="axis-label">
            {formatSigned(lng, v)}
          </text>
        </g>
      )),
    [lng],
  );
  if (!project) return null;
  return (
    <figure className="emotion-curve" aria-label={t('insights.emotionCurve')}>
      <svg width="100%" height={HEIGHT} role="group" aria-label={t('insights.emotionAlongFlow')}>
        {axes}
        <g transform={`translate(${tx} 0) scale(${zoom} 1)`}>{drawn}</g>
      </svg>
    </figure>
  );
}
