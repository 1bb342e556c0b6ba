/**
 * The Insights view on the supermarket template, through the real UI: opened from the
 * toolbar and by Ctrl+I, its risk matrix counts equal the analysis (shared/analysis computed
 * here on the stored project), a cell selects exactly its steps and filters the map to them,
 * the SERVQUAL table shows the analysis' figures, a moment of truth and an emotional low
 * select their step. Writes screenshots of the view (English and Hungarian, 1440 x 900).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectInsights } from '../../shared/analysis/insights';
import { formatNumber, formatSigned } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { onlyProjectId, useApps, type App } from './harness';

const start = useApps();
const SHOTS = join('test-results', 'insights');

async function createSupermarket(app: App, t: (key: string) => string): Promise<Project> {
  const { page } = app;
  await page.getByRole('button', { name: t('actions.new-project'), exact: true }).click();
  const form = page.getByRole('form', { name: t('home.newProject') });
  await form.getByLabel(t('home.projectName')).fill(t('templates.supermarket.name'));
  await form.getByRole('radio', { name: new RegExp(t('templates.supermarket.name')) }).check();
  await form.getByRole('button', { name: t('home.create'), exact: true }).click();
  await page.getByRole('button', { name: t('actions.fit-view'), exact: true }).waitFor();
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

const view = (page: Page, t: (key: string) => string) =>
  page.getByRole('complementary', { name: t('insightsView.title'), exact: true });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const inspectorTitle = (page: Page) => inspector(page).getByLabel('Title', { exact: true });

/** The steps the outline marks as selected (it lists every step, on screen or not). */
async function selectedInOutline(page: Page): Promise<string[]> {
  const tree = page.getByRole('tree', { name: 'Journey outline' });
  const items = tree.getByRole('treeitem', { level: 2, selected: true });
  const labels = await items.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.split(', ')[0]!).sort();
}

