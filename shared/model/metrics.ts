/**
 * A step's metrics (format 4): what each kind defaults to, and whether a metric meets its target.
 * Pure and without words: the names and units a user sees come from the catalogues.
 */
import { METRIC_RANGES } from './schema';
import type { Metric, MetricDirection, MetricKind, Step } from './types';

/** What a new metric of each kind starts with: which way is better, and its scale. */
export const METRIC_DEFAULTS: Readonly<Record<MetricKind, { direction: MetricDirection }>> = {
  // Satisfaction (1-5 mean, or % satisfied): more is better.
  csat: { direction: 'higher' },
  // Net Promoter Score, -100..100: more is better.
  nps: { direction: 'higher' },
  // Customer Effort Score as "the company made it easy for me" agreement (CES 2.0, 1-7): more is better.
  // A team using the older "how much effort" wording (1-5) turns the direction round.
  ces: { direction: 'higher' },
  // Waiting time: less is better.
  waitTime: { direction: 'lower' },
  // Conversion rate in %: more is better.
  conversion: { direction: 'higher' },
  custom: { direction: 'higher' },
};

/** A new metric of a kind with its defaults: no value or target yet, evidence assumed until said otherwise. */
export function newMetric(id: string, kind: MetricKind, unit = ''): Metric {
  return {
    id,
    kind,
    name: '',
    value: null,
    unit,
    target: null,
    direction: METRIC_DEFAULTS[kind].direction,
    source: '',
    date: null,
    evidence: 'assumed',
  };
}

/** Whether a metric meets its target; null when the value or the target is not set. */
export type MetricStatus = 'met' | 'off' | null;

/**
 * On or off target: with "higher is better" a value below the target is off, with "lower is
 * better" one above it; a value equal to the target meets it.
 *
 * @example metricStatus({ ...csat, value: 3.9, target: 4.5, direction: 'higher' }) // 'off'
 */
export function metricStatus(metric: Pick<Metric, 'value' | 'target' | 'direction'>): MetricStatus {
  const { value, target, direction } = metric;
  if (value === null || target === null) return null;
  const off = direction === 'higher' ? value < target : value > target;
  return off ? 'off' : 'met';
}

/** The metrics of a step that miss their target, in the step's order. */
export function offTargetMetrics(step: Pick<Step, 'metrics'>): Metric[] {
  return (step.metrics ?? []).filter((m) => metricStatus(m) === 'off');
}

/** Whether a number is within the range a kind accepts (METRIC_RANGES). */
export function inMetricRange(kind: MetricKind, n: number): boolean {
  const { min, max } = METRIC_RANGES[kind];
  return Number.isFinite(n) && n >= min && n <= max;
}
