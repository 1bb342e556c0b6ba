/**
 * A step's metrics (issue I item 3): the schema's bounds, on/off target with its direction, the
 * three commands and their undo, the lint rule, the insights count, the metrics row in the SVG
 * export, the CSV and Markdown reports, and numbers typed with a decimal comma.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage, lintProject, metricsInsight, projectInsights } from '../../../shared/analysis';
import { applyCommand, applyPatchesToProject, describeCommand } from '../../../shared/commands';
import { contactMomentsCsv, CSV_COLUMNS, parseCsv } from '../../../shared/formats/csv';
import { METRIC_COLOURS } from '../../../shared/formats/drawing/rows';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { markdownReport } from '../../../shared/formats/markdown';
import { renderJourneySvg } from '../../../shared/formats/svg';
import { translator } from '../../../shared/i18n';
import { drawingLabels } from '../../../shared/i18n/labels';
import { parseLocaleNumber, numberForInput } from '../../../shared/i18n/parseNumber';
import { layoutRows, ROWS_LAYOUT } from '../../../shared/layout/rows';
import { computeGrid, stepRects } from '../../../shared/layout/grid';
import {
  DEFAULT_ROWS,
  journeyRows,
  metricSchema,
  metricStatus,
  newMetric,
  parseProject,
  ROW_KINDS,
  stepSchema,
  type Metric,
  type Project,
} from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';
import { drawnText, fixedMeasure, groupsOf, parseXml } from '../formats/drawing/support';

const NOW = '2026-01-01T00:00:00.000Z';
const csat = (over: Partial<Metric> = {}): Metric => ({
  ...newMetric('m1', 'csat'),
  value: 3.9,
  target: 4.5,
  evidence: 'measured',
  source: 'Exit survey',
  date: '2026-03-01',
  ...over,
});

function supermarket(): Project {
  return buildTemplate('supermarket', { id: 'p', name: 'Supermarket', now: NOW }) as Project;
}

/** The supermarket with a CSAT 3.9 (target 4.5) on its queue step. */
function withCsat(): { project: Project; stepId: string; title: string } {
  const project = supermarket();
  const step = project.steps.find((s) => s.moment)!;
  const result = applyCommand(project, { type: 'addMetric', stepId: step.id, metric: csat() });
  return { project: result.project, stepId: step.id, title: step.title };
}

describe('the metric schema', () => {
  it('accepts a full metric and a step without metrics', () => {
    expect(metricSchema.safeParse(csat()).success).toBe(true);
    const step = supermarket().steps[0];
    expect(stepSchema.safeParse(step).success).toBe(true);
    expect(step.metrics).toBeUndefined();
  });

  it('bounds values per kind: NPS -100..100, conversion 0..100, waiting time not negative', () => {
    const ok = (m: Partial<Metric>) => metricSchema.safeParse({ ...csat(), ...m }).success;
    expect(ok({ kind: 'nps', value: -100, target: 100 })).toBe(true);
    expect(ok({ kind: 'nps', value: -101 })).toBe(false);
    expect(ok({ kind: 'nps', target: 101 })).toBe(false);
    expect(ok({ kind: 'conversion', value: 100.5 })).toBe(false);
    expect(ok({ kind: 'waitTime', value: -1, target: 5 })).toBe(false);
    expect(ok({ kind: 'custom', value: -5e6, target: 1e6 })).toBe(true);
    expect(ok({ value: Number.NaN })).toBe(false);
    expect(ok({ date: '1 March' })).toBe(false);
    expect(ok({ evidence: 'guessed' as Metric['evidence'] })).toBe(false);
    expect(ok({ id: '' })).toBe(false);
  });

  it('a file with metrics reads back; one out of range is refused with the field named', () => {
    const { project } = withCsat();
    const read = parseProject(JSON.parse(JSON.stringify(project)));
    expect(read.ok).toBe(true);
    const bad = JSON.parse(JSON.stringify(project)) as Project;
    bad.steps.find((s) => s.metrics)!.metrics![0] = { ...csat(), kind: 'nps', value: 250 };
    const refused = parseProject(bad);
    expect(refused.ok).toBe(false);
  });

  it('appends the metrics row kind, hidden by default', () => {
    expect(ROW_KINDS[ROW_KINDS.length - 1]).toBe('metrics');
    expect(DEFAULT_ROWS.find((r) => r.kind === 'metrics')).toEqual({ kind: 'metrics', shown: false });
    expect(journeyRows({}).find((r) => r.kind === 'metrics')?.shown).toBe(false);
  });
});

