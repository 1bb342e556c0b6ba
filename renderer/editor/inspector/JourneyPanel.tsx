import { useMemo } from 'react';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import { useDocument } from '../../state/documentStore';
import { dispatch } from './dispatch';
import { NumberField, Section, TextField } from './fields';
import { focusLane, focusStage } from './focus';
import { DIMENSION_NAMES, plural } from './options';
import { laneStepCounts, stageStepCounts } from './structureCounts';

/**
 * What the inspector shows when nothing is selected: the project's name and description,
 * its stages and lanes (each a button opening it in the inspector, so the structure is
 * reachable without the mouse) and the SERVQUAL importance weights.
 */
export function JourneyPanel() {
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
      <Section title="Journey">
        <TextField
          label="Project name"
          value={name}
          onChange={(text) => dispatch({ type: 'renameProject', name: text }, 'project:name')}
        />
        <TextField
          label="Project description"
          multiline
          rows={2}
          value={description}
          onChange={(text) =>
            dispatch({ type: 'updateProject', changes: { description: text } }, 'project:description')
          }
        />
      </Section>
      <Section title="Stages">
        <ol className="insp-structure" aria-label="Stages">
          {stages.map((stage) => (
            <li key={stage.id}>
              <button type="button" onClick={() => focusStage(stage.id)}>
                {stage.name || 'Untitled stage'}
              </button>
              <span className="muted">{plural(stageCounts.get(stage.id) ?? 0, 'step', 'steps')}</span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Lanes">
        {lanes.length ? (
          <ol className="insp-structure" aria-label="Lanes">
            {lanes.map((lane) => (
              <li key={lane.id}>
                <button type="button" onClick={() => focusLane(lane.id)}>
                  {lane.name || 'Untitled lane'}
                </button>
                <span className="muted">{plural(laneCounts.get(lane.id) ?? 0, 'step', 'steps')}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="insp-hint">
            No lanes: add rows for who acts (customer, front stage, back stage) with Add lane.
          </p>
        )}
      </Section>
      <Section title="SERVQUAL weights" className="insp-weights">
        <p className="insp-hint">Importance of each dimension in the weighted gap, 0 to 1.</p>
        {SERVQUAL_DIMENSIONS.map((dim) => (
          <NumberField
            key={dim}
            label={`${DIMENSION_NAMES[dim]} weight`}
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
