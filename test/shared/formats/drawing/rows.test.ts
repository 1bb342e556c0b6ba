import { describe, expect, it } from 'vitest';
import { emotionPath } from '../../../../shared/analysis/emotion';
import { drawRowCell, drawRows, emotionSegments } from '../../../../shared/formats/drawing/rows';
import { renderJourneySvg } from '../../../../shared/formats/svg';
import { exportLanguage } from '../../../../shared/formats/exportLanguage';
import { drawingLabels } from '../../../../shared/i18n/labels';
import { computeGrid, stepRects } from '../../../../shared/layout/grid';
import { emotionY, layoutRows } from '../../../../shared/layout/rows';
import { ROW_KINDS } from '../../../../shared/model/schema';
import { notesOf, NOTE_ROWS } from '../../../../shared/model/rows';
import type { Project } from '../../../../shared/model';
import { buildTemplate } from '../../../../shared/templates';
import { makeProject, moment, NOW } from '../../model/build';
import { children, drawnText, elements, fixedMeasure, groupsOf, parseXml, withoutSpaces } from './support';
import type { Element } from '@xmldom/xmldom';

function supermarket(): Project {
  const project = buildTemplate('supermarket', { id: 'p', name: 'Supermarket', now: NOW });
  // Make sure every note row has notes, whatever the template carries today.
  const moments = project.steps.filter((s) => s.moment);
  moments[0].thoughts = [...(moments[0].thoughts ?? []), 'Will I find a parking space close to the entrance?'];
  moments[1].moment!.painPoints.push('Trolley with a wobbly wheel & a sticky <handle>');
  moments[2].moment!.opportunities.push('Offer a map of the aisles at the door');
  return project;
}

function numbers(s: string | null): number[] {
  return (s?.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g) ?? []).map(Number);
}

/** The on-curve points of a path written with M, L and C: the first pair and each command's last pair. */
function onCurvePoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const cmd of d.match(/[MLC][^MLC]*/g) ?? []) {
    const n = numbers(cmd);
    out.push([n[n.length - 2], n[n.length - 1]]);
  }
  return out;
}

function mapOffset(doc: ReturnType<typeof parseXml>): { x: number; y: number } {
  const [map] = groupsOf(doc, 'map');
  const [x, y] = numbers(map.getAttribute('transform'));
  return { x, y };
}