describe('on or off target', () => {
  it('higher is better: below the target is off, at or above it met', () => {
    expect(metricStatus({ value: 3.9, target: 4.5, direction: 'higher' })).toBe('off');
    expect(metricStatus({ value: 4.5, target: 4.5, direction: 'higher' })).toBe('met');
    expect(metricStatus({ value: 4.6, target: 4.5, direction: 'higher' })).toBe('met');
  });
  it('lower is better: above the target is off', () => {
    expect(metricStatus({ value: 6, target: 4, direction: 'lower' })).toBe('off');
    expect(metricStatus({ value: 4, target: 4, direction: 'lower' })).toBe('met');
    expect(metricStatus({ value: 2, target: 4, direction: 'lower' })).toBe('met');
  });
  it('no value or no target: no status', () => {
    expect(metricStatus({ value: null, target: 4, direction: 'lower' })).toBeNull();
    expect(metricStatus({ value: 4, target: null, direction: 'higher' })).toBeNull();
  });
  it('defaults per kind: waiting time lower is better, NPS and CSAT higher', () => {
    expect(newMetric('a', 'waitTime').direction).toBe('lower');
    expect(newMetric('a', 'nps').direction).toBe('higher');
    expect(newMetric('a', 'csat').direction).toBe('higher');
    expect(newMetric('a', 'csat').evidence).toBe('assumed');
  });
});

describe('the metric commands', () => {
  it('addMetric adds to any step, one undo entry restores the step without the field', () => {
    const project = supermarket();
    const plain = project.steps.find((s) => !s.moment)!;
    const result = applyCommand(project, { type: 'addMetric', stepId: plain.id, metric: csat() });
    expect(result.rejected).toBeUndefined();
    expect(result.project.steps.find((s) => s.id === plain.id)!.metrics).toEqual([csat()]);
    const undone = applyPatchesToProject(result.project, result.inversePatches);
    expect(undone).toStrictEqual(project);
    expect('metrics' in undone.steps.find((s) => s.id === plain.id)!).toBe(false);
    expect(applyPatchesToProject(undone, result.patches)).toStrictEqual(result.project);
  });

  it('refuses out-of-range values, duplicate ids and unknown steps', () => {
    const { project, stepId } = withCsat();
    const add = (metric: Metric, id = stepId) => applyCommand(project, { type: 'addMetric', stepId: id, metric });
    expect(add({ ...csat({ id: 'm2' }), kind: 'nps', value: 120 }).rejected).toBe('invalid-value');
    expect(add(csat()).rejected).toBe('duplicate-id');
    expect(add(csat({ id: 'm3' }), 'ghost').rejected).toBe('not-found');
    const update = applyCommand(project, { type: 'updateMetric', stepId, metricId: 'm1', changes: { value: 101 } });
    expect(update.rejected).toBe('invalid-value');
  });

  it('updateMetric changes only the fields given; undo returns the exact document', () => {
    const { project, stepId } = withCsat();
    const result = applyCommand(project, {
      type: 'updateMetric',
      stepId,
      metricId: 'm1',
      changes: { value: 4.7, direction: 'higher' },
    });
    const metric = result.project.steps.find((s) => s.id === stepId)!.metrics![0];
    expect(metric).toEqual(csat({ value: 4.7 }));
    expect(metricStatus(metric)).toBe('met');
    expect(applyPatchesToProject(result.project, result.inversePatches)).toStrictEqual(project);
  });

  it('removeMetric drops the list with its last metric; undo brings it back', () => {
    const { project, stepId } = withCsat();
    const result = applyCommand(project, { type: 'removeMetric', stepId, metricId: 'm1' });
    expect('metrics' in result.project.steps.find((s) => s.id === stepId)!).toBe(false);
    expect(applyPatchesToProject(result.project, result.inversePatches)).toStrictEqual(project);
  });

  it('has translated undo labels in every language', () => {
    const key = describeCommand({ type: 'addMetric', stepId: 's', metric: csat() }).key;
    expect(translator('en')(key)).toBe('Add metric');
    expect(translator('hu')(key)).toBe('Mutató hozzáadása');
    expect(translator('zh-CN')(describeCommand({ type: 'removeMetric', stepId: 's', metricId: 'm' }).key)).toBe(
      '删除指标',
    );
  });
});

