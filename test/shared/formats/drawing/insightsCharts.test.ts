import { describe, expect, it } from 'vitest';
import { projectInsights } from '../../../../shared/analysis';
import { RISK_LEVEL_COLOURS } from '../../../../shared/analysis/risk';
import type { DrawItem, GroupItem, TextItem } from '../../../../shared/formats/drawing/displayList';
import {
  DEFAULT_INSIGHTS_CHART_THEME,
  drawRiskMatrix,
  drawSenseCoverage,
  drawServqualChart,
  englishChartLabels,
} from '../../../../shared/formats/drawing/insightsCharts';
import { drawingToSvg } from '../../../../shared/formats/svg';
import { SENSES, SERVQUAL_DIMENSIONS } from '../../../../shared/model';
import { buildTemplate } from '../../../../shared/templates';
import { NOW } from '../../model/build';
import { elements, fixedMeasure, parseXml } from './support';

const project = buildTemplate('supermarket', { id: 'p', name: 'Shop', now: NOW });
const insights = projectInsights(project);
const labels = englishChartLabels();
const theme = DEFAULT_INSIGHTS_CHART_THEME;

const groups = (items: DrawItem[], role: string): GroupItem[] =>
  items.filter((i): i is GroupItem => i.type === 'group' && i.role === role);
const texts = (items: DrawItem[]): string[] =>
  items.flatMap((i) => (i.type === 'text' ? i.lines : i.type === 'group' ? texts(i.items) : []));

/** Every item lies within the chart's box (texts by their anchor point). */
function within(items: DrawItem[], width: number, height: number) {
  for (const item of items) {
    if (item.type === 'group') within(item.items, width, height);
    else if (item.type === 'rect') {
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width).toBeLessThanOrEqual(width + 0.01);
      expect(item.y + item.height).toBeLessThanOrEqual(height + 0.01);
    } else if (item.type === 'text') {
      const w = fixedMeasure(item.lines[0], item.fontSize, item.fontWeight);
      const start = item.anchor === 'start' ? item.x : item.anchor === 'end' ? item.x - w : item.x - w / 2;
      expect(start).toBeGreaterThanOrEqual(-0.01);
      expect(start + w).toBeLessThanOrEqual(width + 0.01);
      expect(item.y).toBeLessThanOrEqual(height);
    }
  }
}

describe('drawRiskMatrix', () => {
  const chart = drawRiskMatrix(insights, labels, theme, fixedMeasure);

  it('draws 25 cells whose counts are the analysis counts, coloured by risk level', () => {
    const cells = groups(chart.items, 'risk-cell');
    expect(cells).toHaveLength(25);
    expect(chart.cells).toHaveLength(25);
    for (const row of insights.riskMatrix.cells)
      for (const c of row) {
        const drawn = cells.find((g) => g.id === `${c.likelihood}-${c.impact}`)!;
        const rect = drawn.items.find((i) => i.type === 'rect')!;
        const count = drawn.items.find((i): i is TextItem => i.type === 'text');
        if (c.count > 0) {
          expect(count?.lines).toEqual([String(c.count)]);
          expect(rect).toMatchObject({ fill: RISK_LEVEL_COLOURS[c.level].fill });
        } else expect(count).toBeUndefined();
        expect(drawn.title).toBe(
          `Likelihood ${c.likelihood}, impact ${c.impact}: ${c.count} ${c.count === 1 ? 'step' : 'steps'}`,
        );
      }
    const total = chart.cells.reduce((sum, c) => sum + c.count, 0);
    expect(total).toBe(insights.riskMatrix.scored);
  });

  it('puts likelihood 5 at the top and impact 5 at the right, cells side by side', () => {
    const box = (l: number, i: number) => chart.cells.find((c) => c.likelihood === l && c.impact === i)!;
    expect(box(5, 1).y).toBeLessThan(box(1, 1).y);
    expect(box(1, 5).x).toBeGreaterThan(box(1, 1).x);
    expect(box(1, 2).x - box(1, 1).x).toBe(box(1, 1).width);
    expect(box(1, 1).y - box(2, 1).y).toBe(box(1, 1).height);
    // The levels' legend names every level: colour is never the only cue.
    expect(texts(chart.items)).toEqual(expect.arrayContaining(['Low', 'Medium', 'High', 'Critical', 'Impact']));
    within(chart.items, chart.width, chart.height);
  });

  it('is written as vector SVG with a title per cell', () => {
    const svg = parseXml(
      drawingToSvg({
        width: chart.width,
        height: chart.height,
        background: '#ffffff',
        items: chart.items,
        warnings: [],
      }),
    );
    const titles = elements(svg, 'title').map((t) => t.textContent);
    expect(titles).toContain('Likelihood 3, impact 3: 2 steps');
    expect(elements(svg, 'rect').length).toBeGreaterThanOrEqual(25);
  });
});