describe('the Insights view', () => {
  it('moves between the risk matrix cells with the arrow keys; Enter and Space choose a cell as a click does', async () => {
    const t = translator('en');
    const app = await start();
    const { page } = app;
    const project = await createSupermarket(app, t);
    const insights = projectInsights(project);
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Insights', exact: true }).click();
    const panel = view(page, t);
    await panel.waitFor();
    const matrix = panel.getByRole('group', { name: t('insightsView.sections.risk'), exact: true });
    const cells = matrix.getByRole('button');
    expect(await cells.count()).toBe(25);
    // One tab stop in the matrix.
    expect(await matrix.locator('[tabindex="0"]').count()).toBe(1);

    /** The focused cell: its name and its box on screen. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? '', x: Math.round(r.x), y: Math.round(r.y) };
      });
    const boxes = await cells.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? '', x: Math.round(r.x), y: Math.round(r.y) };
      }),
    );
    const xs = [...new Set(boxes.map((b) => b.x))].sort((a, b) => a - b);
    const ys = [...new Set(boxes.map((b) => b.y))].sort((a, b) => a - b);
    const at = (col: number, row: number) => boxes.find((b) => b.x === xs[col] && b.y === ys[row])!.name;

    // From the top-left cell: right, down, End, Home, up and left at the edges stay put.
    await page.locator(`[aria-label="${at(0, 0)}"]`).focus();
    expect((await focused()).name).toBe(at(0, 0));
    await page.keyboard.press('ArrowRight');
    expect((await focused()).name).toBe(at(1, 0));
    await page.keyboard.press('ArrowDown');
    expect((await focused()).name).toBe(at(1, 1));
    await page.keyboard.press('End');
    expect((await focused()).name).toBe(at(4, 1));
    await page.keyboard.press('Home');
    expect((await focused()).name).toBe(at(0, 1));
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).name).toBe(at(0, 1));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused()).name).toBe(at(0, 0));
    // The focused cell is the matrix's tab stop now.
    expect(await matrix.locator('[tabindex="0"]').getAttribute('aria-label')).toBe(at(0, 0));

    // To the busiest cell by arrows alone; Enter chooses it (selects and filters), Space takes the filter off.
    const busy = insights.riskMatrix.cells.flat().find((c) => c.count === 2)!;
    const name = `Likelihood ${busy.likelihood}, impact ${busy.impact}: 2 steps`;
    const target = boxes.find((b) => b.name === name)!;
    for (let i = 0; i < xs.indexOf(target.x); i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < ys.indexOf(target.y); i++) await page.keyboard.press('ArrowDown');
    expect((await focused()).name).toBe(name);
    const cell = matrix.getByRole('button', { name, exact: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
    await inspector(page).getByText('2 steps selected').waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the analysis of the supermarket journey; a matrix cell selects and filters its steps', async () => {
    const t = translator('en');
    const app = await start();
    const { page } = app;
    const project = await createSupermarket(app, t);
    const insights = projectInsights(project);
    const title = (id: string) => project.steps.find((s) => s.id === id)!.title;

    // Opened from the toolbar, pressed while open; the panel has its own heading.
    const toggle = page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Insights', exact: true });
    await toggle.click();
    const panel = view(page, t);
    await panel.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await panel.getByRole('heading', { name: 'Insights', level: 2 }).waitFor();
    await panel.getByText('Whole journey: 11 contact moments').waitFor();

    // All 25 cells, each named with the analysis' count.
    for (const row of insights.riskMatrix.cells)
      for (const c of row) {
        const name = `Likelihood ${c.likelihood}, impact ${c.impact}: ${c.count} ${c.count === 1 ? 'step' : 'steps'}`;
        const cell = panel.getByRole('button', { name, exact: true });
        expect(await cell.count(), name).toBe(1);
        expect(await cell.isEnabled(), name).toBe(c.count > 0);
      }

    // A cell with two steps: exactly those are selected, and the filter is that cell.
    const busy = insights.riskMatrix.cells.flat().find((c) => c.count === 2)!;
    expect(busy.stepIds.length).toBe(2);
    const busyCell = panel.getByRole('button', {
      name: `Likelihood ${busy.likelihood}, impact ${busy.impact}: 2 steps`,
      exact: true,
    });
    await busyCell.click();
    await inspector(page).getByText('2 steps selected').waitFor();
    // Pressed: the map's filter list (renderer/state/filters.ts, what the chips and the dimming
    // read) is exactly this cell; the button reads it back from there.
    expect(await busyCell.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    expect(await selectedInOutline(page)).toEqual(busy.stepIds.map(title).sort());
    await page.getByRole('button', { name: 'Outline', exact: true }).click();

    // The chosen cell again: the filter goes, the selection stays.
    await busyCell.click();
    expect(await busyCell.getAttribute('aria-pressed')).toBe('false');
    await inspector(page).getByText('2 steps selected').waitFor();

    // A one-step cell selects that step: the inspector shows it.
    const single = insights.riskMatrix.cells.flat().find((c) => c.count === 1)!;
    await panel
      .getByRole('button', { name: `Likelihood ${single.likelihood}, impact ${single.impact}: 1 step`, exact: true })
      .click();
    await expect.poll(() => inspectorTitle(page).inputValue()).toBe(title(single.stepIds[0]!));

    // SERVQUAL: each dimension's row shows the analysis' E, P, gap, n and weight; the overall scores below.
    const table = panel.getByRole('table', { name: 'SERVQUAL by dimension' });
    const two = (n: number | null) =>
      n === null ? '–' : formatNumber('en', n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const d of insights.servqual.dimensions) {
      const row = table.getByRole('row', { name: new RegExp(`^${t(`domain.dimensions.${d.dimension}`)}\\b`) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells).toEqual([
        two(d.expectation),
        two(d.perception),
        d.gap === null ? '–' : formatSigned('en', d.gap, 2),
        String(d.n),
      ]);
      await row.getByText(`weight ${formatNumber('en', d.weight, { maximumFractionDigits: 2 })}`).waitFor();
    }
    const footer = await table.locator('tfoot td').allTextContents();
    expect(footer.filter(Boolean)).toEqual([
      formatSigned('en', insights.servqual.plain!, 2),
      formatSigned('en', insights.servqual.weighted!, 2),
    ]);
    // The chart beside it is drawn from the same figures.
    await panel.getByRole('img', { name: /Expectation and perception per SERVQUAL dimension/ }).waitFor();

    // Moments of truth ranked by risk: the first is the riskiest; a click selects it.
    const top = insights.momentsOfTruth.byRisk[0]!;
    const byRisk = panel.getByRole('heading', { name: 'By risk' }).locator('xpath=..').getByRole('button');
    expect((await byRisk.allTextContents()).map((s) => s.split('Risk ')[0])).toEqual(
      insights.momentsOfTruth.byRisk.slice(0, 5).map((m) => title(m.stepId)),
    );
    await byRisk.first().click();
    await expect.poll(() => inspectorTitle(page).inputValue()).toBe(title(top.stepId));

    // The three emotional lows, lowest first, with their pain points; a click selects the step.
    const lows = panel.getByRole('region', { name: 'Emotional lows' });
    const lowItems = lows.getByRole('listitem').filter({ has: page.getByRole('button') });
    expect(await lowItems.count()).toBe(3);
    for (const [i, low] of insights.emotionalLows.entries()) {
      const item = lowItems.nth(i);
      expect(await item.getByRole('button').textContent()).toContain(title(low.stepId));
      for (const pain of low.painPoints) await item.getByText(pain, { exact: true }).waitFor();
    }
    await lowItems.nth(0).getByRole('button').click();
    await expect.poll(() => inspectorTitle(page).inputValue()).toBe(title(insights.emotionalLows[0]!.stepId));

    // Sense coverage beside the reference split; touch has no reference figure.
    const senses = panel.getByRole('region', { name: 'Sense coverage' });
    await senses.getByRole('img').waitFor();
    const sight = insights.senses.senses.find((s) => s.sense === 'sight')!;
    expect(
      await senses
        .getByRole('row', { name: /^Sight\b/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(formatNumber('en', sight.share!, { style: 'percent', maximumFractionDigits: 0 }));
    expect(await senses.locator('svg').textContent()).toContain('Touch: the reference gives no figure.');

    // Standards coverage.
    const standards = panel.getByRole('region', { name: 'Standards coverage' });
    const s = insights.standards;
    await standards.getByText(`${s.withStandard} of ${s.moments}`, { exact: true }).waitFor();
    await standards.getByText(`${s.measuresDone} of ${s.measuresTotal}`, { exact: true }).waitFor();

    await mkdir(SHOTS, { recursive: true });
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    const body = panel.locator('.insights-body');
    await body.evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'insights-en.png') });
    await page.screenshot({ path: 'docs/insights.png' });
    await body.evaluate((el) => el.scrollTo(0, 560));
    await page.screenshot({ path: join(SHOTS, 'insights-en-middle.png') });
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: join(SHOTS, 'insights-en-end.png') });

    // Ctrl+I closes it again; focus goes back to the toolbar button.
    await panel.getByRole('heading', { name: 'Insights', level: 2 }).focus();
    await page.keyboard.press('Control+i');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('insights-toggle');
  });

  it('speaks Hungarian, numbers included', async () => {
    const t = translator('hu');
    const app = await start({ locale: 'hu-HU' });
    const { page } = app;
    const project = await createSupermarket(app, t);
    const insights = projectInsights(project);
    await page.keyboard.press('Control+i');
    const panel = view(page, t);
    await panel.waitFor();
    await panel.getByRole('heading', { name: t('insightsView.sections.risk') }).waitFor();
    const c = insights.riskMatrix.cells[2]![2]!;
    await panel.getByRole('button', { name: `Valószínűség: 3, hatás: 3: ${c.count} lépés`, exact: true }).waitFor();
    const table = panel.getByRole('table', { name: t('insightsView.servqual.table') });
    const reliability = insights.servqual.dimensions.find((d) => d.dimension === 'reliability')!;
    const row = table.getByRole('row', { name: new RegExp(`^${t('domain.dimensions.reliability')}`) });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe(formatSigned('hu', reliability.gap!, 2));
    await mkdir(SHOTS, { recursive: true });
    await page.getByRole('button', { name: t('actions.fit-view'), exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'insights-hu.png') });
  });
});