describe('the rows band in the SVG export', () => {
  const project = supermarket();
  const { svg } = renderJourneySvg(project, { measureText: fixedMeasure, rows: [...ROW_KINDS] });
  const doc = parseXml(svg);
  const grid = computeGrid(project);
  const rects = stepRects(project, grid);
  const offset = mapOffset(doc);

  it('draws one group per row, in order, each with its translated header', () => {
    const rows = groupsOf(doc, 'row');
    expect(rows.map((g) => g.getAttribute('data-id'))).toEqual([...ROW_KINDS]);
    expect(drawnText(rows[4])).toContain('Pain points');
  });

  it('writes every thought, pain point and opportunity as <text> in its step cell', () => {
    let count = 0;
    for (const kind of NOTE_ROWS) {
      const [row] = groupsOf(doc, `row-${kind}`);
      for (const step of project.steps) {
        const notes = notesOf(step, kind);
        if (!notes.length) continue;
        const cell = groupsOf(doc, 'row-cell').find((g) => g.getAttribute('data-id') === step.id && isInside(g, row));
        expect(cell, `${kind} cell of ${step.id}`).toBeDefined();
        for (const note of notes) {
          expect(withoutSpaces(drawnText(cell!))).toContain(withoutSpaces(note));
          count++;
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(3);
    // Escaped like every other text.
    expect(svg).toContain('&lt;handle&gt;');
    expect(svg).not.toContain('<handle>');
  });

  it('draws the emotion curve as a path through one point per step with an emotion, at the step x centre', () => {
    const [row] = groupsOf(doc, 'row-emotion');
    const scored = emotionPath(project).filter((p) => p.emotion !== null);
    expect(scored.length).toBeGreaterThan(2);
    const band = layoutRows(project, grid, rects, { rows: [...ROW_KINDS], measure: fixedMeasure });
    const emotionRow = band.rows.find((r) => r.kind === 'emotion')!;
    // One point per scored step, at its x centre and its emotion's height.
    const points = groupsOf(doc, 'emotion-point');
    expect(points.map((g) => g.getAttribute('data-id')).sort()).toEqual(scored.map((p) => p.stepId).sort());
    for (const p of scored) {
      const g = points.find((el) => el.getAttribute('data-id') === p.stepId)!;
      const circle = elements(g, 'circle').at(-1)!;
      const box = rects.get(p.stepId)!;
      // Drawn in map coordinates, inside the map group (translated by `offset`).
      expect(Number(circle.getAttribute('cx'))).toBeCloseTo(box.x + box.width / 2, 1);
      expect(Number(circle.getAttribute('cy'))).toBeCloseTo(emotionY(emotionRow, p.emotion!), 1);
      expect(isInside(g, groupsOf(doc, 'map')[0])).toBe(true);
    }
    // The curve: a vector path whose on-curve points are exactly those points, main flow first.
    const curves = groupsOf(row as never, 'emotion-curve');
    expect(curves.length).toBeGreaterThan(0);
    const onCurve = curves.flatMap((g) => onCurvePoints(children(g, 'path')[0].getAttribute('d')!));
    const expected = emotionSegments(project, scored)
      .filter((s) => s.points.length > 1)
      .flatMap((s) =>
        s.points.map((p) => {
          const box = rects.get(p.stepId)!;
          return [box.x + box.width / 2, emotionY(emotionRow, p.emotion!)];
        }),
      );
    expect(onCurve).toHaveLength(expected.length);
    onCurve.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i][0], 1);
      expect(y).toBeCloseTo(expected[i][1], 1);
    });
    // Every scored step is on the curve.
    const main = curves[0];
    expect(main.getAttribute('class')).toBe('emotion-curve');
    const mainD = children(main, 'path')[0].getAttribute('d')!;
    expect(mainD).toMatch(/^M[\d.,-]+C/);
    const xs = new Set(onCurve.map(([x]) => Math.round(x)));
    for (const p of scored) {
      const box = rects.get(p.stepId)!;
      expect(xs.has(Math.round(box.x + box.width / 2))).toBe(true);
    }
  });

  it('marks the moments of truth', () => {
    const truths = project.steps.filter((s) => s.moment?.momentOfTruth && s.moment.emotion !== null).map((s) => s.id);
    expect(truths.length).toBeGreaterThan(0);
    expect(
      groupsOf(doc, 'moment-of-truth')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).toEqual(truths.sort());
  });

  it('puts the band under the map and inside the picture', () => {
    const [band] = groupsOf(doc, 'rows');
    expect(band).toBeDefined();
    const rects = elements(band, 'rect');
    expect(Math.min(...rects.map((r) => Number(r.getAttribute('y'))))).toBeGreaterThanOrEqual(grid.height);
    const width = Number(doc.documentElement!.getAttribute('width'));
    const height = Number(doc.documentElement!.getAttribute('height'));
    for (const r of rects) {
      expect(Number(r.getAttribute('x')) + offset.x).toBeGreaterThanOrEqual(0);
      expect(Number(r.getAttribute('x')) + Number(r.getAttribute('width')) + offset.x).toBeLessThanOrEqual(width);
      expect(Number(r.getAttribute('y')) + Number(r.getAttribute('height')) + offset.y).toBeLessThanOrEqual(height);
    }
  });

  it('draws nothing extra when no rows are asked for (the default)', () => {
    const plain = renderJourneySvg(project, { measureText: fixedMeasure }).svg;
    expect(groupsOf(parseXml(plain), 'row')).toHaveLength(0);
    expect(plain.length).toBeLessThan(svg.length);
  });
});

function isInside(el: Element, ancestor: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentNode as Element | null) if (n === ancestor) return true;
  return false;
}