describe('off-target metrics in problems and insights', () => {
  it('the lint names the step and the metric, once per off-target metric', () => {
    const { project, stepId, title } = withCsat();
    const findings = lintProject(project).filter((f) => f.code === 'metric-off-target');
    expect(findings).toHaveLength(1);
    expect(findings[0].stepId).toBe(stepId);
    expect(lintMessage(translator('en'), 'en', findings[0])).toBe(`"${title}": CSAT is off target (3.9, target 4.5).`);
    expect(lintMessage(translator('hu'), 'hu', findings[0])).toContain('3,9');
  });

  it('a met target or a lower-is-better metric under its target is no problem', () => {
    const { project, stepId } = withCsat();
    const met = applyCommand(project, { type: 'updateMetric', stepId, metricId: 'm1', changes: { value: 4.5 } });
    expect(lintProject(met.project).some((f) => f.code === 'metric-off-target')).toBe(false);
    const wait = applyCommand(project, {
      type: 'addMetric',
      stepId,
      metric: { ...newMetric('w', 'waitTime', 'min'), value: 3, target: 5 },
    });
    expect(lintProject(wait.project).filter((f) => f.code === 'metric-off-target')).toHaveLength(1);
    const slow = applyCommand(wait.project, { type: 'updateMetric', stepId, metricId: 'w', changes: { value: 7 } });
    expect(lintProject(slow.project).filter((f) => f.code === 'metric-off-target')).toHaveLength(2);
  });

  it('insights count the off-target metrics over the steps in scope', () => {
    const { project, stepId } = withCsat();
    expect(projectInsights(project).metrics).toEqual({
      total: 1,
      withTarget: 1,
      offTarget: [{ stepId, metricId: 'm1' }],
    });
    expect(metricsInsight(project, { stepIds: [] }).offTarget).toHaveLength(0);
    expect(metricsInsight(supermarket()).total).toBe(0);
  });
});

