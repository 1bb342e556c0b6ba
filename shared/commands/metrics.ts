/** Handlers for a step's metrics (format 4): add, edit and remove, each one undo entry. */
import { metricSchema, stepSchema } from '../model/schema';
import type { Project } from '../model/types';
import { given, indexById, isIndexIn, maxItems, parseWith, type Handler, type Handlers, type Plan } from './internal';
import type { MetricChanges } from './types';

const METRIC_LIMIT = maxItems(stepSchema.shape.metrics.unwrap());

const FIELDS: readonly (keyof MetricChanges)[] = [
  'kind',
  'name',
  'value',
  'unit',
  'target',
  'direction',
  'source',
  'date',
  'evidence',
];

function withStep(project: Project, stepId: string, plan: (index: number) => Plan): Plan {
  const index = indexById(project.steps, stepId);
  return index < 0 ? 'not-found' : plan(index);
}

const addMetric: Handler<'addMetric'> = (project, { stepId, metric: input, index }) =>
  withStep(project, stepId, (stepIndex) => {
    const metrics = project.steps[stepIndex].metrics ?? [];
    // Bounds per kind (NPS -100..100...) are the schema's: an out-of-range value refuses the command.
    const metric = parseWith(metricSchema, input);
    if (!metric) return 'invalid-value';
    if (indexById(metrics, metric.id) >= 0) return 'duplicate-id';
    if (metrics.length >= METRIC_LIMIT) return 'too-many';
    const at = index ?? metrics.length;
    if (!isIndexIn(at, metrics.length)) return 'invalid-value';
    return (d) => {
      const step = d.steps[stepIndex];
      if (step.metrics) step.metrics.splice(at, 0, metric);
      else step.metrics = [metric];
    };
  });

const updateMetric: Handler<'updateMetric'> = (project, { stepId, metricId, changes }) =>
  withStep(project, stepId, (stepIndex) => {
    const metrics = project.steps[stepIndex].metrics ?? [];
    const at = indexById(metrics, metricId);
    if (at < 0) return 'not-found';
    if (typeof changes !== 'object' || changes === null) return 'invalid-value';
    const fields = given(changes, FIELDS);
    const valid = parseWith(metricSchema, { ...metrics[at], ...fields });
    if (!valid) return 'invalid-value';
    return (d) => {
      const metric = d.steps[stepIndex].metrics![at] as Record<string, unknown>;
      for (const key of Object.keys(fields) as (keyof MetricChanges)[]) {
        if (!Object.is(metric[key], valid[key])) metric[key] = valid[key];
      }
    };
  });

const removeMetric: Handler<'removeMetric'> = (project, { stepId, metricId }) =>
  withStep(project, stepId, (stepIndex) => {
    const metrics = project.steps[stepIndex].metrics ?? [];
    const at = indexById(metrics, metricId);
    if (at < 0) return 'not-found';
    return (d) => {
      // The last one gone leaves no empty list behind: absent means none, as in a file.
      if (metrics.length === 1) delete d.steps[stepIndex].metrics;
      else d.steps[stepIndex].metrics!.splice(at, 1);
    };
  });

export const metricHandlers = { addMetric, updateMetric, removeMetric } satisfies Partial<Handlers>;
