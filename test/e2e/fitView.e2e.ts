/**
 * Fit view fits the journey map, not only its steps: with the rows band shown under the
 * steps, the toolbar's Fit view, its shortcut and the canvas's own control bring the
 * whole band (down to the last row's bottom) and every step into the canvas.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROW_KINDS } from '../../shared/model';
import { useApps, zoomOf, type App } from './harness';

const start = useApps();

async function createSupermarket(app: App) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Saturday shop');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('group', { name: 'Enter the supermarket', exact: true }).waitFor();
}

async function showEveryRow(page: Page) {
  await page.getByRole('button', { name: 'Rows', exact: true }).click();
  const menu = page.getByRole('group', { name: 'Journey-map rows' });
  for (const box of await menu.getByRole('checkbox').all()) await box.check();
  await page.keyboard.press('Escape');
  await expect.poll(() => menu.count()).toBe(0);
}

/** The canvas, the steps' and the last row's cells' screen boxes (bottom and right edges included). */
async function screen(page: Page, lastRow: string) {
  return page.evaluate((row) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    };
    return {
      canvas: box(document.querySelector('.react-flow')!),
      steps: [...document.querySelectorAll('.react-flow__node-step')].map(box),
      lastRow: [...document.querySelectorAll(`.rows-cell[data-row="${row}"]`)].map(box),
    };
  }, lastRow);
}

/** Waits for the viewport to move after a fit, then two frames for the band to follow. */
async function afterFit(page: Page, before: string) {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect.poll(transform).not.toBe(before);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function expectWholeMapInView(page: Page, lastRow: string, how: string) {
  const seen = await screen(page, lastRow);
  const { canvas } = seen;
  expect(seen.steps.length, how).toBeGreaterThan(0);
  expect(seen.lastRow.length, `${how}: the last row's cells are drawn`).toBeGreaterThan(0);
  for (const b of [...seen.steps, ...seen.lastRow]) {
    expect(b.top, how).toBeGreaterThanOrEqual(canvas.top);
    expect(b.left, how).toBeGreaterThanOrEqual(canvas.left);
    expect(b.bottom, `${how}: bottom inside the canvas`).toBeLessThanOrEqual(canvas.bottom);
    expect(b.right, how).toBeLessThanOrEqual(canvas.right);
  }
}

/** Zooms far in on the top-left step, so nothing of the band is in view. */
async function zoomIn(page: Page) {
  const zoomInButton = page.getByRole('button', { name: 'Zoom In', exact: true });
  for (let i = 0; i < 20 && (await zoomOf(page)) < 1.5; i++) {
    await zoomInButton.click();
    await page.waitForTimeout(150);
  }
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(1.5);
  return page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
}

describe('fit view', () => {
  it('fits the steps and the rows band under them: toolbar, shortcut and canvas control', async () => {
    const app = await start({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await createSupermarket(app);
    await showEveryRow(page);
    const rows = await page.locator('.rows-band').getAttribute('data-rows');
    expect(rows!.split(' ').sort()).toEqual([...ROW_KINDS].sort());
    const lastRow = rows!.split(' ').at(-1)!;

    let before = await zoomIn(page);
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await afterFit(page, before);
    await expectWholeMapInView(page, lastRow, 'toolbar Fit view');
    // Not merely zoomed out: the fit is as close as the map allows (the band fills the height).
    const fitted = await zoomOf(page);

    before = await zoomIn(page);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await afterFit(page, before);
    await expectWholeMapInView(page, lastRow, 'shortcut');
    expect(await zoomOf(page)).toBeCloseTo(fitted, 3);

    before = await zoomIn(page);
    await page.getByRole('button', { name: 'Fit View', exact: true }).click();
    await afterFit(page, before);
    await expectWholeMapInView(page, lastRow, 'canvas control');
    expect(await zoomOf(page)).toBeCloseTo(fitted, 3);
  });
});
