/** Small builders for test projects: valid by construction, so each test states only what it is about. */
import { blankProject, defaultMoment, defaultStep } from '../../../shared/model';
import type { FlowKind, Moment, Project, Step } from '../../../shared/model';

export const NOW = '2026-01-01T00:00:00.000Z';

export type StepSpec = Partial<Step> & { id: string };
/** [from, to] or [from, to, kind]; the flow id is `from->to`. */
export type FlowSpec = [string, string] | [string, string, FlowKind];

/**
 * A project with the given stages (ids; names are the ids capitalised), steps and flows.
 * Steps default to the first stage.
 */
export function makeProject(spec: { stages?: string[]; steps?: StepSpec[]; flows?: FlowSpec[] } = {}): Project {
  const project = blankProject({ id: 'p1', name: 'Test project', now: NOW });
  const stageIds = spec.stages ?? ['s1'];
  project.stages = stageIds.map((id) => ({ id, name: id.toUpperCase() }));
  project.steps = (spec.steps ?? []).map((s) => defaultStep({ stageId: stageIds[0], title: s.id, ...s }));
  project.flows = (spec.flows ?? []).map(([from, to, kind]) => ({
    id: `${from}->${to}`,
    from,
    to,
    label: '',
    kind: kind ?? 'main',
  }));
  return project;
}

/** A contact moment with defaults, changed by `edit`. */
export function moment(edit: (m: Moment) => void = () => {}): Moment {
  const m = defaultMoment();
  edit(m);
  return m;
}
