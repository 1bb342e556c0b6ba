import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import type { Measure, Moment } from '../../../shared/model/types';
import { useLanguage } from '../../i18n';
import { newId } from '../../state/ids';
import { dispatch, updateMoment } from './dispatch';
import { Section, TextField } from './fields';
import { useDraft } from './useDraft';

const sameText = (draft: string, value: string) => draft === value;

function MeasureRow({
  stepId,
  measure,
  index,
  count,
}: {
  stepId: string;
  measure: Measure;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [draft, setDraft] = useDraft(measure.text, (text) => text, sameText);
  const move = (to: number) => {
    // Out of range is a no-op rather than a disabled button, so keyboard focus stays put.
    if (to < 0 || to >= count) return;
    dispatch({ type: 'moveMeasure', stepId, from: index, to });
  };
  return (
    <li className={`insp-measure${measure.done ? ' done' : ''}`}>
      <input
        type="checkbox"
        aria-label={measure.text || t('inspector.standard.untitledMeasure')}
        checked={measure.done}
        onChange={(e) =>
          dispatch({ type: 'updateMeasure', stepId, measureId: measure.id, changes: { done: e.target.checked } })
        }
      />
      <input
        type="text"
        aria-label={t('inspector.standard.measureText', { n: formatNumber(lng, index + 1) })}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          dispatch(
            { type: 'updateMeasure', stepId, measureId: measure.id, changes: { text: e.target.value } },
            `${stepId}:measure.${measure.id}.text`,
          );
        }}
      />
      <button
        type="button"
        className="icon"
        aria-label={t('inspector.standard.moveUp')}
        title={t('inspector.standard.moveUp')}
        aria-disabled={index === 0 || undefined}
        onClick={() => move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        aria-label={t('inspector.standard.moveDown')}
        title={t('inspector.standard.moveDown')}
        aria-disabled={index === count - 1 || undefined}
        onClick={() => move(index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon"
        aria-label={t('inspector.standard.remove')}
        title={t('inspector.standard.remove')}
        onClick={() => dispatch({ type: 'removeMeasure', stepId, measureId: measure.id })}
      >
        ×
      </button>
    </li>
  );
}

function AddMeasure({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    if (dispatch({ type: 'addMeasure', stepId, measure: { id: newId('measure'), text: trimmed, done: false } })) {
      setText('');
    }
  };
  return (
    <div className="insp-add-measure">
      <label htmlFor={id} className="visually-hidden">
        {t('inspector.standard.newMeasure')}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={t('inspector.standard.newPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add}>
        {t('inspector.standard.add')}
      </button>
    </div>
  );
}

/** The service standard: ordinary and quality wording, and the checklist of measures that checks it. */
export function StandardSection({ stepId, standard }: { stepId: string; standard: Moment['standard'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const done = standard.measures.filter((m) => m.done).length;
  return (
    <Section title={t('inspector.standard.title')}>
      <TextField
        label={t('domain.ordinaryStandard')}
        multiline
        rows={2}
        value={standard.ordinary}
        placeholder={t('inspector.standard.ordinaryPlaceholder')}
        onChange={(ordinary) => updateMoment(stepId, { standard: { ordinary } }, `${stepId}:standard.ordinary`)}
      />
      <TextField
        label={t('domain.qualityStandard')}
        multiline
        rows={2}
        value={standard.quality}
        placeholder={t('inspector.standard.qualityPlaceholder')}
        onChange={(quality) => updateMoment(stepId, { standard: { quality } }, `${stepId}:standard.quality`)}
      />
      <div className="insp-measures-head">
        <span>{t('inspector.standard.measures')}</span>
        {standard.measures.length > 0 ? (
          <span className="muted">
            {t('inspector.standard.done', {
              done: formatNumber(lng, done),
              total: formatNumber(lng, standard.measures.length),
            })}
          </span>
        ) : null}
      </div>
      {standard.measures.length > 0 ? (
        <ul className="insp-measures" aria-label={t('inspector.standard.measures')}>
          {standard.measures.map((measure, index) => (
            <MeasureRow
              key={measure.id}
              stepId={stepId}
              measure={measure}
              index={index}
              count={standard.measures.length}
            />
          ))}
        </ul>
      ) : null}
      <AddMeasure stepId={stepId} />
    </Section>
  );
}
