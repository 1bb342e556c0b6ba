/**
 * Dimming on the canvas: the steps the map filters leave out get the `dimmed` class (a
 * flow, when both its ends are dimmed), and nodes whose state did not change are the same
 * objects as before, so a filter change re-renders only the nodes it changes and a drag
 * frame (same project, same filters) re-renders none for it.
 */
import { describe, expect, it } from 'vitest';
import { matchingStepIds } from '../../../shared/analysis/filters';
import { buildEdges, buildNodes, DIMMED, gridOf, type JourneyNode } from '../../../renderer/editor/flowModel';
import { buildTemplate } from '../../../shared/templates';

const project = buildTemplate('supermarket', { id: 'p', name: 'Groceries', now: '2026-01-01T00:00:00.000Z' });
const grid = gridOf(project);
const steps = (nodes: JourneyNode[]) => nodes.filter((n) => n.type === 'step');
const byId = (nodes: JourneyNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe('dimming on the canvas', () => {
  const plain = buildNodes(project, grid, new Set(), new Map());
  const truth = matchingStepIds(project, [{ kind: 'momentsOfTruth' }])!;

  it('dims nothing without a filter', () => {
    expect(steps(plain).every((n) => n.className === undefined)).toBe(true);
  });

  it('dims exactly the steps the filters leave out', () => {
    const filtered = buildNodes(project, grid, new Set(), byId(plain), truth);
    const dimmed = steps(filtered)
      .filter((n) => n.className === DIMMED)
      .map((n) => n.id);
    expect(dimmed).toEqual(project.steps.filter((s) => !s.moment?.momentOfTruth).map((s) => s.id));
    // The bright ones are the very node objects of before: not re-rendered.
    const before = byId(plain);
    for (const n of steps(filtered)) if (truth.has(n.id)) expect(n).toBe(before.get(n.id));
    // Built again with the same filters (a drag frame, a selection elsewhere): every node reused.
    const again = buildNodes(project, grid, new Set(), byId(filtered), truth);
    again.forEach((n, i) => expect(n).toBe(filtered[i]));
  });

  it('dims a flow only when both its ends are dimmed', () => {
    const edges = buildEdges(project, grid, new Set(), new Map(), truth);
    expect(edges.length).toBe(project.flows.length);
    for (const e of edges) {
      const faint = !truth.has(e.source) && !truth.has(e.target);
      expect(e.className?.split(' ').includes(DIMMED)).toBe(faint);
    }
    expect(edges.some((e) => e.className?.includes(DIMMED))).toBe(true);
    expect(buildEdges(project, grid, new Set(), new Map()).some((e) => e.className?.includes(DIMMED))).toBe(false);
  });
});
