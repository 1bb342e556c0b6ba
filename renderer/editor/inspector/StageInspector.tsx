import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canApplyCommand } from '../../../shared/commands';
import { useDocument } from '../../state/documentStore';
import { ask, notifyRefusal } from '../../state/notify';
import { useUi } from '../../state/uiStore';
import { dispatch } from './dispatch';
import { Section, TextField } from './fields';

/**
 * The inspector for one stage: name, optional colour, its place in the journey (move
 * left/right) and deletion, which takes the stage's steps and their flows with it. Renders
 * nothing if the stage is gone (deleted, or undone away).
 */
export function StageInspector({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const colourId = useId();
  const lastHintId = useId();
  const stage = useDocument((s) => s.project?.stages.find((st) => st.id === stageId));
  const index = useDocument((s) => s.project?.stages.findIndex((st) => st.id === stageId) ?? -1);
  const count = useDocument((s) => s.project?.stages.length ?? 0);
  const stepCount = useDocument(
    (s) => s.project?.steps.reduce((n, st) => n + (st.stageId === stageId ? 1 : 0), 0) ?? 0,
  );
  // Whether the document model would refuse the deletion, and why (the last stage cannot go).
  const project = useDocument((s) => s.project);
  const refusal = useMemo(() => {
    const check = project ? canApplyCommand(project, { type: 'removeStage', stageId }) : null;
    return check && !check.ok ? check.reason : undefined;
  }, [project, stageId]);
  if (!stage) return null;

  const move = (toIndex: number) => {
    if (toIndex >= 0 && toIndex < count) dispatch({ type: 'moveStage', stageId, toIndex });
  };
  const remove = async () => {
    if (refusal) {
      notifyRefusal(refusal);
      return;
    }
    const consequence = stepCount
      ? t('inspector.stage.deletesSteps', { count: stepCount })
      : t('inspector.stage.empty');
    if (!(await ask('delete-stage', { name: stage.name, consequence }))) return;
    if (dispatch({ type: 'removeStage', stageId }) && useUi.getState().focusedStageId === stageId) {
      useUi.getState().setFocusedStage(null);
    }
  };

  return (
    <Section title={t('domain.stage')}>
      <p className="insp-position muted">
        {t('inspector.stage.position', { index: index + 1, total: count, count: stepCount })}
      </p>
      <TextField
        label={t('inspector.stage.name')}
        value={stage.name}
        onChange={(name) => dispatch({ type: 'updateStage', stageId: stage.id, changes: { name } }, `${stage.id}:name`)}
      />
      <div className="insp-field">
        <label htmlFor={colourId}>{t('inspector.stage.colour')}</label>
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
          <span className="muted">{stage.colour ?? t('inspector.stage.noColourValue')}</span>
          {stage.colour ? (
            <button
              type="button"
              onClick={() => dispatch({ type: 'updateStage', stageId: stage.id, changes: { colour: null } })}
            >
              {t('inspector.stage.noColour')}
            </button>
          ) : null}
        </div>
      </div>
      {/* aria-disabled rather than disabled: the button keeps keyboard focus after the last move. */}
      <div className="insp-row">
        <button type="button" aria-disabled={index <= 0 || undefined} onClick={() => move(index - 1)}>
          {t('inspector.stage.moveLeft')}
        </button>
        <button type="button" aria-disabled={index >= count - 1 || undefined} onClick={() => move(index + 1)}>
          {t('inspector.stage.moveRight')}
        </button>
      </div>
      <div className="insp-row">
        <button
          type="button"
          className="danger"
          aria-disabled={refusal ? true : undefined}
          aria-describedby={refusal ? lastHintId : undefined}
          onClick={() => void remove()}
        >
          {t('inspector.stage.remove')}
        </button>
      </div>
      {refusal ? (
        <p id={lastHintId} className="insp-hint">
          {t(`notify.refused-${refusal}`)}
        </p>
      ) : null}
    </Section>
  );
}
