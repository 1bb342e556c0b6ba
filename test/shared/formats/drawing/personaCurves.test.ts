import { describe, expect, it } from 'vitest';
import { emotionCurves } from '../../../../shared/analysis/personas';
import { personaCurveStyle } from '../../../../shared/formats/drawing/rows';
import { DEFAULT_ROWS_THEME } from '../../../../shared/formats/drawing/theme';
import { renderJourneySvg } from '../../../../shared/formats/svg';
import { computeGrid, stepRects } from '../../../../shared/layout/grid';
import { emotionY, layoutRows } from '../../../../shared/layout/rows';
import type { Project } from '../../../../shared/model';
import { buildTemplate } from '../../../../shared/templates';
import { NOW } from '../../model/build';
import { children, drawnText, fixedMeasure, groupsOf, parseXml } from './support';

const template = (): Project => buildTemplate('supermarket', { id: 'p', name: 'Supermarket', now: NOW });

function draw(project: Project, persona?: string) {
  const { svg } = renderJourneySvg(project, { measureText: fixedMeasure, rows: ['emotion', 'thoughts'], persona });
  return parseXml(svg);
}

describe('the emotion row with personas', () => {
  it('draws one curve per persona besides the default, each in its own colour and dash', () => {
    const project = template();
    expect(project.personas).toHaveLength(2);
    const doc = draw(project);
    const curves = groupsOf(doc, 'persona-curve');
    expect(curves.map((g) => children(g, 'title')[0]?.textContent)).toEqual(project.personas.map((p) => p.name));
    const strokes = curves.map((g) => children(g, 'path')[0].getAttribute('stroke'));
    expect(new Set(strokes).size).toBe(2);
    expect(strokes).not.toContain(DEFAULT_ROWS_THEME.emotionLine);
    expect(children(curves[0], 'path')[0].getAttribute('stroke-dasharray')).toBe(
      personaCurveStyle(0, DEFAULT_ROWS_THEME).dash.join(' '),
    );
    // The default curve is still there.
    expect(groupsOf(doc, 'emotion-curve').length).toBeGreaterThan(0);
  });

  it('marks each step where a persona feels other than the default, at that persona emotion', () => {
    const project = template();
    const doc = draw(project);
    const grid = computeGrid(project);
    const rects = stepRects(project, grid);
    const row = layoutRows(project, grid, rects, { rows: ['emotion', 'thoughts'], measure: fixedMeasure }).rows[0];
    const [base, cyclist] = emotionCurves(project);
    const differs = cyclist.points.filter((p, i) => p.emotion !== base.points[i].emotion);
    expect(differs.map((p) => p.stepId)).toEqual(['sm-parking', 'sm-locker', 'sm-collect-bag']);
    const [curve] = groupsOf(doc, 'persona-curve');
    const points = groupsOf(curve as never, 'persona-point');
    expect(points.map((g) => g.getAttribute('data-id'))).toEqual(differs.map((p) => p.stepId));
    const parking = points[0].getElementsByTagName('circle')[0];
    expect(Number(parking.getAttribute('cy'))).toBeCloseTo(emotionY(row, -2), 1);
    expect(points[0].getElementsByTagName('title')[0]?.textContent ?? points[0].getAttribute('aria-label')).toContain(
      'Regular cyclist',
    );
  });

  it('has a legend naming the default and each persona in the row header', () => {
    const doc = draw(template());
    const [legend] = groupsOf(doc, 'emotion-legend');
    expect(legend).toBeDefined();
    const entries = groupsOf(legend as never, 'emotion-legend-entry');
    // Each entry is named in full (its title) and drawn as a swatch and the name, shortened to fit.
    expect(entries.map((g) => g.getElementsByTagName('title')[0]?.textContent)).toEqual([
      'Default',
      'Regular cyclist',
      'Chronic complainer',
    ]);
    expect(drawnText(entries[1])).toMatch(/^Regular/);
  });

  it('draws no persona curve or legend for a project without personas', () => {
    const doc = draw({ ...template(), personas: [] });
    expect(groupsOf(doc, 'persona-curve')).toEqual([]);
    expect(groupsOf(doc, 'emotion-legend')).toEqual([]);
  });

  it('drawn as a persona, the step lens and the thoughts follow that persona', () => {
    let project = template();
    const step = project.steps.find((s) => s.id === 'sm-queue')!;
    project = {
      ...project,
      steps: project.steps.map((s) =>
        s === step
          ? {
              ...s,
              personaOverrides: [
                ...(s.personaOverrides ?? []),
                { personaId: 'sm-persona-complainer', thoughts: ['Again only one till'] },
              ],
            }
          : s,
      ),
    };
    expect(drawnText(draw(project).documentElement as never)).not.toContain('Again only one till');
    expect(drawnText(draw(project, 'sm-persona-complainer').documentElement as never)).toContain('Again only one till');
  });
});
