import { useId } from 'react';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { Section, TextField } from './fields';

/**
 * The inspector for one stage: its name and an optional colour. Renders nothing if the
 * stage is gone (deleted, or undone away).
 */
export function StageInspector({ stageId }: { stageId: string }) {
  const colourId = useId();
  const stage = useDocument((s) => s.project?.stages.find((st) => st.id === stageId));
  if (!stage) return null;
  return (
    <Section title="Stage">
      <TextField
        label="Stage name"
        value={stage.name}
        onChange={(name) => dispatch({ type: 'updateStage', stageId: stage.id, changes: { name } }, `${stage.id}:name`)}
      />
      <div className="insp-field">
        <label htmlFor={colourId}>Stage colour</label>
        <div className="insp-colour">
          <input
            id={colourId}
            type="color"
            value={stage.colour ?? '#e5e7eb'}
            // A colour picker reports every intermediate colour while dragging: one undo entry.
            onChange={(e) =>
              dispatch(
                { type: 'updateStage', stageId: stage.id, changes: { colour: e.target.value.toLowerCase() } },
                `${stage.id}:colour`,
              )
            }
          />
          <span className="muted">{stage.colour ?? 'no colour'}</span>
          {stage.colour ? (
            <button
              type="button"
              onClick={() => dispatch({ type: 'updateStage', stageId: stage.id, changes: { colour: null } })}
            >
              No colour
            </button>
          ) : null}
        </div>
      </div>
    </Section>
  );
}
