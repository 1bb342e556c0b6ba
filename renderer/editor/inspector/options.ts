/** Option lists and display names for the inspector's selects. Names follow DOMAIN.md. */
import { CHANNELS, EVIDENCE, FLOW_KINDS, SENSES, SERVQUAL_DIMENSIONS, STEP_KINDS } from '../../../shared/model/schema';
import type { Evidence, FlowKind, Moment, SenseName, ServqualDimension, StepKind } from '../../../shared/model/types';
import type { Option } from './fields';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const NOT_SET = 'not set';

export const SENSE_NAMES: Readonly<Record<SenseName, string>> = Object.fromEntries(
  SENSES.map((s) => [s, capitalise(s)]),
) as Record<SenseName, string>;

export const DIMENSION_NAMES: Readonly<Record<ServqualDimension, string>> = Object.fromEntries(
  SERVQUAL_DIMENSIONS.map((d) => [d, capitalise(d)]),
) as Record<ServqualDimension, string>;

export const STEP_KIND_OPTIONS: readonly Option<StepKind>[] = STEP_KINDS.map((k) => ({
  value: k,
  label: capitalise(k),
}));

export const FLOW_KIND_OPTIONS: readonly Option<FlowKind>[] = FLOW_KINDS.map((k) => ({
  value: k,
  label: capitalise(k),
}));

export const CHANNEL_OPTIONS: readonly Option<Moment['channel']>[] = CHANNELS.map((c) => ({
  value: c,
  label: capitalise(c),
}));

export const EVIDENCE_OPTIONS: readonly Option<Evidence>[] = EVIDENCE.map((e) => ({ value: e, label: capitalise(e) }));

export const VALENCE_OPTIONS: readonly Option<-1 | 0 | 1>[] = [
  { value: -1, label: 'Negative' },
  { value: 0, label: 'Neutral' },
  { value: 1, label: 'Positive' },
];

export const EMOTION_OPTIONS: readonly Option<number | null>[] = [
  { value: null, label: NOT_SET },
  { value: -2, label: '-2 very negative' },
  { value: -1, label: '-1 negative' },
  { value: 0, label: '0 neutral' },
  { value: 1, label: '+1 positive' },
  { value: 2, label: '+2 delighted' },
];

/** 1..n with an empty "not set" first. */
export function scaleOptions(n: number, names: Readonly<Record<number, string>> = {}): Option<number | null>[] {
  const options: Option<number | null>[] = [{ value: null, label: NOT_SET }];
  for (let i = 1; i <= n; i++) options.push({ value: i, label: names[i] ? `${i} ${names[i]}` : String(i) });
  return options;
}

export const LIKELIHOOD_OPTIONS = scaleOptions(5, { 1: 'rare', 3: 'possible', 5: 'almost certain' });
export const IMPACT_OPTIONS = scaleOptions(5, { 1: 'negligible', 3: 'moderate', 5: 'severe' });
export const SERVQUAL_OPTIONS = scaleOptions(7, { 1: 'very low', 7: 'very high' });

/** A signed number for display: "+1", "0", "-2", "-0.45". */
export function signed(n: number, digits = 0): string {
  const text = n.toFixed(digits);
  return n > 0 ? `+${text}` : Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** "1 step", "3 steps". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
