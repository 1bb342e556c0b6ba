import { useTranslation } from 'react-i18next';
import { useDocument } from '../../state/documentStore';
import { ask } from '../../state/notify';
import { useUi } from '../../state/uiStore';
import { dispatch } from './dispatch';
import { Section, TextField } from './fields';
import { laneStepCounts } from './structureCounts';

/**
 * The inspector for one lane (a service-blueprint row): name, order (move up/down) and
 * deletion. Deleting keeps the lane's steps: they join the first remaining lane, or leave
 * lanes altogether when it was the last one. Renders nothing if the lane is gone.
 */
export function LaneInspector({ laneId }: { laneId: string }) {
  const { t } = useTranslation();
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
        ? t('inspector.lane.empty')
        : heir
          ? t('inspector.lane.movesSteps', { count: stepCount, name: heir.name })
          : t('inspector.lane.keepsSteps', { count: stepCount });
    if (!(await ask('delete-lane', { name: lane.name, consequence }))) return;
    if (dispatch({ type: 'removeLane', laneId }) && useUi.getState().focusedLaneId === laneId) {
      useUi.getState().setFocusedLane(null);
    }
  };

  return (
    <Section title={t('domain.lane')}>
      <p className="insp-position muted">
        {t('inspector.lane.position', { index: index + 1, total: count, count: stepCount })}
      </p>
      <TextField
        label={t('inspector.lane.name')}
        value={lane.name}
        placeholder={t('inspector.lane.namePlaceholder')}
        onChange={(name) => dispatch({ type: 'updateLane', laneId, changes: { name } }, `${laneId}:name`)}
      />
      {/* aria-disabled rather than disabled: the button keeps keyboard focus after the last move. */}
      <div className="insp-row">
        <button type="button" aria-disabled={index <= 0 || undefined} onClick={() => move(index - 1)}>
          {t('inspector.lane.moveUp')}
        </button>
        <button type="button" aria-disabled={index >= count - 1 || undefined} onClick={() => move(index + 1)}>
          {t('inspector.lane.moveDown')}
        </button>
      </div>
      <div className="insp-row">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('inspector.lane.remove')}
        </button>
      </div>
    </Section>
  );
}
