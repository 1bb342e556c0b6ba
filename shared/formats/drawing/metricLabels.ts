/**
 * A step's metrics in words: the badge the metrics row draws ("CSAT 3.9 (≥4.5)") and its full
 * text ("CSAT: 3.9, target 4.5 (higher is better), off target"), in one language. The canvas,
 * every export, the inspector, the lint and the reports use these, so a metric reads the same
 * everywhere. Built from a translator (`metricLabels`); DEFAULT_METRIC_LABELS is English.
 */
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { metrics as english } from '../../i18n/locales/en/metrics';
import { metricStatus } from '../../model/metrics';
import type { Metric, MetricDirection, MetricKind } from '../../model/types';

/** A translate function: a catalogue key and its values (i18next's `t`, for one). */
export type MetricTranslate = (key: string, values?: Record<string, unknown>) => string;

export interface MetricLabels {
  kinds: Record<MetricKind, string>;
  directions: Record<MetricDirection, string>;
  status: Record<'met' | 'off' | 'none', string>;
  /** The name shown: the metric's own, or its kind's. */
  name: (metric: Pick<Metric, 'kind' | 'name'>) => string;
  /** A number with its unit ("3.9", "4 min", "12%"); "–" for none. */
  value: (n: number | null, unit: string) => string;
  /** The short badge text of the metrics row. */
  badge: (metric: Metric) => string;
  /** The full sentence (tooltips, screen readers, problems). */
  title: (metric: Metric) => string;
}

const OP: Record<MetricDirection, string> = { higher: '≥', lower: '≤' };

/** Metric words in a language, from its translator. Numbers keep up to two decimals. */
export function metricLabels(t: MetricTranslate, lng: Language): MetricLabels {
  const kinds = Object.fromEntries(
    (Object.keys(english.metrics.kinds) as MetricKind[]).map((k) => [k, t(`metrics.kinds.${k}`)]),
  ) as Record<MetricKind, string>;
  const directions = { higher: t('metrics.directions.higher'), lower: t('metrics.directions.lower') };
  const status = { met: t('metrics.status.met'), off: t('metrics.status.off'), none: t('metrics.status.none') };
  const name = (m: Pick<Metric, 'kind' | 'name'>) => m.name.trim() || kinds[m.kind];
  const value = (n: number | null, unit: string) => {
    if (n === null) return '–';
    const number = formatNumber(lng, Object.is(n, -0) ? 0 : n, { maximumFractionDigits: 2 });
    const u = unit.trim();
    if (!u) return number;
    return u === '%' ? t('metrics.percent', { value: number }) : t('metrics.valueUnit', { value: number, unit: u });
  };
  return {
    kinds,
    directions,
    status,
    name,
    value,
    badge: (m) =>
      m.target === null
        ? t('metrics.badge', { name: name(m), value: value(m.value, m.unit) })
        : t('metrics.badgeTarget', {
            name: name(m),
            value: value(m.value, m.unit),
            op: OP[m.direction],
            target: value(m.target, m.unit),
          }),
    title: (m) => {
      if (m.target === null) return t('metrics.title', { name: name(m), value: value(m.value, m.unit) });
      return t('metrics.titleTarget', {
        name: name(m),
        value: value(m.value, m.unit),
        target: value(m.target, m.unit),
        direction: directions[m.direction].toLocaleLowerCase(lng),
        status: status[metricStatus(m) ?? 'none'],
      });
    },
  };
}

/** English from the source catalogue, for callers that pass no labels (and the tests). */
function englishT(key: string, values: Record<string, unknown> = {}): string {
  let node: unknown = english;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, v: string) => String(values[v] ?? ''));
}

export const DEFAULT_METRIC_LABELS: MetricLabels = metricLabels(englishT, 'en');
