// @vitest-environment jsdom
/**
 * The far-out layer's geometry: boxes where the steps are, flows from the middle of the
 * source box's right edge to the middle of the target box's left edge, lens colours, and
 * the hit tests that clicks and box selection use.
 */
import { describe, expect, it } from 'vitest';
import { computeGrid, stepRects } from '../../../shared/layout/grid';
import { farOutGeometry, stepAt, stepsInside } from '../../../renderer/editor/FarOutLayer';
import { lensOf, lensPaint } from '../../../shared/lens';
import { generateJourney } from '../../support/generate';

const project = generateJourney(60);
const grid = computeGrid(project);
const rects = stepRects(project, grid);

describe('far-out layer geometry', () => {
  const g = farOutGeometry(project, grid, 'none', 'sight');

  it('draws every step at its box and every flow between box-edge midpoints', () => {
    expect(g.steps).toHaveLength(project.steps.length);
    for (const s of g.steps) expect({ x: s.x, y: s.y, width: s.width, height: s.height }).toEqual(rects.get(s.id));
    expect(g.flows).toHaveLength(project.flows.length);
    for (const f of g.flows) {
      const a = rects.get(f.from)!;
      const b = rects.get(f.to)!;
      expect(f.start).toEqual({ x: a.x + a.width, y: a.y + a.height / 2 });
      expect(f.end).toEqual({ x: b.x, y: b.y + b.height / 2 });
      expect(f.path.startsWith(`M${f.start.x},${f.start.y}`)).toBe(true);
    }
  });

  it('marks the steps the filters leave out, and the flows between two of them, as dimmed', () => {
    expect(g.steps.every((s) => !s.dimmed) && g.flows.every((f) => !f.dimmed)).toBe(true);
    const bright = new Set(project.steps.filter((_, i) => i % 3 === 0).map((s) => s.id));
    const filtered = farOutGeometry(project, grid, 'none', 'sight', bright);
    for (const s of filtered.steps) expect(s.dimmed).toBe(!bright.has(s.id));
    for (const f of filtered.flows) expect(f.dimmed).toBe(!bright.has(f.from) && !bright.has(f.to));
    expect(filtered.flows.some((f) => f.dimmed)).toBe(true);
    expect(filtered.flows.some((f) => !f.dimmed)).toBe(true);
    // Nothing bright: everything faint.
    expect(farOutGeometry(project, grid, 'none', 'sight', new Set()).steps.every((s) => s.dimmed)).toBe(true);
  });

  it('colours the boxes by the lens', () => {
    const emotion = farOutGeometry(project, grid, 'emotion', 'sight');
    for (const s of emotion.steps) {
      const step = project.steps.find((p) => p.id === s.id)!;
      expect(s.fill).toBe(lensPaint(step, lensOf('emotion', 'sight'), project.servqualWeights)!.swatch.fill);
    }
  });

  it('finds the step under a point and the steps wholly inside a box', () => {
    const r = rects.get('s5')!;
    expect(stepAt(g, { x: r.x + 3, y: r.y + r.height - 1 })).toBe('s5');
    expect(stepAt(g, { x: r.x - 1, y: r.y - 1 })).toBeNull();
    expect(stepsInside(g, { x: r.x - 1, y: r.y - 1, width: r.width + 2, height: r.height + 2 })).toEqual(['s5']);
    expect(stepsInside(g, { x: r.x + 1, y: r.y, width: r.width, height: r.height })).toEqual([]);
  });
});
