/**
 * Metrics per step through the real UI (issue I item 3), on the supermarket template: a CSAT of
 * 3.9 against a target of 4.5 added in the inspector shows there off target; the metrics row
 * (shown from the inspector's hint) draws it in the off-target colours; Insights counts one metric
 * off target; the problems list names the step; the file holds it; Ctrl+Z takes it away again.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import { METRIC_COLOURS } from '../../shared/formats/drawing/rows';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();
const FILE_POLL = { timeout: 10_000 };
const STEP = 'Queue at the checkout';

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describe('metrics per step', () => {
  it('a CSAT under its target shows in the inspector, the row, insights and problems; the file holds it; Ctrl+Z removes it', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Measured shop');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await fitView(page);
    const project = await saved(app);
    const step = project.steps.find((s) => s.moment && s.title === STEP) ?? project.steps.find((s) => s.moment)!;
    const title = step.title;
    await node(page, title).click();

    // Add a CSAT from the inspector's Metrics section, by keyboard where it matters.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const section = inspector.getByRole('group', { name: 'Metrics', exact: true });
    await section.getByRole('combobox', { name: 'Kind of metric to add' }).selectOption({ label: 'CSAT' });
    await section.getByRole('button', { name: 'Add metric' }).click();
    const metric = section.getByRole('group', { name: 'Metric 1: CSAT' });
    await metric.getByLabel('Value', { exact: true }).fill('3.9');
    await metric.getByLabel('Target', { exact: true }).fill('4.5');
    await metric.getByLabel('Source', { exact: true }).fill('Exit survey');
    await metric.getByRole('combobox', { name: 'Evidence' }).selectOption({ label: 'Measured' });
    await expect.poll(() => metric.getByText('off target', { exact: true }).count()).toBe(1);
    expect(await metric.getByRole('combobox', { name: 'Direction' }).inputValue()).toBe('higher');

    // The file holds it (autosave).
    await expect
      .poll(async () => (await saved(app)).steps.find((s) => s.id === step.id)?.metrics, FILE_POLL)
      .toMatchObject([
        { kind: 'csat', value: 3.9, target: 4.5, direction: 'higher', source: 'Exit survey', evidence: 'measured' },
      ]);

    // The metrics row is hidden by default; the inspector shows it in one click.
    await section.getByRole('button', { name: 'Show the metrics row' }).click();
    const badge = page.locator(`.row-metrics g.metric-off[data-item]`);
    await expect.poll(() => badge.count()).toBe(1);
    expect(await badge.locator('text').textContent()).toBe('CSAT 3.9 (≥4.5)');
    expect(await badge.locator('rect').getAttribute('fill')).toBe(METRIC_COLOURS.off.fill);
    expect(await badge.locator('title').textContent()).toBe('CSAT: 3.9, target 4.5 (higher is better), off target');
    await page.screenshot({ path: 'test-results/metrics-inspector.png' });
    await badge.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/metrics-row.png' });

    // Insights counts it.
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Insights', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Insights', exact: true });
    const metricsSection = panel.getByRole('region', { name: 'Metrics' });
    await metricsSection.getByText('1 metric off target', { exact: true }).waitFor();
    await metricsSection.getByRole('button', { name: new RegExp(title) }).waitFor();
    await page.screenshot({ path: 'test-results/metrics-insights.png' });
    await panel.getByRole('button', { name: 'Close insights' }).click();

    // The problems list names the step.
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByRole('button', { name: /^Problems \(/ }).click();
    await problems.getByRole('button', { name: `"${title}": CSAT is off target (3.9, target 4.5).` }).waitFor();

    // Ctrl+Z (focus on the canvas) takes the metric's edits back, to no metric at all.
    await node(page, title).click();
    for (let i = 0; i < 8 && (await section.getByRole('group', { name: 'Metric 1: CSAT' }).count()) > 0; i++) {
      await node(page, title).focus();
      await page.keyboard.press('Control+z');
    }
    await expect.poll(() => section.getByRole('group', { name: 'Metric 1: CSAT' }).count()).toBe(0);
    await expect.poll(() => page.locator('.row-metrics g.metric').count()).toBe(0);
    await expect
      .poll(async () => (await saved(app)).steps.find((s) => s.id === step.id)?.metrics, FILE_POLL)
      .toBe(undefined);
  });

  it('reads a decimal comma in Hungarian and refuses a value outside the kind', async () => {
    const app = await start({ locale: 'hu-HU' });
    const { page } = app;
    await page.getByRole('button', { name: 'Új projekt' }).click();
    await page.getByLabel('Projekt neve').fill('Mért bolt');
    await page.getByRole('radio', { name: /szupermarket/i }).check();
    await page.getByRole('button', { name: 'Létrehozás' }).click();
    await page.locator('.react-flow__node-step').first().waitFor();
    const project = await saved(app);
    const step = project.steps.find((s) => s.moment)!;
    await page.locator(`.react-flow__node-step[data-id="${step.id}"]`).click();
    const section = page.getByRole('group', { name: 'Mutatók', exact: true });
    await section.getByRole('combobox', { name: 'A hozzáadandó mutató fajtája' }).selectOption({ label: 'NPS' });
    await section.getByRole('button', { name: 'Mutató hozzáadása' }).click();
    const metric = section.getByRole('group', { name: '1. mutató: NPS' });
    await metric.getByLabel('Érték', { exact: true }).fill('12,5');
    await metric.getByLabel('Cél', { exact: true }).fill('250');
    await metric.getByText('Adjon meg egy számot -100 és 100 között.').waitFor();
    await expect
      .poll(async () => (await saved(app)).steps.find((s) => s.id === step.id)?.metrics?.[0], FILE_POLL)
      .toMatchObject({ kind: 'nps', value: 12.5, target: null });
  });
});
