/**
 * The journey-map rows under the map, as a consultant uses them on the supermarket
 * template: every row shown from the Rows menu, each row's cell under its step, a pain
 * point typed into its row (in the inspector and the file; Ctrl+Z takes it back), a row
 * hidden (gone from the map and the file), a cell click selecting its step, and a note
 * added to a step that first becomes a contact moment.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journeyRows, ROW_KINDS, type Project } from '../../shared/model';
import { buildTemplate } from '../../shared/templates';
import { fitView, useApps, type App } from './harness';

const start = useApps();
const SUPERMARKET = buildTemplate('supermarket', { id: 'x', name: 'x', now: new Date(0).toISOString() });
const NAMES: Record<string, string> = {
  emotion: 'Emotion',
  touchpoint: 'Touchpoint',
  thoughts: 'Thoughts',
  senses: 'Senses',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  risk: 'Risk',
  servqualGap: 'SERVQUAL gap',
  standard: 'Service standard',
  waitTime: 'Wait time',
  metrics: 'Metrics',
};
const SHOTS = process.env.ROWS_SHOTS;
/** The file is written a second after the last edit (autosave). */
const FILE_POLL = { timeout: 10_000 };

async function createSupermarket(app: App) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Saturday shop');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('group', { name: 'Enter the supermarket', exact: true }).waitFor();
}

async function savedProject(dataDir: string): Promise<Project> {
  const files = (await readdir(join(dataDir, 'projects'))).filter((f) => f.endsWith('.touchmap'));
  expect(files).toHaveLength(1);
  return JSON.parse(await readFile(join(dataDir, 'projects', files[0]!), 'utf8')) as Project;
}

async function showEveryRow(page: Page) {
  await page.getByRole('button', { name: 'Rows', exact: true }).click();
  const menu = page.getByRole('group', { name: 'Journey-map rows' });
  for (const kind of ROW_KINDS) await menu.getByRole('checkbox', { name: `Show row: ${NAMES[kind]}` }).check();
  await page.keyboard.press('Escape');
  await expect.poll(() => menu.count()).toBe(0);
}

/** Screen boxes of the drawn steps and of every row cell, read in one go. */
async function boxes(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const steps: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const el of document.querySelectorAll('.react-flow__node-step')) steps[el.getAttribute('data-id')!] = rect(el);
    const cells = [...document.querySelectorAll('.rows-cell')].map((el) => ({
      row: el.getAttribute('data-row')!,
      steps: el.getAttribute('data-steps')!.split(' '),
      ...rect(el),
    }));
    return { steps, cells };
  });
}

