import { flowPath } from '../../../shared/layout/flowPath';
import { describe, expect, it } from 'vitest';
import { RISK_LEVEL_COLOURS } from '../../../shared/analysis/risk';
import { NOT_ASSESSED } from '../../../shared/lens';
import { DRAWING_MARGIN } from '../../../shared/formats/drawing/buildDrawing';
import { DEFAULT_THEME, extractProjectFromSvg, renderJourneySvg } from '../../../shared/formats/svg';
import type { SvgExportOptions } from '../../../shared/formats/svg';
import { GRID, computeGrid, stepRects } from '../../../shared/layout/grid';
import { generateJourney } from '../../support/generate';
import {
  CJK_TITLE,
  HOSTILE_TITLES,
  children,
  drawnText,
  elements,
  fixedMeasure,
  group,
  groupsOf,
  parseXml,
  sampleProject,
  withoutSpaces,
} from './drawing/support';

const base: SvgExportOptions = { measureText: fixedMeasure };

function numbers(s: string): number[] {
  return (s.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/** The translate(x y) of the map group: map coordinates + this = picture coordinates. */
function mapOffset(svg: string): { x: number; y: number } {
  const [map] = groupsOf(parseXml(svg), 'map');
  const [x, y] = numbers(map.getAttribute('transform') ?? '');
  return { x, y };
}

describe('renderJourneySvg', () => {
  it('writes well-formed XML with no script, foreignObject or image, whatever the titles', () => {
    const project = sampleProject();
    const { svg } = renderJourneySvg(project, { ...base, includeTitle: true, includeLegend: true, embedProject: true });
    const doc = parseXml(svg);
    const names = new Set(elements(doc, '*').map((e) => e.localName));
    expect(names.has('script')).toBe(false);
    expect(names.has('foreignObject')).toBe(false);
    expect(names.has('image')).toBe(false);
    expect(svg).not.toMatch(/<script/i);
    expect(doc.documentElement?.localName).toBe('svg');
  });

  it('draws every step title as text, including Chinese and markup-like titles', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, base).svg);
    for (const step of project.steps) {
      const g = group(doc, 'step', step.id);
      expect(withoutSpaces(drawnText(g))).toContain(withoutSpaces(step.title));
      expect(children(g, 'title')[0]?.textContent).toBe(step.title);
    }
    expect(drawnText(doc.documentElement!)).toContain(CJK_TITLE);
    for (const title of HOSTILE_TITLES)
      expect(withoutSpaces(drawnText(doc.documentElement!))).toContain(withoutSpaces(title));
  });

  it('removes characters XML forbids instead of writing a broken file', () => {
    const project = sampleProject();
    project.steps[0].title = 'Pay\u0000 now\u0008\uFFFE \uD800!';
    const doc = parseXml(renderJourneySvg(project, base).svg);
    expect(drawnText(group(doc, 'step', 'start'))).toBe('Pay now !');
  });

  it('wraps a long title inside its box, at most three lines, ending with an ellipsis', () => {
    const project = sampleProject();
    project.steps[1].moment = undefined; // no badges: the text may use the whole width
    project.steps[1].title = 'word '.repeat(40).trim();
    project.steps[4].title = '长'.repeat(60);
    const doc = parseXml(renderJourneySvg(project, base).svg);
    for (const id of ['bike', 'cjk']) {
      const spans = elements(group(doc, 'step', id), 'tspan');
      expect(spans).toHaveLength(3);
      // Box 184 wide, 12 px padding each side: 160 px at 13 px * 0.65 = 8.45 px a character.
      for (const span of spans) expect(fixedMeasure(span.textContent ?? '', 13, 600)).toBeLessThanOrEqual(160);
      expect(spans[2].textContent?.endsWith('…')).toBe(true);
    }
  });

  it('draws one path per flow with the canvas curve from right middle to left middle', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, base).svg);
    const flows = groupsOf(doc, 'flow');
    expect(flows).toHaveLength(project.flows.length);
    const rects = stepRects(project, computeGrid(project));
    for (const flow of project.flows) {
      const g = group(doc, 'flow', flow.id);
      const [curve] = elements(g, 'path');
      const from = rects.get(flow.from)!;
      const to = rects.get(flow.to)!;
      // The canvas's own geometry: React Flow's Bezier forward, a detour below for flows going back.
      const { path: expected } = flowPath(
        { x: from.x + from.width, y: from.y + from.height / 2 },
        { x: to.x, y: to.y + to.height / 2 },
        Math.max(from.height, to.height),
      );
      const got = numbers(curve.getAttribute('d') ?? '');
      const want = numbers(expected);
      expect(got).toHaveLength(want.length);
      got.forEach((n, i) => expect(n).toBeCloseTo(want[i], 1));
    }
  });

  it('styles flows by kind: dashed alternative, red dotted failure, labels as text on a background', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, base).svg);
    const curve = (id: string) => elements(group(doc, 'flow', id), 'path')[0];
    expect(curve('start->bike').getAttribute('stroke-dasharray')).toBeNull();
    expect(curve('hostile1->hostile2').getAttribute('stroke-dasharray')).toBe('6 4');
    expect(curve('hostile2->cjk').getAttribute('stroke')).toBe(DEFAULT_THEME.edges.failure);
    expect(curve('hostile2->cjk').getAttribute('stroke-dasharray')).toBe('2 3');
    const label = group(doc, 'flow-label', 'bike->hostile1');
    expect(drawnText(label)).toBe('Park & lock <it>');
    expect(elements(label, 'rect')).toHaveLength(1);
    // Labels are drawn after (above) every step.
    const order = elements(doc, 'g').map((g) => g.getAttribute('class'));
    expect(order.lastIndexOf('step step-end')).toBeLessThan(order.indexOf('flow-label'));
    expect(groupsOf(doc, 'flow-label')).toHaveLength(2);
  });

  it('frames every step and flow inside the picture with a margin, even steps at negative positions', () => {
    const project = sampleProject();
    project.steps[0].position = { x: -150, y: -80 };
    // A flow back to an earlier stage loops out to the left and right of its steps.
    const { svg, width, height } = renderJourneySvg(project, base);
    const doc = parseXml(svg);
    const [vx, vy, vw, vh] = numbers(doc.documentElement?.getAttribute('viewBox') ?? '');
    expect([vx, vy, vw, vh]).toEqual([0, 0, width, height]);
    const offset = mapOffset(svg);
    const margin = DRAWING_MARGIN - 0.01;
    for (const step of project.steps) {
      const rect = children(group(doc, 'step', step.id), 'rect')[0];
      const x = Number(rect.getAttribute('x')) + offset.x;
      const y = Number(rect.getAttribute('y')) + offset.y;
      expect(x).toBeGreaterThanOrEqual(margin);
      expect(y).toBeGreaterThanOrEqual(margin);
      expect(x + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width - margin);
      expect(y + Number(rect.getAttribute('height'))).toBeLessThanOrEqual(height - margin);
    }
    for (const g of groupsOf(doc, 'flow')) {
      const values = numbers(elements(g, 'path')[0].getAttribute('d') ?? '');
      for (let i = 0; i < values.length; i += 2) {
        expect(values[i] + offset.x).toBeGreaterThanOrEqual(margin);
        expect(values[i] + offset.x).toBeLessThanOrEqual(width - margin);
        expect(values[i + 1] + offset.y).toBeGreaterThanOrEqual(margin);
        expect(values[i + 1] + offset.y).toBeLessThanOrEqual(height - margin);
      }
    }
  });

  it('draws stage headers and lane labels', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, base).svg);
    expect(groupsOf(doc, 'stage').map(drawnText)).toEqual(['ENTER', 'CHOOSE', 'PAY']);
    expect(groupsOf(doc, 'lane').map(drawnText)).toEqual(['Customer', 'Back stage']);
  });

  it('marks contact moments: risk band in the level colour, moment-of-truth star, senses, emotion', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, base).svg);
    const bike = group(doc, 'step', 'bike');
    const fills = elements(bike, 'path').map((p) => p.getAttribute('fill'));
    expect(fills).toContain(RISK_LEVEL_COLOURS.critical.fill); // 4 x 5 = 20
    expect(fills).toContain(DEFAULT_THEME.momentOfTruth);
    const texts = elements(bike, 'text').map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Si', 'Sm', '+2']));
    expect(texts).not.toContain('He');
    const cjk = group(doc, 'step', 'cjk');
    expect(elements(cjk, 'path').map((p) => p.getAttribute('fill'))).toContain(RISK_LEVEL_COLOURS.low.fill); // 1 x 3
    expect(elements(cjk, 'text').map((t) => t.textContent)).toContain('-1');
    // A plain step has neither band nor markers.
    expect(elements(group(doc, 'step', 'quote'), 'path')).toHaveLength(0);
  });

  it('with a selection, draws only the selected steps and the flows between them', () => {
    const project = sampleProject();
    const { svg, warnings } = renderJourneySvg(project, {
      ...base,
      scope: { stepIds: ['bike', 'hostile1', 'hostile2'] },
    });
    const doc = parseXml(svg);
    expect(groupsOf(doc, 'step').map((g) => g.getAttribute('data-id'))).toEqual(['bike', 'hostile1', 'hostile2']);
    expect(
      groupsOf(doc, 'flow')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).toEqual(['bike->hostile1', 'hostile1->hostile2', 'hostile2->bike'].sort());
    expect(groupsOf(doc, 'stage').map(drawnText)).toEqual(['ENTER', 'CHOOSE']);
    expect(warnings).toEqual([]);
    // The selection's picture is smaller than the whole map's.
    expect(renderJourneySvg(project, base).width).toBeGreaterThan(Number(doc.documentElement?.getAttribute('width')));
  });

  it('falls back to the whole map with a warning when no selected step exists', () => {
    const project = sampleProject();
    const { svg, warnings } = renderJourneySvg(project, { ...base, scope: { stepIds: ['gone'] } });
    expect(groupsOf(parseXml(svg), 'step')).toHaveLength(project.steps.length);
    expect(warnings.join(' ')).toMatch(/whole map/);
  });

  it('adds title and date above the map and a legend below it only when asked', () => {
    const project = sampleProject();
    const plain = parseXml(renderJourneySvg(project, base).svg);
    expect(groupsOf(plain, 'legend')).toHaveLength(0);
    expect(drawnText(plain.documentElement!)).not.toContain('Shop & <pay>');

    const { svg, height } = renderJourneySvg(project, {
      ...base,
      includeTitle: true,
      includeDate: true,
      date: '3 March 2026',
      includeLegend: true,
      lens: 'risk',
    });
    const doc = parseXml(svg);
    const offset = mapOffset(svg);
    const top = elements(doc, 'text').filter(
      (t) => !t.parentNode || (t.parentNode as { localName?: string }).localName === 'svg',
    );
    const title = top.find((t) => t.textContent === 'Shop & <pay>');
    const date = top.find((t) => t.textContent === '3 March 2026');
    expect(Number(title?.getAttribute('y'))).toBeLessThan(offset.y);
    expect(Number(date?.getAttribute('y'))).toBeLessThan(offset.y);
    const [legend] = groupsOf(doc, 'legend');
    const legendText = elements(legend, 'text').map((t) => t.textContent);
    expect(legendText).toEqual(expect.arrayContaining(['Main flow', 'Alternative', 'Failure', 'Moment of truth']));
    expect(legendText).toEqual(expect.arrayContaining(['Low 1-4', 'Medium 5-9', 'High 10-16', 'Critical 20-25']));
    const legendTop = Math.min(...elements(legend, 'text').map((t) => Number(t.getAttribute('y'))));
    const mapBottom = Math.max(
      ...groupsOf(doc, 'stage').map((g) => {
        const r = children(g, 'rect')[0];
        return Number(r.getAttribute('y')) + Number(r.getAttribute('height')) + offset.y;
      }),
    );
    expect(legendTop).toBeGreaterThan(mapBottom);
    expect(legendTop).toBeLessThan(height);
  });

  it('explains the SERVQUAL, emotion and sense lenses in the legend', () => {
    const project = sampleProject();
    const legendOf = (lens: SvgExportOptions['lens']) =>
      drawnText(groupsOf(parseXml(renderJourneySvg(project, { ...base, includeLegend: true, lens }).svg), 'legend')[0]);
    expect(legendOf('servqual')).toContain('SERVQUAL gap');
    expect(legendOf('emotion')).toContain('+2 Delighted');
    expect(legendOf({ sense: 'smell' })).toContain('Sense: Smell');
    expect(legendOf('none')).not.toContain('Risk');
  });

  it('colours steps by the lens', () => {
    const project = sampleProject();
    const doc = parseXml(renderJourneySvg(project, { ...base, lens: 'risk' }).svg);
    expect(children(group(doc, 'step', 'bike'), 'rect')[0].getAttribute('fill')).toBe(RISK_LEVEL_COLOURS.critical.fill);
    // A step the lens says nothing about is drawn as "not assessed", as on the canvas.
    expect(children(group(doc, 'step', 'quote'), 'rect')[0].getAttribute('fill')).toBe(NOT_ASSESSED.fill);
  });

  it('paints the page white or leaves it transparent', () => {
    const project = sampleProject();
    const white = parseXml(renderJourneySvg(project, { ...base, background: 'white' }).svg);
    const bg = elements(white, 'rect').find((r) => r.getAttribute('class') === 'background');
    expect(bg?.getAttribute('fill')).toBe('#ffffff');
    const clear = parseXml(renderJourneySvg(project, { ...base, background: 'transparent' }).svg);
    expect(elements(clear, 'rect').some((r) => r.getAttribute('class') === 'background')).toBe(false);
  });

  it('uses the measured step sizes', () => {
    const project = sampleProject();
    const sizeOf = (id: string) => (id === 'bike' ? { width: 300, height: 120 } : GRID.defaultStepSize);
    const doc = parseXml(renderJourneySvg(project, { ...base, sizeOf }).svg);
    const rect = children(group(doc, 'step', 'bike'), 'rect')[0];
    expect([rect.getAttribute('width'), rect.getAttribute('height')]).toEqual(['300', '120']);
  });

  it('leaves out flows to missing steps and says so', () => {
    const project = sampleProject();
    project.flows.push({ id: 'ghost', from: 'bike', to: 'nowhere', label: '', kind: 'main' });
    const { svg, warnings } = renderJourneySvg(project, base);
    expect(groupsOf(parseXml(svg), 'flow')).toHaveLength(project.flows.length - 1);
    expect(warnings.join(' ')).toMatch(/1 flow/);
  });

  it('carries the project in its metadata only when asked, and gives it back unchanged', () => {
    const project = sampleProject();
    project.description = 'Odd text: \uFFFE \uFFFF </tm:project> ]]> & \u0001';
    const { svg } = renderJourneySvg(project, { ...base, embedProject: true });
    parseXml(svg);
    const text = extractProjectFromSvg(svg);
    expect(text).not.toBeNull();
    expect(JSON.parse(text!)).toEqual(project);
    expect(extractProjectFromSvg(renderJourneySvg(project, base).svg)).toBeNull();
  });

  it('draws a generated 300-step journey completely', () => {
    const project = generateJourney(300);
    const { svg, warnings } = renderJourneySvg(project, {
      ...base,
      includeTitle: true,
      includeLegend: true,
      lens: 'risk',
    });
    const doc = parseXml(svg);
    expect(groupsOf(doc, 'step')).toHaveLength(300);
    expect(groupsOf(doc, 'flow')).toHaveLength(project.flows.length);
    expect(warnings).toEqual([]);
  });
});
