/**
 * Map filters through the real UI, on the supermarket template: the Filter menu (by
 * keyboard and by pointer) dims exactly the steps a filter leaves out, the chips name the
 * filters and take them off again, the count follows, the filters come back when the project
 * is opened again and after a restart, and filtering never writes the project file.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { matchingStepIds, type MapFilter } from '../../shared/analysis/filters';
import type { Project } from '../../shared/model';
import { buildTemplate } from '../../shared/templates';
import { createServices } from '../../electron/handlers';
import { generateJourney } from '../support/generate';
import { fitView, folderTrash, useApps } from './harness';

const start = useApps();

/** The template as the app builds it, with the one edit the test makes (Ask for help by phone). */
function expectedProject(): Project {
  const project = buildTemplate('supermarket', { id: 'p', name: 'Filtering', now: new Date().toISOString() });
  const ask = project.steps.find((s) => s.title === 'Ask a sales assistant for help')!;
  ask.moment!.channel = 'phone';
  return project;
}

/** The titles of the steps the filters leave bright, from the template data (document order). */
function brightTitles(filters: MapFilter[]): string[] {
  const project = expectedProject();
  const ids = matchingStepIds(project, filters)!;
  return project.steps.filter((s) => ids.has(s.id)).map((s) => s.title);
}

/**
 * What the canvas shows: the titles of the steps drawn bright (full opacity) and drawn dimmed
 * (faint: a quarter, or a little more while selected so the selection stays visible).
 */
async function drawn(page: Page): Promise<{ bright: string[]; dimmed: string[] }> {
  return page.locator('.react-flow__node-step').evaluateAll((nodes) => {
    const out = { bright: [] as string[], dimmed: [] as string[] };
    for (const node of nodes) {
      const title = node.getAttribute('aria-label') ?? '';
      const opacity = Number(getComputedStyle(node).opacity);
      const selected = node.classList.contains('selected');
      if (node.classList.contains('dimmed') && opacity <= (selected ? 0.6 : 0.25)) out.dimmed.push(title);
      else if (!node.classList.contains('dimmed') && opacity === 1) out.bright.push(title);
    }
    return out;
  });
}

async function createSupermarket(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
}

async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

async function fileState(dataDir: string) {
  const files = (await readdir(join(dataDir, 'projects'))).filter((f) => f.endsWith('.touchmap'));
  expect(files).toHaveLength(1);
  const file = join(dataDir, 'projects', files[0]!);
  return {
    file,
    sha: createHash('sha256')
      .update(await readFile(file))
      .digest('hex'),
    mtimeMs: (await stat(file)).mtimeMs,
  };
}

const chips = (page: Page) =>
  page.getByRole('region', { name: 'Active filters' }).locator('.filter-chip-text').allInnerTexts();
const count = (page: Page) => page.getByRole('region', { name: 'Active filters' }).getByRole('status').innerText();
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
  });

async function steps(page: Page, filters: MapFilter[]) {
  const bright = brightTitles(filters);
  const total = expectedProject().steps.length;
  await expect.poll(async () => (await drawn(page)).bright.sort()).toEqual([...bright].sort());
  const { dimmed } = await drawn(page);
  expect(dimmed).toHaveLength(total - bright.length);
  expect(await count(page)).toBe(`${bright.length} of ${total} steps match`);
}