describe('journey-map rows on the canvas', () => {
  it('shows every row, with each cell under its step; hides a row; a cell click selects its step', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await createSupermarket(app);
    await showEveryRow(page);
    await expect
      .poll(async () => journeyRows(await savedProject(app.dataDir)).filter((r) => r.shown).length, FILE_POLL)
      .toBe(ROW_KINDS.length);
    await fitView(page);
    // Every row, in the project's order.
    const order = journeyRows(await savedProject(app.dataDir)).map((r) => r.kind);
    expect([...order].sort()).toEqual([...ROW_KINDS].sort());
    await expect.poll(() => page.locator('.rows-band').getAttribute('data-rows')).toBe(order.join(' '));

    const { steps, cells } = await boxes(page);
    expect(Object.keys(steps).sort()).toEqual(SUPERMARKET.steps.map((s) => s.id).sort());
    const bottomOfMap = Math.max(...Object.values(steps).map((b) => b.y + b.height));
    for (const kind of ROW_KINDS) {
      for (const step of SUPERMARKET.steps) {
        const mine = cells.filter((c) => c.row === kind && c.steps.includes(step.id));
        expect(mine, `${kind} cell of ${step.title}`).toHaveLength(1);
        const centre = mine[0].x + mine[0].width / 2;
        const box = steps[step.id];
        expect(centre, `${kind} cell centre under ${step.title}`).toBeGreaterThanOrEqual(box.x);
        expect(centre, `${kind} cell centre under ${step.title}`).toBeLessThanOrEqual(box.x + box.width);
        expect(mine[0].y, `${kind} cell below the map`).toBeGreaterThan(bottomOfMap);
      }
    }
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'rows-fit.png') });
    // The README's picture of the journey map: near enough to read the rows.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'docs/journey-map.png' });
    if (SHOTS) {
      for (let i = 0; i < 10; i++) await page.mouse.wheel(-120, 0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, 'rows-sticky.png') });
    }
    await fitView(page);

    // A click on a cell selects its step.
    const target = SUPERMARKET.steps.find((s) => s.moment && s.title === 'Pay')!;
    await page.locator(`.rows-cell[data-row="touchpoint"][data-steps="${target.id}"]`).click();
    await expect
      .poll(() => page.locator(`.react-flow__node-step[data-id="${target.id}"]`).getAttribute('class'))
      .toMatch(/\bselected\b/);

    // Hide a row: gone from the map, and the file says so.
    await page.getByRole('button', { name: 'Rows', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Show row: Risk' }).uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.rows-cell[data-row="risk"]').count()).toBe(0);
    await expect
      .poll(async () => journeyRows(await savedProject(app.dataDir)).find((r) => r.kind === 'risk')?.shown, FILE_POLL)
      .toBe(false);
    // Move a row up: one setRows, in the file.
    await page.getByRole('button', { name: 'Rows', exact: true }).click();
    await page.getByRole('button', { name: 'Move up: Wait time' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const kinds = journeyRows(await savedProject(app.dataDir)).map((r) => r.kind);
        return kinds.indexOf('waitTime') < kinds.indexOf('standard');
      }, FILE_POLL)
      .toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('types a pain point into its row: in the inspector and the file, and Ctrl+Z takes it back', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await createSupermarket(app);
    await fitView(page);
    const step = SUPERMARKET.steps.find((s) => s.title === 'Take a basket')!;
    expect(step.moment).toBeDefined();
    const text = 'Baskets are stacked too high for children';

    // Keyboard only: the "+" is a button with its own name; Enter opens the field, Enter saves.
    await page.getByRole('button', { name: `Add pain point to: ${step.title}` }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: `New pain point for: ${step.title}` });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(text);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'rows-typing.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => field.count()).toBe(0);

    // On the map as a note of its own, in the inspector of the (now selected) step, in the file.
    await page.getByRole('button', { name: `Edit note: ${text}` }).waitFor();
    const inspectorField = page.locator('.inspector').getByLabel('Pain points', { exact: true });
    await expect.poll(() => inspectorField.inputValue()).toContain(text);
    await expect
      .poll(
        async () => (await savedProject(app.dataDir)).steps.find((s) => s.id === step.id)?.moment?.painPoints,
        FILE_POLL,
      )
      .toContain(text);

    // One undo entry: Ctrl+Z removes it everywhere.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.locator(`.react-flow__node-step[data-id="${step.id}"]`).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: `Edit note: ${text}` }).count()).toBe(0);
    await expect.poll(() => inspectorField.inputValue()).not.toContain(text);
    await expect
      .poll(
        async () => (await savedProject(app.dataDir)).steps.find((s) => s.id === step.id)?.moment?.painPoints,
        FILE_POLL,
      )
      .not.toContain(text);

    // Escape cancels: nothing is added.
    await page.getByRole('button', { name: `Add pain point to: ${step.title}` }).click();
    await page.keyboard.type('Never mind');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('textbox', { name: /New pain point/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit note: Never mind' }).count()).toBe(0);

    // Edit a note by clicking it; Delete on a note removes it.
    const existing = step.moment!.painPoints[0]!;
    await page.getByRole('button', { name: `Edit note: ${existing}` }).click();
    const edit = page.getByRole('textbox', { name: 'Note text' });
    await edit.fill('Sticky handles, every time');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edit note: Sticky handles, every time' }).focus();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'rows-edited.png') });
    await page.keyboard.press('Delete');
    // The template's other pain points of the step stay; the edited one is gone.
    await expect
      .poll(
        async () => (await savedProject(app.dataDir)).steps.find((s) => s.id === step.id)?.moment?.painPoints,
        FILE_POLL,
      )
      .toEqual(step.moment!.painPoints.slice(1));
    // The step itself is still there: Delete on a note is not Delete on the step.
    await page.locator(`.react-flow__node-step[data-id="${step.id}"]`).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('offers to make a step a contact moment before adding a pain point to it', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await createSupermarket(app);
    await fitView(page);
    const step = SUPERMARKET.steps.find((s) => !s.moment && s.kind === 'step')!;
    expect(step).toBeDefined();
    await page.getByRole('button', { name: `Add pain point to: ${step.title}` }).click();
    await page.getByRole('button', { name: 'Make it a contact moment' }).click();
    await page.keyboard.type('No bike racks near the door');
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () => (await savedProject(app.dataDir)).steps.find((s) => s.id === step.id)?.moment?.painPoints,
        FILE_POLL,
      )
      .toEqual(['No bike racks near the door']);
    expect(app.errors).toEqual([]);
  });
});
