import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { NumberField, Section, TextField } from './fields';
import { focusLane, focusStage } from './focus';
import { dimensionName } from './options';
import { ServqualScaleField } from './ServqualScaleField';
import { laneStepCounts, stageStepCounts } from './structureCounts';

/**
 * What the inspector shows when nothing is selected: the project's name and description,
 * its stages and lanes (each a button opening it in the inspector, so the structure is
 * reachable without the mouse), the SERVQUAL answer scale and importance weights.
 */
export function JourneyPanel() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const name = useDocument((s) => s.project?.name);
  const description = useDocument((s) => s.project?.description);
  const stages = useDocument((s) => s.project?.stages);
  const lanes = useDocument((s) => s.project?.lanes);
  const steps = useDocument((s) => s.project?.steps);
  const weights = useDocument((s) => s.project?.servqualWeights);
  const stageCounts = useMemo(() => stageStepCounts(stages ?? [], steps ?? []), [stages, steps]);
  const laneCounts = useMemo(() => laneStepCounts(lanes ?? [], steps ?? []), [lanes, steps]);
  if (name === undefined || description === undefined || !stages || !lanes || !weights) return null;

  return (
    <>
      <Section title={t('inspector.journey.title')}>
        <TextField
          label={t('inspector.journey.name')}
          value={name}
          onChange={(text) => dispatch({ type: 'renameProject', name: text }, 'project:name')}
        />
        <TextField
          label={t('inspector.journey.description')}
          multiline
          rows={2}
          value={description}
          onChange={(text) =>
            dispatch({ type: 'updateProject', changes: { description: text } }, 'project:description')
          }
        />
      </Section>
      <Section title={t('inspector.journey.stages')}>
        <ol className="insp-structure" aria-label={t('inspector.journey.stages')}>
          {stages.map((stage) => (
            <li key={stage.id}>
              <button type="button" onClick={() => focusStage(stage.id)}>
                {stage.name || t('inspector.untitledStage')}
              </button>
              <span className="muted">{t('inspector.stepCount', { count: stageCounts.get(stage.id) ?? 0 })}</span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('inspector.journey.lanes')}>
        {lanes.length ? (
          <ol className="insp-structure" aria-label={t('inspector.journey.lanes')}>
            {lanes.map((lane) => (
              <li key={lane.id}>
                <button type="button" onClick={() => focusLane(lane.id)}>
                  {lane.name || t('inspector.untitledLane')}
                </button>
                <span className="muted">{t('inspector.stepCount', { count: laneCounts.get(lane.id) ?? 0 })}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="insp-hint">{t('inspector.journey.noLanes', { action: t('actions.add-lane') })}</p>
        )}
      </Section>
      <Section title={t('inspector.journey.weights')} className="insp-weights">
        <ServqualScaleField />
        <p className="insp-hint">
          {t('inspector.journey.weightsHint', { min: formatNumber(lng, 0), max: formatNumber(lng, 1) })}
        </p>
        {SERVQUAL_DIMENSIONS.map((dim) => (
          <NumberField
            key={dim}
            label={t('inspector.journey.weight', { dimension: dimensionName(t, dim) })}
            value={weights[dim]}
            min={0}
            max={1}
            step={0.01}
            onChange={(w) => {
              // Empty means "not set", which a weight cannot be: keep the stored one until a number is typed.
              if (w !== null)
                dispatch({ type: 'updateProject', changes: { servqualWeights: { [dim]: w } } }, `weight:${dim}`);
            }}
          />
        ))}
      </Section>
    </>
  );
}
