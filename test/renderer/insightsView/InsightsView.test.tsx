// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectInsights } from '../../../shared/analysis/insights';
import { buildTemplate } from '../../../shared/templates';
import { InsightsPanel, InsightsToggle } from '../../../renderer/editor/insightsView/InsightsView';
import { useInsights } from '../../../renderer/editor/insightsView/insightsStore';
import { runAction } from '../../../renderer/editor/actions';
import '../../../renderer/i18n';
import { useDocument } from '../../../renderer/state/documentStore';
import { useFilters } from '../../../renderer/state/filters';
import { openProject } from '../inspector/fixture';

const project = buildTemplate('supermarket', { id: 'p', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
const insights = projectInsights(project);

function renderView() {
  cleanup();
  openProject(project);
  useFilters.getState().clear();
  useInsights.setState({ open: false, focusRequest: 0 });
  render(createElement('div', null, createElement(InsightsToggle), createElement(InsightsPanel)));
  act(() => runAction('insights'));
  return screen.getByRole('complementary', { name: 'Insights' });
}

// jsdom has no canvas: text is measured by the fixed fallback (renderer/export/measureText.ts).
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => cleanup());

describe('Insights view', () => {
  it('opens from the registry action with focus on its heading, the toggle pressed', () => {
    const panel = renderView();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Insights', level: 2 }));
    expect(screen.getByRole('button', { name: 'Insights' }).getAttribute('aria-pressed')).toBe('true');
    act(() => runAction('insights'));
    expect(screen.queryByRole('complementary', { name: 'Insights' })).toBeNull();
  });

  it('closes with Escape from inside, handing focus back to the toolbar button', () => {
    const panel = renderView();
    fireEvent.keyDown(within(panel).getByRole('heading', { name: 'Insights', level: 2 }), { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: 'Insights' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insights' }));
  });

  it('a matrix cell selects exactly its steps and sets the filter to that cell; again clears the filter', () => {
    const panel = renderView();
    const cell = insights.riskMatrix.cells.flat().find((c) => c.count === 2)!;
    const button = within(panel).getByRole('button', {
      name: `Likelihood ${cell.likelihood}, impact ${cell.impact}: 2 steps`,
    });
    fireEvent.click(button);
    expect(useDocument.getState().selection).toEqual({ stepIds: cell.stepIds, flowIds: [] });
    expect(useFilters.getState().filters).toEqual([
      { kind: 'riskCell', likelihood: cell.likelihood, impact: cell.impact },
    ]);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(useFilters.getState().filters).toEqual([]);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('marks empty cells disabled (still reachable by the arrow keys), and names every cell with its count', () => {
    const panel = renderView();
    const cells = within(panel)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('insights-cell'));
    expect(cells).toHaveLength(25);
    const named = cells.map((b) => b.getAttribute('aria-label'));
    for (const c of insights.riskMatrix.cells.flat()) {
      const name = `Likelihood ${c.likelihood}, impact ${c.impact}: ${c.count} ${c.count === 1 ? 'step' : 'steps'}`;
      expect(named).toContain(name);
      expect(cells[named.indexOf(name)]!.getAttribute('aria-disabled') === 'true').toBe(c.count === 0);
    }
  });

  it('a moment of truth and an emotional low select their step', () => {
    const panel = renderView();
    const top = insights.momentsOfTruth.byRisk[0]!;
    const title = (id: string) => project.steps.find((s) => s.id === id)!.title;
    const truths = within(panel).getByRole('region', { name: 'Moments of truth' });
    fireEvent.click(within(truths).getAllByRole('button', { name: new RegExp(`^${title(top.stepId)}`) })[0]!);
    expect(useDocument.getState().selection.stepIds).toEqual([top.stepId]);
    const low = insights.emotionalLows[0]!;
    const lows = within(panel).getByRole('region', { name: 'Emotional lows' });
    fireEvent.click(within(lows).getByRole('button', { name: new RegExp(`^${title(low.stepId)}`) }));
    expect(useDocument.getState().selection.stepIds).toEqual([low.stepId]);
  });

  it('writes gaps signed, with the language minus sign', () => {
    const panel = renderView();
    const table = within(panel).getByRole('table', { name: 'SERVQUAL by dimension' });
    const responsiveness = insights.servqual.dimensions.find((d) => d.dimension === 'responsiveness')!;
    const row = within(table).getByRole('row', { name: /^Responsiveness/ });
    expect(within(row).getAllByRole('cell')[2]!.textContent).toBe(
      new Intl.NumberFormat('en', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }).format(responsiveness.gap!),
    );
  });
});
