/**
 * The Journey outline reads the whole journey (the canvas draws only what is in view), by
 * keyboard, and selects on the map what is chosen in it; the save status says what it is.
 * Everything by role and accessible name.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { serializeProject } from '../../shared/formats/touchmapFile';
import type { Project } from '../../shared/model';
import { generateJourney } from '../support/generate';
import { useApps, type App } from './harness';

const start = useApps();

async function createSupermarket(app: App) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Saturday shop');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('status', { name: 'Saved' }).waitFor();
}

/** The project as written on disk (the only one in the data folder). */
async function storedProject(app: App): Promise<Project> {
  const dir = join(app.dataDir, 'projects');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.touchmap'));
  expect(files).toHaveLength(1);
  return JSON.parse(await readFile(join(dir, files[0]), 'utf8')) as Project;
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Journey outline' });
const names = (items: Locator) => items.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
/** The accessible name of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const stepOnMap = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const inspectorTitle = (page: Page) =>
  page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title', { exact: true });

describe('journey outline', () => {
  it('lists every stage and step of the project, off screen too, and selects on the map what is chosen', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);
    const project = await storedProject(app);
    expect(project.steps.length).toBe(16);

    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    const outline = tree(page);
    await outline.waitFor();

    // Every stage in order, each with exactly the steps the file puts in it.
    const stages = outline.getByRole('treeitem', { level: 1 });
    expect(await names(stages)).toEqual(
      project.stages.map(
        (s, i) => `Stage ${i + 1}: ${s.name}, ${project.steps.filter((x) => x.stageId === s.id).length} steps`,
      ),
    );
    for (const [i, stage] of project.stages.entries()) {
      const listed = await names(stages.nth(i).getByRole('treeitem', { level: 2 }));
      const titles = listed.map((n) => n.split(', ')[0]);
      expect(titles.sort()).toEqual(
        project.steps
          .filter((s) => s.stageId === stage.id)
          .map((s) => s.title)
          .sort(),
      );
    }
    expect(await outline.getByRole('treeitem', { level: 2 }).count()).toBe(project.steps.length);

    // Steps the canvas has not drawn (off screen) are in the outline all the same.
    const offScreen: string[] = [];
    for (const step of project.steps) if ((await stepOnMap(page, step.title).count()) === 0) offScreen.push(step.title);
    expect(offScreen.length, 'the map opens on the start of the journey, not all of it').toBeGreaterThan(0);
    const far = offScreen[offScreen.length - 1];
    const item = outline.getByRole('treeitem', { name: new RegExp(`^${far}(,|$)`) });
    await expect(item.count()).resolves.toBe(1);

    // Choosing it selects it on the map: the inspector shows it and the map brings it into view.
    await item.locator('.outline-row').click();
    await expect(inspectorTitle(page).inputValue()).resolves.toBe(far);
    await stepOnMap(page, far).waitFor();
    expect(await stepOnMap(page, far).getAttribute('class')).toMatch(/selected/);
    expect(await item.getAttribute('aria-selected')).toBe('true');

    // Annotations in words, with the derived figures: Pay is a moment of truth with a risk score.
    const pay = outline.getByRole('treeitem', { name: /^Pay, / });
    expect(await pay.getAttribute('aria-label')).toMatch(/contact moment, moment of truth, risk \d+ \w+/);
    await pay.locator('.outline-twisty').click();
    expect(await pay.getAttribute('aria-expanded')).toBe('true');
    const details = await names(pay.getByRole('treeitem', { level: 3 }));
    expect(details).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Risk: score \d+, (low|medium|high|critical)$/)]),
    );
    expect(details.some((d) => d.startsWith('SERVQUAL gap: mean '))).toBe(true);

    // Flows are named by their ends and kind; choosing one selects it (the inspector shows a flow).
    const queue = outline.getByRole('treeitem', { name: /^Wait in the queue, / });
    await queue.locator('.outline-twisty').click();
    const flow = queue.getByRole('treeitem', { name: 'main flow from Wait in the queue to Pay' });
    await flow.locator('.outline-row').click();
    await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Flow kind').waitFor();
    expect(await flow.getAttribute('aria-selected')).toBe('true');

    // Selecting on the map is reflected in the outline.
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await stepOnMap(page, 'Start').click();
    await expect(inspectorTitle(page).inputValue()).resolves.toBe('Start');
    const startItem = outline.getByRole('treeitem', { name: /^Start, start/ });
    await expect.poll(() => startItem.getAttribute('aria-selected')).toBe('true');
    expect(await flow.getAttribute('aria-selected')).toBe('false');
  });

  it('is a keyboard tree: arrows, Home and End, expand and collapse, typeahead, Enter selects', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);
    const project = await storedProject(app);

    // The shortcut opens the outline with focus on its first item.
    await page.keyboard.press('Control+Shift+O');
    const outline = tree(page);
    await outline.waitFor();
    await expect.poll(() => focusedName(page)).toBe('Stage 1: Enter, 5 steps');
    expect(await page.getByRole('button', { name: 'Outline', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toMatch(/^Start, start/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Ride the bike');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft'); // from a step to its stage
    expect(await focusedName(page)).toBe('Stage 1: Enter, 5 steps');
    await page.keyboard.press('ArrowLeft'); // collapses the stage
    const stage1 = outline.getByRole('treeitem', { name: 'Stage 1: Enter, 5 steps' });
    expect(await stage1.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown'); // the next stage, its steps being hidden
    expect(await focusedName(page)).toBe('Stage 2: Pick a basket, 2 steps');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight'); // expands again
    expect(await stage1.getAttribute('aria-expanded')).toBe('true');

    // End goes to the last item shown, Home to the first.
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('End, end');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Stage 1: Enter, 5 steps');

    // Typeahead: typing a name moves to it.
    await page.keyboard.type('Find');
    expect(await focusedName(page)).toMatch(/^Find a parking spot, /);

    // Right opens a step's annotations, Down walks into them.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toMatch(/^Description: /);
    let seen = '';
    for (let i = 0; i < 12 && !seen.startsWith('Risk: score'); i++) {
      await page.keyboard.press('ArrowDown');
      seen = await focusedName(page);
    }
    expect(seen).toBe('Risk: score 4, low');

    // Enter selects the step on the map (the inspector shows it); it does not add a step.
    await page.keyboard.press('Enter');
    await expect(inspectorTitle(page).inputValue()).resolves.toBe('Find a parking spot');
    const item = outline.getByRole('treeitem', { name: /^Find a parking spot, / });
    expect(await item.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.type('Pay');
    expect(await focusedName(page)).toMatch(/^Pay, /);
    await page.keyboard.press('Space');
    await expect(inspectorTitle(page).inputValue()).resolves.toBe('Pay');
    expect(await outline.getByRole('treeitem', { level: 2 }).count()).toBe(project.steps.length);
    await page.waitForTimeout(1500);
    expect((await storedProject(app)).steps).toHaveLength(project.steps.length);

    // The shortcut closes it again and focus goes back to the toolbar button.
    await page.keyboard.press('Control+Shift+O');
    await outline.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Outline');
  });
});

describe('journey outline of a large journey', () => {
  it('holds every one of 2,000 steps, not only those on screen, and stays navigable', async () => {
    const project = generateJourney(2000);
    const file = join(await mkdtemp(join(tmpdir(), 'touchmap-outline-')), 'large.touchmap');
    await writeFile(file, serializeProject(project));
    const app = await start();
    const { page } = app;
    app.dialogs.openPath = file;
    await page.getByRole('button', { name: 'Open file…' }).click();
    await page.getByRole('group', { name: project.steps[0].title, exact: true }).waitFor();
    const drawn = await page.locator('.react-flow__node-step').count();
    expect(drawn).toBeLessThan(project.steps.length);

    // Time from the click to the outline holding all 2,000 steps (measured, reported, not a bound).
    const openMs = await page.evaluate(async () => {
      const t0 = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Outline')!.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (document.querySelectorAll('[role="treeitem"][aria-level="2"]').length >= 2000) break;
      }
      return performance.now() - t0;
    });
    const outline = tree(page);
    const listed = await names(outline.getByRole('treeitem', { level: 2 }));
    expect(listed.map((n) => n.split(', ')[0]).sort()).toEqual(project.steps.map((s) => s.title).sort());

    // End reaches the last step of the journey; Enter selects it on the map and brings it into view.
    await outline.getByRole('treeitem', { level: 1 }).first().focus();
    const keyMs = await page.evaluate(async () => {
      const t0 = performance.now();
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    });
    const last = project.steps[project.steps.length - 1].title;
    expect(await focusedName(page)).toMatch(new RegExp(`^${last}, end`));
    await page.keyboard.press('Enter');
    await expect(inspectorTitle(page).inputValue()).resolves.toBe(last);
    await stepOnMap(page, last).waitFor();

    // An edit with the outline open: the renamed step is in the outline at once.
    // (the time includes Playwright typing into the field).
    const shown = page.evaluate(
      () =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          const check = () =>
            document.querySelector('[role="treeitem"][aria-label^="Renamed last step"]')
              ? done(performance.now() - t0)
              : requestAnimationFrame(check);
          check();
        }),
    );
    await inspectorTitle(page).fill('Renamed last step');
    const editMs = await shown;
    console.log(
      `outline of 2,000 steps: open ${openMs.toFixed(0)} ms, End key ${keyMs.toFixed(0)} ms, edit shown ${editMs.toFixed(0)} ms`,
    );
  }, 180_000); // A 2,000-step journey on a loaded machine: opening it alone can take half a minute.
});

describe('save status', () => {
  it('has an accessible name that states the status, from unsaved to saved after an edit', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);
    const status = page.getByRole('status', { name: 'Saved' });
    expect(await status.getAttribute('aria-live')).toBe('polite');

    // Record every name the status takes while an edit is saved.
    await page.evaluate(() => {
      const el = document.querySelector('[role="status"][aria-live="polite"].save-status')!;
      const names: string[] = [];
      (window as unknown as { __names: string[] }).__names = names;
      new MutationObserver(() => names.push(el.getAttribute('aria-label') ?? '')).observe(el, {
        attributes: true,
        attributeFilter: ['aria-label'],
      });
    });
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.waitForFunction(() => (window as unknown as { __names: string[] }).__names.at(-1) === 'Saved');
    await page.getByRole('status', { name: 'Saved' }).waitFor();
    const names = await page.evaluate(() => (window as unknown as { __names: string[] }).__names);
    expect(names[0]).toBe('Unsaved changes');
    expect(names.at(-1)).toBe('Saved');

    // A failed save says why.
    app.faults.save = 'ENOSPC';
    await page.getByRole('button', { name: 'Add stage' }).click();
    const failed = page.getByRole('status', { name: /^Save failed: / });
    await failed.waitFor();
    expect(await failed.getAttribute('aria-label')).toMatch(/not saved/);
    app.faults.save = null;
  });
});