describe('the metrics row', () => {
  it('gives a step one badge line per metric and no room to a step without', () => {
    const { project, stepId } = withCsat();
    const two = applyCommand(project, {
      type: 'addMetric',
      stepId,
      metric: { ...newMetric('m2', 'nps'), value: 20 },
    }).project;
    const grid = computeGrid(two);
    const band = layoutRows(two, grid, stepRects(two, grid), { rows: ['metrics'], measure: fixedMeasure });
    const sections = band.rows[0].cells.flatMap((c) => c.sections);
    const M = ROWS_LAYOUT.metric;
    expect(sections.find((s) => s.stepId === stepId)!.contentHeight).toBe(2 * M.height + M.gap);
    expect(sections.filter((s) => s.stepId !== stepId).every((s) => s.contentHeight === 0)).toBe(true);
  });

  it('draws the metric in the SVG export, off target in the risk palette, with its full title', () => {
    const { project } = withCsat();
    const { svg } = renderJourneySvg(project, { measureText: fixedMeasure, rows: ['metrics'] });
    const doc = parseXml(svg);
    const [row] = groupsOf(doc, 'row-metrics');
    expect(drawnText(row)).toContain('Metrics');
    const [metric] = groupsOf(doc, 'metric-off');
    expect(drawnText(metric)).toBe('CSAT 3.9 (≥4.5)');
    expect(metric.getElementsByTagName('title')[0].textContent).toBe(
      'CSAT: 3.9, target 4.5 (higher is better), off target',
    );
    expect(metric.getElementsByTagName('rect')[0].getAttribute('fill')).toBe(METRIC_COLOURS.off.fill);
    expect(groupsOf(doc, 'metric-met')).toHaveLength(0);
  });

  it('draws a met target in the positive colours, and the words in the export language', () => {
    const { project, stepId } = withCsat();
    const met = applyCommand(project, { type: 'updateMetric', stepId, metricId: 'm1', changes: { value: 4.8 } });
    const labels = drawingLabels(translator('hu'), 'hu');
    const { svg } = renderJourneySvg(met.project, { measureText: fixedMeasure, rows: ['metrics'], labels });
    const doc = parseXml(svg);
    const [metric] = groupsOf(doc, 'metric-met');
    expect(drawnText(metric)).toBe('CSAT 4,8 (≥4,5)');
    expect(metric.getElementsByTagName('rect')[0].getAttribute('fill')).toBe(METRIC_COLOURS.met.fill);
    expect(drawnText(groupsOf(doc, 'row-metrics')[0])).toContain('Mutatók');
  });
});

describe('the reports', () => {
  it('the CSV has the metrics and the off-target count on the step row', () => {
    const { project, title } = withCsat();
    const rows = parseCsv(contactMomentsCsv(project));
    const header = rows[0];
    const row = rows.find((r) => r[header.indexOf('step')] === title)!;
    expect(CSV_COLUMNS).toContain('metrics');
    expect(row[header.indexOf('metrics')]).toBe(
      'csat: 3.9 / target >= 4.5 / off target / measured / Exit survey / 2026-03-01',
    );
    expect(row[header.indexOf('metrics off target')]).toBe('1');
  });

  it('the Markdown report lists the metric with its target and status, off target in bold', () => {
    const { project, title } = withCsat();
    const md = markdownReport(project);
    expect(md).toContain('## Metrics');
    expect(md).toContain(`| ${title} | CSAT | 3.9 | ≥ 4.5 | **off target** | measured | Exit survey | Mar 1, 2026 |`);
    const hu = markdownReport(project, exportLanguage('hu'));
    expect(hu).toContain('| 3,9 | ≥ 4,5 | **célon kívül** |');
    expect(markdownReport(supermarket())).toContain('_No metrics recorded._');
  });
});

describe('numbers as typed', () => {
  it('reads a decimal comma in hu, lt and et, and a point everywhere', () => {
    for (const lng of ['hu', 'lt', 'et'] as const) {
      expect(parseLocaleNumber(lng, '3,9')).toBe(3.9);
      expect(parseLocaleNumber(lng, '3.9')).toBe(3.9);
      expect(parseLocaleNumber(lng, '1 250,5')).toBe(1250.5);
      expect(parseLocaleNumber(lng, '−12')).toBe(-12);
      expect(parseLocaleNumber(lng, '3,9,1')).toBeNull();
    }
    expect(parseLocaleNumber('en', '3.9')).toBe(3.9);
    expect(parseLocaleNumber('en', '1,250.5')).toBe(1250.5);
    expect(parseLocaleNumber('en', '3,9')).toBeNull();
    expect(parseLocaleNumber('zh-CN', 'abc')).toBeNull();
    expect(parseLocaleNumber('en', '')).toBeNull();
  });
  it('writes a number for an input in the language', () => {
    expect(numberForInput('hu', 3.9)).toBe('3,9');
    expect(numberForInput('en', 1250.5)).toBe('1250.5');
    expect(numberForInput('et', -2)).toBe('-2');
  });
});
