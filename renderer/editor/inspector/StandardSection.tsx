import { useId, useState } from 'react';
import type { Measure, Moment } from '../../../shared/model/types';
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
  const [draft, setDraft] = useDraft(measure.text, (t) => t, sameText);
  const move = (to: number) => {
    // Out of range is a no-op rather than a disabled button, so keyboard focus stays put.
    if (to < 0 || to >= count) return;
    dispatch({ type: 'moveMeasure', stepId, from: index, to });
  };
  return (
    <li className={`insp-measure${measure.done ? ' done' : ''}`}>
      <input
        type="checkbox"
        aria-label={measure.text || 'Untitled measure'}
        checked={measure.done}
        onChange={(e) =>
          dispatch({ type: 'updateMeasure', stepId, measureId: measure.id, changes: { done: e.target.checked } })
        }
      />
      <input
        type="text"
        aria-label={`Measure ${index + 1} text`}
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
        aria-label="Move measure up"
        title="Move measure up"
        aria-disabled={index === 0 || undefined}
        onClick={() => move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        aria-label="Move measure down"
        title="Move measure down"
        aria-disabled={index === count - 1 || undefined}
        onClick={() => move(index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon"
        aria-label="Remove measure"
        title="Remove measure"
        onClick={() => dispatch({ type: 'removeMeasure', stepId, measureId: measure.id })}
      >
        ×
      </button>
    </li>
  );
}

function AddMeasure({ stepId }: { stepId: string }) {
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
        New measure
      </label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder="New measure, e.g. answered within three rings"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add}>
        Add measure
      </button>
    </div>
  );
}

/** The service standard: ordinary and quality wording, and the checklist of measures that checks it. */
export function StandardSection({ stepId, standard }: { stepId: string; standard: Moment['standard'] }) {
  const done = standard.measures.filter((m) => m.done).length;
  return (
    <Section title="Standard">
      <TextField
        label="Ordinary standard"
        multiline
        rows={2}
        value={standard.ordinary}
        placeholder="e.g. the customer is greeted quickly"
        onChange={(ordinary) => updateMoment(stepId, { standard: { ordinary } }, `${stepId}:standard.ordinary`)}
      />
      <TextField
        label="Quality standard"
        multiline
        rows={2}
        value={standard.quality}
        placeholder="e.g. the customer is greeted within 30 seconds"
        onChange={(quality) => updateMoment(stepId, { standard: { quality } }, `${stepId}:standard.quality`)}
      />
      <div className="insp-measures-head">
        <span>Measures</span>
        {standard.measures.length > 0 ? (
          <span className="muted">
            {done} of {standard.measures.length} done
          </span>
        ) : null}
      </div>
      {standard.measures.length > 0 ? (
        <ul className="insp-measures" aria-label="Measures">
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