describe('map filters', () => {
  it(
    'dim exactly the steps they leave out, show as chips, and come back after a restart',
    { timeout: 180_000 },
    async () => {
      const app = await start();
      const { page } = app;
      await createSupermarket(page, 'Filtering');
      await fitView(page);
      // One edit to the document so a channel filter narrows: asking for help goes by phone.
      await page.getByRole('group', { name: 'Ask a sales assistant for help', exact: true }).click();
      await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Channel').selectOption('phone');
      await waitSaved(page);
      await page.waitForTimeout(1500);
      const before = await fileState(app.dataDir);
      await fitView(page);
      expect((await drawn(page)).dimmed).toEqual([]);
      expect(await page.getByRole('region', { name: 'Active filters' }).count()).toBe(0);

      // Keyboard: the menu button opens at its first item; Arrow Down, Enter chooses Moments of truth.
      const filterButton = page.getByRole('button', { name: 'Filter', exact: true });
      await filterButton.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu', { name: 'Map filters' });
      await menu.waitFor();
      expect(await filterButton.getAttribute('aria-expanded')).toBe('true');
      expect(await focusedName(page)).toContain('High and critical risk');
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toContain('Moments of truth');
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'detached' });
      // Focus is back on the button.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-button');
      expect(await chips(page)).toEqual(['Moments of truth']);
      await page.getByRole('button', { name: 'Remove filter: Moments of truth' }).waitFor();
      await steps(page, [{ kind: 'momentsOfTruth' }]);
      expect(brightTitles([{ kind: 'momentsOfTruth' }])).toEqual(
        expectedProject()
          .steps.filter((s) => s.moment?.momentOfTruth)
          .map((s) => s.title),
      );

      // A dimmed step is still there and selectable.
      await page.getByRole('group', { name: 'Ride the bike', exact: true }).click();
      expect(await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title').inputValue()).toBe(
        'Ride the bike',
      );

      // Keyboard into a submenu: Channel ▸ In person narrows the moments of truth to those met in person.
      await filterButton.focus();
      await page.keyboard.press('ArrowDown');
      await menu.waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toContain('Channel');
      await page.keyboard.press('ArrowRight');
      const channels = page.getByRole('menu', { name: 'Channel' });
      await channels.waitFor();
      expect(await focusedName(page)).toContain('In person');
      // Arrow Left goes back to the Channel item; Arrow Right in again, Enter chooses.
      await page.keyboard.press('ArrowLeft');
      await channels.waitFor({ state: 'detached' });
      expect(await focusedName(page)).toContain('Channel');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'detached' });
      expect(await chips(page)).toEqual(['Moments of truth', 'Channel: In person']);
      const both: MapFilter[] = [{ kind: 'momentsOfTruth' }, { kind: 'channel', channel: 'in person' }];
      expect(brightTitles(both).length).toBeLessThan(brightTitles([{ kind: 'momentsOfTruth' }]).length);
      await steps(page, both);

      // Remove with the chip's × button.
      await page.getByRole('button', { name: 'Remove filter: Moments of truth' }).click();
      expect(await chips(page)).toEqual(['Channel: In person']);
      await steps(page, [{ kind: 'channel', channel: 'in person' }]);

      // Pointer: Steps with pain points; then Sense ▸ Smell, taken off with Backspace on its chip.
      await filterButton.click();
      await page.getByRole('menuitemcheckbox', { name: 'Steps with pain points' }).click();
      await filterButton.click();
      await page.getByRole('menuitem', { name: 'Sense' }).hover();
      await page.getByRole('menu', { name: 'Sense' }).getByRole('menuitemcheckbox', { name: 'Smell' }).click();
      expect(await chips(page)).toEqual(['Channel: In person', 'Steps with pain points', 'Sense: Smell']);
      await page.getByRole('button', { name: 'Remove filter: Sense: Smell' }).focus();
      await page.keyboard.press('Backspace');
      expect(await chips(page)).toEqual(['Channel: In person', 'Steps with pain points']);
      // Focus moved to the chip before it, and the editor's Delete did not delete a step.
      expect(await focusedName(page)).toBe('Remove filter: Steps with pain points');
      expect(await page.locator('.react-flow__node-step').count()).toBe(expectedProject().steps.length);
      const kept: MapFilter[] = [{ kind: 'channel', channel: 'in person' }, { kind: 'painPoints' }];
      await steps(page, kept);
      await page.screenshot({ path: join(tmpdir(), 'touchmap-filters-on.png') });

      // Close the project and open it again: the same filters.
      await page
        .getByRole('toolbar', { name: 'Editor' })
        .getByRole('button', { name: 'Projects', exact: true })
        .click();
      await page.getByRole('button', { name: 'Open Filtering' }).click();
      await page.getByRole('group', { name: 'Pay', exact: true }).waitFor();
      await fitView(page);
      expect(await chips(page)).toEqual(['Channel: In person', 'Steps with pain points']);
      await steps(page, kept);

      // Restart the app with the same data folder: the same filters.
      await app.close();
      const again = await start({ dataDir: app.dataDir });
      await again.page.getByRole('button', { name: 'Open Filtering' }).click();
      await again.page.getByRole('group', { name: 'Pay', exact: true }).waitFor();
      await fitView(again.page);
      expect(await chips(again.page)).toEqual(['Channel: In person', 'Steps with pain points']);
      await steps(again.page, kept);

      // Clear all: nothing dimmed, no bar.
      await again.page.getByRole('button', { name: 'Clear all', exact: true }).click();
      expect(await again.page.getByRole('region', { name: 'Active filters' }).count()).toBe(0);
      expect((await drawn(again.page)).dimmed).toEqual([]);

      // None of it wrote the project file.
      const after = await fileState(app.dataDir);
      expect(after.sha).toBe(before.sha);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(await readFile(after.file, 'utf8')).not.toContain('momentsOfTruth');
    },
  );

  it('the filters are per project: another project opens without them', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(page, 'First');
    await page.keyboard.press('f');
    await page.getByRole('menuitemcheckbox', { name: 'High and critical risk' }).click();
    expect(await chips(page)).toEqual(['High and critical risk']);
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Projects', exact: true }).click();
    await createSupermarket(page, 'Second');
    expect(await page.getByRole('region', { name: 'Active filters' }).count()).toBe(0);
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Projects', exact: true }).click();
    await page.getByRole('button', { name: 'Open First' }).click();
    await page.getByRole('button', { name: 'Remove filter: High and critical risk' }).waitFor();
  });

  it('dim on the far-out layer too: the faint boxes are the steps left out', { timeout: 180_000 }, async () => {
    const project = generateJourney(400);
    const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-e2e-'));
    const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
    const created = await library.create(project.name, 'blank');
    await library.save({ ...project, id: created.id });
    const { page } = await start({ dataDir });
    await page.getByRole('button', { name: /^Open Generated journey/ }).click();
    await page.getByRole('group', { name: 'Step 1: Greet the customer', exact: true }).waitFor();
    await fitView(page);
    await page.locator('canvas.far-out-layer').waitFor();
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Moments of truth' }).click();
    const bright = matchingStepIds(project, [{ kind: 'momentsOfTruth' }])!;
    expect(bright.size).toBeGreaterThan(0);
    expect(bright.size).toBeLessThan(project.steps.length);
    expect(await count(page)).toBe(`${bright.size} of ${project.steps.length} steps match`);

    // What the layer drew: the opacity of the pixel at the middle of each box (a box is drawn
    // opaque, a dimmed one at a quarter), read back from the canvas.
    await expect
      .poll(() =>
        page.locator('canvas.far-out-layer').evaluate((canvas: HTMLCanvasElement) => {
          const g = canvas.farOut!;
          const k = canvas.width / g.bounds.width;
          const ctx = canvas.getContext('2d')!;
          return g.steps.filter((s) => {
            const x = Math.round((s.x + s.width / 2 - g.bounds.x) * k);
            const y = Math.round((s.y + s.height / 2 - g.bounds.y) * k);
            return ctx.getImageData(x, y, 1, 1).data[3]! > 200;
          }).length;
        }),
      )
      .toBe(bright.size);
    const drawnFaint = await page.locator('canvas.far-out-layer').evaluate((canvas: HTMLCanvasElement) => {
      const g = canvas.farOut!;
      const k = canvas.width / g.bounds.width;
      const ctx = canvas.getContext('2d')!;
      return g.steps
        .filter((s) => {
          const x = Math.round((s.x + s.width / 2 - g.bounds.x) * k);
          const y = Math.round((s.y + s.height / 2 - g.bounds.y) * k);
          const alpha = ctx.getImageData(x, y, 1, 1).data[3]!;
          return alpha > 30 && alpha < 100;
        })
        .map((s) => s.id);
    });
    expect(drawnFaint.sort()).toEqual(
      project.steps
        .filter((s) => !bright.has(s.id))
        .map((s) => s.id)
        .sort(),
    );
  });
});