describe('drawServqualChart', () => {
  const chart = drawServqualChart(insights, labels, theme, fixedMeasure, { width: 400 });

  it('places expectation and perception on one linear 1..7 scale, the bar as long as the gap', () => {
    expect(chart.rows.map((r) => r.dimension)).toEqual([...SERVQUAL_DIMENSIONS]);
    const unit = chart.scaleX(2) - chart.scaleX(1);
    expect(unit).toBeGreaterThan(0);
    for (const d of insights.servqual.dimensions) {
      const row = chart.rows.find((r) => r.dimension === d.dimension)!;
      if (d.n === 0) {
        expect(row.expectationX).toBeNull();
        continue;
      }
      expect(row.expectationX).toBeCloseTo(chart.scaleX(d.expectation!), 1);
      expect(row.perceptionX! - row.expectationX!).toBeCloseTo(d.gap! * unit, 1);
    }
  });

  it('writes each dimension with its n and signed gap, and the overall scores', () => {
    const words = texts(chart.items);
    for (const d of insights.servqual.dimensions) {
      expect(words).toContain(labels.dimensions[d.dimension]);
      expect(words).toContain(labels.sampleSize(d.n));
      if (d.gap !== null) expect(words).toContain(labels.signed(d.gap, 2));
    }
    expect(words).toContain(
      `Overall gap ${labels.signed(insights.servqual.plain!, 2)}, weighted ${labels.signed(insights.servqual.weighted!, 2)}`,
    );
    within(chart.items, chart.width, chart.height);
  });

  it('says a dimension no moment scored is not scored', () => {
    const empty = projectInsights(buildTemplate('supermarket', { id: 'p', name: 'Shop', now: NOW }), { stepIds: [] });
    const drawn = drawServqualChart(empty, labels, theme, fixedMeasure);
    expect(texts(drawn.items).filter((t) => t === 'Not scored')).toHaveLength(5);
    expect(texts(drawn.items)).toContain('Overall gap –, weighted –');
  });
});

describe('drawSenseCoverage', () => {
  const chart = drawSenseCoverage(insights, labels, theme, fixedMeasure, { width: 400 });

  it('draws each sense as long as its share of the contact moments, split by valence', () => {
    for (const s of insights.senses.senses) {
      const segments = chart.bars.filter((b) => b.key.startsWith(`sense:${s.sense}:`));
      const length = segments.reduce((sum, b) => sum + b.width, 0);
      expect(length).toBeCloseTo((s.share ?? 0) * chart.fullWidth, 1);
      for (const v of ['negative', 'neutral', 'positive'] as const) {
        const seg = segments.find((b) => b.key === `sense:${s.sense}:${v}`);
        expect(seg?.width ?? 0).toBeCloseTo((s[v] / insights.senses.moments) * chart.fullWidth, 1);
      }
    }
    expect(texts(chart.items)).toEqual(expect.arrayContaining(SENSES.map((s) => labels.senses[s])));
  });

  it("sets the seed's split beside the journey's mix, and says touch has no reference", () => {
    for (const g of insights.senses.reference) {
      expect(chart.bars.find((b) => b.key === `seed:${g.group}`)!.width).toBeCloseTo(g.reference * chart.fullWidth, 1);
      expect(chart.bars.find((b) => b.key === `journey:${g.group}`)!.width).toBeCloseTo(
        (g.mix ?? 0) * chart.fullWidth,
        1,
      );
    }
    const words = texts(chart.items);
    expect(words).toEqual(expect.arrayContaining(['40%', '35%', '25%', 'Touch: the reference gives no figure.']));
    within(chart.items, chart.width, chart.height);
  });
});
