/**
 * A step's metrics in the inspector (issue I): add a CSAT, NPS, CES, waiting time, conversion or
 * custom KPI, then edit its value, unit, target and direction, source, date and evidence, or
 * remove it. Each metric is a named group ("Metric 1: CSAT") so its fields keep short names;
 * numbers are read and shown in the UI language (a decimal comma in Hungarian, Lithuanian and
 * Estonian), and one outside the kind's range is marked and not stored. Every edit is one command
 * (typing coalesces into one undo entry per field).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { metricLabels } from '../../../shared/formats/drawing/metricLabels';
import { formatNumber } from '../../../shared/i18n/format';
import { numberForInput, parseLocaleNumber } from '../../../shared/i18n/parseNumber';
import { inMetricRange, metricStatus, METRIC_DEFAULTS, newMetric } from '../../../shared/model/metrics';
import { journeyRows } from '../../../shared/model/rows';
import { METRIC_DIRECTIONS, METRIC_KINDS, METRIC_RANGES } from '../../../shared/model/schema';
import type { Metric, MetricKind } from '../../../shared/model/types';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';
import { dispatch } from './dispatch';
import { Section, SelectField, TextField } from './fields';
import { evidenceOptions } from './options';
import { useDraft } from './useDraft';

/** The unit a new metric of a kind starts with (the user may change it). */
function defaultUnit(kind: MetricKind, minutes: string): string {
  if (kind === 'waitTime') return minutes;
  if (kind === 'conversion') return '%';
  return '';
}

function MetricNumber({
  label,
  value,
  kind,
  onChange,
}: {
  label: string;
  value: number | null;
  kind: MetricKind;
  onChange: (n: number | null) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = useId();
  const hintId = useId();
  const parse = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const n = parseLocaleNumber(lng, text);
    return n !== null && inMetricRange(kind, n) ? n : undefined;
  };
  const [draft, setDraft] = useDraft(
    value,
    (v) => (v === null ? '' : numberForInput(lng, v)),
    (text, v) => parse(text) === v,
  );
  const invalid = parse(draft) === undefined;
  const { min, max } = METRIC_RANGES[kind];
  return (
    <div className="insp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = parse(e.target.value);
          if (n !== undefined && n !== value) onChange(n);
        }}
      />
      {invalid ? (
        <div id={hintId} className="insp-hint insp-error">
          {t('metrics.inspector.invalid', { min: formatNumber(lng, min), max: formatNumber(lng, max) })}
        </div>
      ) : null}
    </div>
  );
}