describe('drawRows', () => {
  const project = makeProject({
    stages: ['a', 'b'],
    steps: [
      { id: 's1', title: 'Call', position: { x: 20, y: 20 } },
      { id: 's2', stageId: 'b', title: 'Wait', position: { x: 20, y: 20 } },
      { id: 's3', stageId: 'b', title: 'Plain', position: { x: 260, y: 20 } },
    ],
    flows: [
      ['s1', 's2'],
      ['s2', 's3'],
    ],
  });
  project.steps[0].moment = moment((m) => {
    m.channel = 'phone';
    m.actor = 'Agent';
    m.risk = { likelihood: 4, impact: 5, description: '', mitigation: '' };
    m.senses.hearing = { engaged: true, valence: -1, note: '' };
    m.standard.measures = [
      { id: 'm1', text: 'Greet', done: true },
      { id: 'm2', text: 'Name', done: false },
    ];
    m.servqual.reliability = { expectation: 7, perception: 4 };
    m.servqual.empathy = { expectation: 5, perception: 6 };
  });
  project.steps[1].moment = moment((m) => (m.waitSeconds = 90));
  project.servqualWeights = { tangibles: 0.2, reliability: 0.6, responsiveness: 0.2, assurance: 0, empathy: 0.2 };
  const grid = computeGrid(project);
  const rects = stepRects(project, grid);
  const svgOf = (lng: 'en' | 'hu') => {
    const text = exportLanguage(lng);
    return renderJourneySvg(project, {
      measureText: fixedMeasure,
      rows: ['touchpoint', 'senses', 'risk', 'servqualGap', 'standard', 'waitTime'],
      labels: drawingLabels(text.t, text.lng),
    }).svg;
  };

  it('writes each row value in the cell of its step, with the project weights for SERVQUAL', () => {
    const doc = parseXml(svgOf('en'));
    const cell = (kind: string, id: string) => {
      const [row] = groupsOf(doc, `row-${kind}`);
      return drawnText(groupsOf(doc, 'row-cell').find((g) => g.getAttribute('data-id') === id && isInside(g, row))!);
    };
    expect(cell('touchpoint', 's1')).toBe('PhoneAgent');
    expect(cell('senses', 's1')).toBe('He');
    expect(cell('risk', 's1')).toBe('critical 20');
    expect(cell('risk', 's3')).toBe('');
    // Weighted: (0.6 x -3 + 0.2 x 1) / 0.8 = -2 (the plain mean would be -1).
    expect(cell('servqualGap', 's1')).toBe('-2.00');
    expect(cell('standard', 's1')).toBe('1 of 2 done');
    expect(cell('waitTime', 's2')).toBe('1 min 30 sec');
  });

  it('draws in the language of the labels it is given', () => {
    const svg = svgOf('hu');
    const text = exportLanguage('hu');
    for (const kind of ['touchpoint', 'risk', 'waitTime'] as const) expect(svg).toContain(text.t(`rows.names.${kind}`));
    expect(svg).toContain(text.t('domain.channels.phone'));
    expect(svg).not.toContain('1 of 2 done');
  });

  it('returns the band geometry with the items, and nothing for no rows', () => {
    const band = drawRows(project, grid, rects, ['risk'], { measure: fixedMeasure });
    expect(band.top).toBeGreaterThanOrEqual(grid.height);
    expect(band.height).toBe(band.layout.height);
    expect(band.items).toHaveLength(1);
    const none = drawRows(project, grid, rects, [], { measure: fixedMeasure });
    expect(none.items).toEqual([]);
    expect(none.height).toBe(0);
  });

  it('draws without the cells (cells: false) what drawRowCell then draws cell by cell, as the whole band does', () => {
    const p = supermarket();
    const g = computeGrid(p);
    const r = stepRects(p, g);
    const options = { measure: fixedMeasure, addSlot: 22 };
    const whole = drawRows(p, g, r, [...ROW_KINDS], options);
    const frame = drawRows(p, g, r, [...ROW_KINDS], { ...options, cells: false });
    const steps = new Map(p.steps.map((s) => [s.id, s]));
    // Put each row's cells back after its own items: the whole band's items, in the same order.
    const rebuilt = frame.items.map((root) =>
      root.type !== 'group'
        ? root
        : {
            ...root,
            items: root.items.map((row, i) => {
              const laid = frame.layout.rows[i];
              if (row.type !== 'group' || laid.kind === 'emotion') return row;
              const cells = laid.cells.flatMap((cell) =>
                cell.sections.map((s) => drawRowCell(p, laid.kind, steps.get(s.stepId)!, s, options)),
              );
              return { ...row, items: [...row.items, ...cells] };
            }),
          },
    );
    expect(rebuilt).toEqual(whole.items);
    expect(frame.layout).toEqual(whole.layout);
    // Without the cells, the only per-step groups are the emotion curve's points.
    const cellGroups = JSON.stringify(frame.items).match(/"role":"row-cell[^"]*"/g) ?? [];
    expect(cellGroups.length).toBeGreaterThan(0);
    expect(cellGroups.every((role) => role.includes('emotion-point'))).toBe(true);
    expect(JSON.stringify(whole.items).match(/"role":"row-cell[^"]*"/g)!.length).toBeGreaterThan(cellGroups.length);
  });

  it('draws a branch as its own segment, forking from the main flow', () => {
    const p = makeProject({
      stages: ['a'],
      steps: [
        { id: 'x', position: { x: 20, y: 20 } },
        { id: 'y', position: { x: 260, y: 20 } },
        { id: 'z', position: { x: 500, y: 20 } },
        { id: 'alt', position: { x: 260, y: 200 } },
      ],
      flows: [
        ['x', 'y'],
        ['y', 'z'],
        ['x', 'alt', 'alternative'],
        ['alt', 'z', 'alternative'],
      ],
    });
    p.steps[0].kind = 'start';
    for (const [i, e] of [0, 1, -1, -2].entries()) p.steps[i].moment = moment((m) => (m.emotion = e));
    const segments = emotionSegments(p, emotionPath(p));
    expect(segments.map((s) => [s.main, s.points.map((q) => q.stepId)])).toEqual([
      [true, ['x', 'y', 'z']],
      [false, ['x', 'alt', 'z']],
    ]);
    const doc = parseXml(renderJourneySvg(p, { measureText: fixedMeasure, rows: ['emotion'] }).svg);
    expect(groupsOf(doc, 'emotion-branch')).toHaveLength(1);
  });
});
