/**
 * Helpers shared by the evidence tests of issue I (survey.e2e, states.e2e, compare.e2e,
 * personas.e2e and the done-when walk evidenceWalk.e2e): the survey dialog and its file chooser,
 * the project as stored, a new supermarket project, the journey-state actions, an export read
 * back from its file, and the emotion row's curves as drawn.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Project } from '../../shared/model/types';
import { fitView, type App } from './harness';

/** A step on the map, by its title. */
export const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

/** The Import survey dialog. */
export const surveyDialog = (page: Page) => page.getByRole('dialog', { name: 'Import survey' });

/** Choose a file in the open Import survey dialog. */
export async function pickSurveyFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await surveyDialog(page).getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** The one project file in the app's data folder, as written to disk. */
export async function storedProject(app: App): Promise<Project> {
  const files = (await readdir(join(app.dataDir, 'projects'))).filter((f) => f.endsWith('.touchmap'));
  return JSON.parse(await readFile(join(app.dataDir, 'projects', files[0]!), 'utf8')) as Project;
}

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor' });
/** The toolbar's journey-state switcher. */
export const stateSwitcher = (page: Page) => toolbar(page).getByRole('combobox', { name: 'Journey state' });

/** Run one of the journey-state actions from the toolbar's menu. */
export async function stateAction(page: Page, name: string) {
  await toolbar(page).getByRole('button', { name: 'Journey state actions' }).click();
  await page.getByRole('menu', { name: 'Journey state actions' }).getByRole('menuitem', { name }).click();
}

/** A new project from the supermarket template, opened on the map and fitted. */
export async function newSupermarket(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await node(page, 'Ride the bike').waitFor();
  await fitView(page);
}

/** Duplicate the journey state shown as `name`; the copy is then the one shown. */
export async function duplicateState(page: Page, name: string) {
  await stateAction(page, 'Duplicate journey state…');
  const dialog = page.getByRole('dialog', { name: 'Duplicate journey state' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect.poll(() => stateSwitcher(page).locator('option:checked').innerText()).toBe(name);
}

/** Export to `path` by what `run` does in the export dialog; the file's text once the result is shown. */
export async function exported(app: App, path: string, run: () => Promise<void>): Promise<string> {
  app.dialogs.exportPath = path;
  await run();
  const result = app.page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  expect(await result.innerText()).toContain(path);
  await result.getByRole('button', { name: 'Dismiss' }).click();
  return readFile(path, 'utf8');
}

export async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** The emotion row's curves and legend as drawn on the canvas. */
export async function emotionRow(page: Page) {
  return page.evaluate(() => {
    const row = document.querySelector('g.row-emotion');
    const legend = [...(row?.querySelectorAll('g.emotion-legend-entry > title') ?? [])].map((t) => t.textContent);
    return {
      defaultCurves: row?.querySelectorAll('g.emotion-curve').length ?? 0,
      personaCurves: [...(row?.querySelectorAll('g.persona-curve') ?? [])].map((g) => ({
        stroke: g.querySelector('path')?.getAttribute('stroke') ?? null,
        dash: g.querySelector('path')?.getAttribute('stroke-dasharray') ?? null,
        points: [...g.querySelectorAll('g.persona-point > title')].map((t) => t.textContent),
      })),
      legend,
    };
  });
}

/** Remove a persona in the open persona panel, confirming; `steps` is what the confirmation says goes with it. */
export async function removePersona(page: Page, name: string, steps: number) {
  const list = page
    .getByRole('complementary', { name: 'Personas', exact: true })
    .getByRole('list', { name: 'Personas of the journey' });
  const card = list.getByRole('listitem', { name });
  await card.getByRole('button', { name: 'Remove persona' }).click();
  const confirm = card.getByRole('alertdialog', { name: 'Remove persona' });
  expect(await confirm.innerText()).toContain(`Remove the persona: ${name}?`);
  expect(await confirm.innerText()).toContain(`on ${steps} step${steps === 1 ? '' : 's'} go with it`);
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await card.waitFor({ state: 'detached' });
}
