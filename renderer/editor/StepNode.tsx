import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { riskLevel, riskScore } from '../../shared/analysis';
import { SENSES } from '../../shared/model';
import { useLensLabels } from '../i18n';
import { useDocument } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { countRender } from '../probe';
import { lensOf, lensPaint, NOT_ASSESSED, scoreScaleOf } from '../../shared/lens';
import type { StepNodeType } from './flowModel';
import { signed } from './phrase';
import { CommentMarker } from './comments/CommentMarker';

// Sense tags are letters (`domain.senseTags`), not emoji: emoji fonts are missing on many
// machines (and in exported images).
const VALENCE_CLASS = { '-1': 'neg', '0': 'neu', '1': 'pos' } as const;

function RenameField({ stepId, title }: { stepId: string; title: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (commit && value.trim() && value !== title)
      useDocument.getState().dispatch({ type: 'updateStep', stepId, changes: { title: value.trim() } });
    useUi.getState().setRenaming(null);
  };
  return (
    <input
      ref={ref}
      className="nodrag step-rename"
      aria-label={t('canvas.stepTitle')}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
    />
  );
}

/** One step on the canvas. Memoised: it re-renders only when its own step, selection, the lens or the SERVQUAL weights or scale change. */
export const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<StepNodeType>) {
  countRender(id);
  const { t } = useTranslation();
  const { step } = data;
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  const renaming = useUi((s) => s.renamingStepId === step.id);
  const simplified = useDocument((s) => s.simplified);
  const weights = useDocument((s) => s.project?.servqualWeights);
  const servqualScale = useDocument((s) => s.project?.servqualScale ?? 7);
  const moment = step.moment;
  const level = moment ? riskLevel(riskScore(moment.risk)) : null;
  const lensWords = useLensLabels();
  const paint = weights
    ? lensPaint(step, lensOf(lens, sense), weights, {
        labels: lensWords,
        scale: scoreScaleOf({ servqualScale }),
      })
    : null;
  const className = `step-node kind-${step.kind}${selected ? ' selected' : ''}${level ? ` risk-${level}` : ''}`;
  // "Not assessed" is the theme's own grey (a light chip would glare on the dark canvas); the signal colours are the same in both.
  const style = !paint
    ? undefined
    : paint.swatch === NOT_ASSESSED
      ? { background: 'var(--color-not-assessed-fill)', color: 'var(--color-not-assessed-text)' }
      : { background: paint.swatch.fill, color: paint.swatch.text };
  // The count of open comments sits beside the box (which clips its own content), over its corner.
  const marker = <CommentMarker kind="step" id={step.id} className="on-step" />;
  if (simplified && !renaming)
    return (
      <>
        <div className={`${className} simplified`} style={style}>
          <Handle type="target" position={Position.Left} />
          <Handle type="source" position={Position.Right} />
        </div>
        {marker}
      </>
    );
  const box = (
    <div className={className} style={style} data-risk={level ?? undefined}>
      <Handle type="target" position={Position.Left} />
      <div className="step-badges">
        {moment && (
          <span className="badge badge-moment" title={t('domain.contactMoment')} aria-label={t('domain.contactMoment')}>
            ●
          </span>
        )}
        {moment?.momentOfTruth && (
          <span className="badge badge-truth" title={t('domain.momentOfTruth')} aria-label={t('domain.momentOfTruth')}>
            ★
          </span>
        )}
        {moment &&
          SENSES.filter((s) => moment.senses[s].engaged).map((s) => (
            <span
              key={s}
              className={`sense sense-${VALENCE_CLASS[String(moment.senses[s].valence) as '-1' | '0' | '1']}`}
              title={
                moment.senses[s].note
                  ? t('canvas.senseNote', { sense: t(`domain.senses.${s}`), note: moment.senses[s].note })
                  : t(`domain.senses.${s}`)
              }
              aria-label={t(`domain.senses.${s}`)}
            >
              {t(`domain.senseTags.${s}`)}
            </span>
          ))}
        <span className="spacer" />
        {moment && moment.emotion !== null && (
          <span
            className={`emotion emotion-${moment.emotion < 0 ? 'neg' : moment.emotion > 0 ? 'pos' : 'neu'}`}
            title={t('canvas.emotion', { emotion: t('domain.emotion'), value: signed(moment.emotion) })}
            aria-label={t('canvas.emotion', { emotion: t('domain.emotion'), value: signed(moment.emotion) })}
          >
            {signed(moment.emotion)}
          </span>
        )}
        {paint && <span className="lens-value">{paint.value}</span>}
      </div>
      {renaming ? <RenameField stepId={step.id} title={step.title} /> : <div className="step-title">{step.title}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
  return (
    <>
      {box}
      {marker}
    </>
  );
});
