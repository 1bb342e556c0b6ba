import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatNumber } from '../../../shared/i18n/format';
import { SERVQUAL_SCALES } from '../../../shared/model/schema';
import { scaleConversion } from '../../../shared/model/servqualScale';
import type { ServqualScale } from '../../../shared/model/types';
import { Modal } from '../../app/Modal';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { SelectField } from './fields';
import { dimensionName } from './options';

/** How many converted scores the dialog shows as examples. */
const EXAMPLES = 5;

/**
 * The project's SERVQUAL answer scale (1-5 or 1-7). Changing it on a project that has scores
 * first shows what the linear conversion does (a few scores before and after, and how many
 * there are); only a confirmation converts them, as one undo step.
 */
export function ServqualScaleField() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const scale = useDocument((s) => s.project?.servqualScale);
  const [asked, setAsked] = useState<ServqualScale | null>(null);
  if (scale === undefined) return null;
  const options = SERVQUAL_SCALES.map((n) => ({
    value: n,
    label: t('evidence.scale.option', { min: formatNumber(lng, 1), max: formatNumber(lng, n) }),
  }));
  const change = (to: ServqualScale) => {
    const project = useDocument.getState().project;
    if (!project) return;
    if (scaleConversion(project, to).length === 0) dispatch({ type: 'setServqualScale', scale: to });
    else setAsked(to);
  };
  return (
    <>
      <SelectField
        label={t('evidence.scale.label')}
        hint={t('evidence.scale.hint')}
        value={scale}
        options={options}
        onChange={change}
      />
      {asked !== null ? (
        <ScaleDialog
          to={asked}
          onCancel={() => setAsked(null)}
          onConfirm={() => {
            dispatch({ type: 'setServqualScale', scale: asked });
            setAsked(null);
          }}
        />
      ) : null}
    </>
  );
}

function ScaleDialog({ to, onCancel, onConfirm }: { to: ServqualScale; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const project = useDocument((s) => s.project);
  if (!project) return null;
  const from = project.servqualScale;
  const conversions = scaleConversion(project, to);
  const range = (max: number) => t('evidence.scale.option', { min: formatNumber(lng, 1), max: formatNumber(lng, max) });
  const title = t('evidence.scale.dialogTitle', { scale: range(to) });
  const examples = conversions.slice(0, EXAMPLES);
  const more = conversions.length - examples.length;
  return (
    <Modal label={title} onClose={onCancel} className="scale-dialog">
      <h2>{title}</h2>
      <p>{t('evidence.scale.converts', { count: conversions.length, from: range(from), to: range(to) })}</p>
      <p className="muted">{t('evidence.scale.formula')}</p>
      <table className="scale-examples" aria-label={t('evidence.scale.examples')}>
        <thead>
          <tr>
            <th scope="col">{t('evidence.scale.step')}</th>
            <th scope="col">{t('evidence.scale.score')}</th>
            <th scope="col">{t('evidence.scale.before', { scale: range(from) })}</th>
            <th scope="col">{t('evidence.scale.after', { scale: range(to) })}</th>
          </tr>
        </thead>
        <tbody>
          {examples.map((c) => (
            <tr key={`${c.stepId}:${c.dimension}:${c.field}`}>
              <td>{c.title || t('inspector.untitledStep')}</td>
              <td>{t(`evidence.scale.field.${c.field}`, { dimension: dimensionName(t, c.dimension) })}</td>
              <td className="num">{formatDecimal(lng, c.value)}</td>
              <td className="num">{formatDecimal(lng, c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p className="muted">{t('evidence.scale.more', { count: more })}</p> : null}
      <p className="muted">{t('evidence.scale.undo')}</p>
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onConfirm}>
          {t('evidence.scale.confirm', { count: conversions.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('evidence.scale.cancel')}
        </button>
      </div>
    </Modal>
  );
}
