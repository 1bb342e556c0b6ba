import { useDocument } from '../../state/documentStore';
import { ask } from '../../state/notify';
import { useUi } from '../../state/uiStore';
import { dispatch } from './dispatch';
import { Section, TextField } from './fields';
import { laneStepCounts } from './structureCounts';
import { plural } from './options';

/**
 * The inspector for one lane (a service-blueprint row): name, order (move up/down) and
 * deletion. Deleting keeps the lane's steps: they join the first remaining lane, or leave
 * lanes altogether when it was the last one. Renders nothing if the lane is gone.
 */
export function LaneInspector({ laneId }: { laneId: string }) {
  const lanes = useDocument((s) => s.project?.lanes);
  const steps = useDocument((s) => s.project?.steps);
  if (!lanes || !steps) return null;
  const index = lanes.findIndex((l) => l.id === laneId);
  if (index < 0) return null;
  const lane = lanes[index];
  const count = lanes.length;
  const stepCount = laneStepCounts(lanes, steps).get(laneId) ?? 0;

  const move = (toIndex: number) => {
    if (toIndex >= 0 && toIndex < count) dispatch({ type: 'moveLane', laneId, toIndex });
  };
  const remove = async () => {
    const heir = lanes.find((l) => l.id !== laneId);
    const consequence =
      stepCount === 0
        ? 'It holds no steps.'
        : heir
          ? `Its ${plural(stepCount, 'step', 'steps')} will move to lane "${heir.name}".`
          : `Its ${plural(stepCount, 'step', 'steps')} will stay on the map, outside any lane.`;
    if (!(await ask('delete-lane', { name: lane.name, consequence }))) return;
    if (dispatch({ type: 'removeLane', laneId }) && useUi.getState().focusedLaneId === laneId) {
      useUi.getState().setFocusedLane(null);
    }
  };

  return (
    <Section title="Lane">
      <p className="insp-position muted">{`Lane ${index + 1} of ${count} · ${plural(stepCount, 'step', 'steps')}`}</p>
      <TextField
        label="Lane name"
        value={lane.name}
        placeholder="e.g. Front stage"
        onChange={(name) => dispatch({ type: 'updateLane', laneId, changes: { name } }, `${laneId}:name`)}
      />
      {/* aria-disabled rather than disabled: the button keeps keyboard focus after the last move. */}
      <div className="insp-row">
        <button type="button" aria-disabled={index <= 0 || undefined} onClick={() => move(index - 1)}>
          Move lane up
        </button>
        <button type="button" aria-disabled={index >= count - 1 || undefined} onClick={() => move(index + 1)}>
          Move lane down
        </button>
      </div>
      <div className="insp-row">
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete lane
        </button>
      </div>
    </Section>
  );
}