function MetricEditor({ stepId, metric, n }: { stepId: string; metric: Metric; n: number }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const words = metricLabels(t, lng);
  const status = metricStatus(metric);
  const update = (changes: Partial<Omit<Metric, 'id'>>, field?: string) =>
    dispatch(
      { type: 'updateMetric', stepId, metricId: metric.id, changes },
      field ? `${stepId}:metric.${metric.id}.${field}` : undefined,
    );
  const groupName = t('metrics.inspector.metric', { n: formatNumber(lng, n), name: words.name(metric) });
  return (
    <li className="insp-metric" data-status={status ?? 'none'}>
      <fieldset aria-label={groupName}>
        <div className="insp-metric-head">
          <span className="insp-metric-name" aria-hidden="true">
            {words.name(metric)}
          </span>
          <span className="insp-metric-status" data-status={status ?? 'none'}>
            {words.status[status ?? 'none']}
          </span>
          <button
            type="button"
            className="icon"
            aria-label={t('metrics.inspector.remove', { n: formatNumber(lng, n) })}
            title={t('metrics.inspector.remove', { n: formatNumber(lng, n) })}
            onClick={() => dispatch({ type: 'removeMetric', stepId, metricId: metric.id })}
          >
            ×
          </button>
        </div>
        <div className="insp-metric-grid">
          <SelectField
            label={t('metrics.inspector.kind')}
            value={metric.kind}
            options={METRIC_KINDS.map((k) => ({ value: k, label: words.kinds[k] }))}
            onChange={(kind) =>
              update({
                kind,
                direction: METRIC_DEFAULTS[kind].direction,
                ...(metric.unit.trim() === '' && { unit: defaultUnit(kind, t('metrics.minutes')) }),
              })
            }
          />
          <TextField
            label={t('metrics.inspector.name')}
            value={metric.name}
            placeholder={words.kinds[metric.kind]}
            onChange={(name) => update({ name }, 'name')}
          />
        </div>
        <div className="insp-metric-grid three">
          <MetricNumber
            label={t('metrics.inspector.value')}
            value={metric.value}
            kind={metric.kind}
            onChange={(value) => update({ value }, 'value')}
          />
          <MetricNumber
            label={t('metrics.inspector.target')}
            value={metric.target}
            kind={metric.kind}
            onChange={(target) => update({ target }, 'target')}
          />
          <TextField
            label={t('metrics.inspector.unit')}
            value={metric.unit}
            maxLength={50}
            onChange={(unit) => update({ unit }, 'unit')}
          />
        </div>
        <div className="insp-metric-grid">
          <SelectField
            label={t('metrics.inspector.direction')}
            value={metric.direction}
            options={METRIC_DIRECTIONS.map((d) => ({ value: d, label: words.directions[d] }))}
            onChange={(direction) => update({ direction })}
          />
          <SelectField
            label={t('domain.evidenceLabel')}
            value={metric.evidence}
            options={evidenceOptions(t)}
            onChange={(evidence) => update({ evidence })}
          />
        </div>
        <div className="insp-metric-grid">
          <TextField
            label={t('metrics.inspector.source')}
            value={metric.source}
            placeholder={t('metrics.inspector.sourcePlaceholder')}
            onChange={(source) => update({ source }, 'source')}
          />
          <DateField label={t('metrics.inspector.date')} value={metric.date} onChange={(date) => update({ date })} />
        </div>
      </fieldset>
    </li>
  );
}

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="insp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(e) => {
          const date = e.target.value || null;
          if (date !== value) onChange(date);
        }}
      />
    </div>
  );
}

function AddMetric({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const words = metricLabels(t, lng);
  const [kind, setKind] = useState<MetricKind>('csat');
  const add = () =>
    dispatch({
      type: 'addMetric',
      stepId,
      metric: newMetric(newId('metric'), kind, defaultUnit(kind, t('metrics.minutes'))),
    });
  return (
    <div className="insp-add-metric">
      <SelectField
        label={t('metrics.inspector.kindToAdd')}
        hideLabel
        value={kind}
        options={METRIC_KINDS.map((k) => ({ value: k, label: words.kinds[k] }))}
        onChange={setKind}
      />
      <button type="button" onClick={add}>
        {t('metrics.inspector.add')}
      </button>
    </div>
  );
}

/** The row is hidden: say so, with the one click that shows it. */
function ShowRow() {
  const { t } = useTranslation();
  const listed = useDocument((s) => s.project?.rows);
  const rows = useMemo(() => journeyRows({ rows: listed }), [listed]);
  if (rows.find((r) => r.kind === 'metrics')?.shown) return null;
  return (
    <p className="insp-hint insp-metric-row">
      {t('metrics.inspector.rowHidden')}{' '}
      <button
        type="button"
        className="link"
        onClick={() =>
          dispatch({ type: 'setRows', rows: rows.map((r) => (r.kind === 'metrics' ? { ...r, shown: true } : r)) })
        }
      >
        {t('metrics.inspector.showRow')}
      </button>
    </p>
  );
}

/** The metrics of one step (any step, contact moment or not). */
export function MetricsSection({ stepId, metrics }: { stepId: string; metrics: readonly Metric[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('metrics.inspector.title')} className="insp-metrics">
      <p className="insp-hint">{t('metrics.inspector.hint')}</p>
      {metrics.length ? (
        <ol className="insp-metric-list" aria-label={t('metrics.inspector.title')}>
          {metrics.map((metric, i) => (
            <MetricEditor key={metric.id} stepId={stepId} metric={metric} n={i + 1} />
          ))}
        </ol>
      ) : (
        <p className="insp-hint">{t('metrics.inspector.none')}</p>
      )}
      <AddMetric stepId={stepId} />
      {metrics.length ? <ShowRow /> : null}
    </Section>
  );
}
