/**
 * Option lists and display names for the inspector's selects, in the UI language.
 * Domain words (DOMAIN.md) come from the catalogue's domain.* keys; numbers go
 * through Intl (shared/i18n/format.ts).
 */
import type { TFunction } from 'i18next';
import { formatNumber, formatSigned } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { CHANNELS, EVIDENCE, FLOW_KINDS, STEP_KINDS } from '../../../shared/model/schema';
import type { Evidence, FlowKind, Moment, SenseName, ServqualDimension, StepKind } from '../../../shared/model/types';
import type { Option } from './fields';

export const senseName = (t: TFunction, sense: SenseName): string => t(`domain.senses.${sense}`);

export const dimensionName = (t: TFunction, dimension: ServqualDimension): string =>
  t(`domain.dimensions.${dimension}`);

export const stepKindOptions = (t: TFunction): Option<StepKind>[] =>
  STEP_KINDS.map((k) => ({ value: k, label: t(`domain.stepKinds.${k}`) }));

export const flowKindOptions = (t: TFunction): Option<FlowKind>[] =>
  FLOW_KINDS.map((k) => ({ value: k, label: t(`domain.flowKinds.${k}`) }));

export const channelOptions = (t: TFunction): Option<Moment['channel']>[] =>
  CHANNELS.map((c) => ({ value: c, label: t(`domain.channels.${c}`) }));

export const evidenceOptions = (t: TFunction): Option<Evidence>[] =>
  EVIDENCE.map((e) => ({ value: e, label: t(`domain.evidence.${e}`) }));

export const valenceOptions = (t: TFunction): Option<-1 | 0 | 1>[] => [
  { value: -1, label: t('domain.valence.negative') },
  { value: 0, label: t('domain.valence.neutral') },
  { value: 1, label: t('domain.valence.positive') },
];

/** "-2 very negative" ... "+2 delighted", after an empty "not set". */
export function emotionOptions(t: TFunction, lng: Language): Option<number | null>[] {
  return [
    { value: null, label: t('inspector.options.notSet') },
    ...[-2, -1, 0, 1, 2].map((value) => ({
      value,
      label: t('inspector.options.numbered', {
        value: formatSigned(lng, value),
        name: t(`domain.emotions.${value}`).toLocaleLowerCase(lng),
      }),
    })),
  ];
}

/** 1..n with an empty "not set" first; `named` points of the scale carry their meaning ("7 very high"). */
function scaleOptions(
  t: TFunction,
  lng: Language,
  n: number,
  scale: 'likelihood' | 'impact' | 'servqual',
  named: readonly number[],
): Option<number | null>[] {
  const options: Option<number | null>[] = [{ value: null, label: t('inspector.options.notSet') }];
  for (let i = 1; i <= n; i++) {
    const value = formatNumber(lng, i);
    const label = named.includes(i)
      ? t('inspector.options.numbered', { value, name: t(`inspector.options.${scale}.${i}`) })
      : value;
    options.push({ value: i, label });
  }
  return options;
}

export const likelihoodOptions = (t: TFunction, lng: Language) => scaleOptions(t, lng, 5, 'likelihood', [1, 3, 5]);
export const impactOptions = (t: TFunction, lng: Language) => scaleOptions(t, lng, 5, 'impact', [1, 3, 5]);
export const servqualOptions = (t: TFunction, lng: Language) => scaleOptions(t, lng, 7, 'servqual', [1, 7]);
