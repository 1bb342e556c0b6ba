/**
 * Backups, as a person uses them: earlier versions of a project are listed on
 * the home screen and one can be restored; a project whose file became
 * unreadable is restored from its backup through the problems banner.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model';
import { useApps } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

async function createSupermarket(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await node(page, 'Find a parking spot').waitFor();
}

async function readProject(path: string): Promise<Project> {
  return JSON.parse(await readFile(path, 'utf8')) as Project;
}

const titles = (project: Project) => project.steps.map((s) => s.title).sort();

/** The one project in the library folder, and its file. */
async function onlyProject(dataDir: string): Promise<{ id: string; file: string }> {
  const files = (await readdir(join(dataDir, 'projects'))).filter((f) => f.endsWith('.touchmap'));
  expect(files).toHaveLength(1);
  return { id: files[0]!.replace(/\.touchmap$/, ''), file: join(dataDir, 'projects', files[0]!) };
}

/** Backup files of a project, newest first (their names are their save time, so they sort). */
async function backupFiles(dataDir: string, id: string): Promise<string[]> {
  const names = (await readdir(join(dataDir, 'backups', id)).catch(() => [])).filter((f) => f.endsWith('.touchmap'));
  return names.sort().reverse();
}

/** Delete a step as a person does (select it, press Delete) and wait until autosave has written that. */
async function deleteStep(page: Page, title: string, file: string) {
  await node(page, title).click();
  await page.keyboard.press('Delete');
  await expect.poll(async () => titles(await readProject(file)).includes(title), { timeout: 10_000 }).toBe(false);
}

/** Answer the app's next question with OK, and tell what it asked. */
async function acceptNextConfirm(page: Page): Promise<string> {
  const question = page.getByRole('dialog').filter({ has: page.locator('p.question') });
  await question.waitFor();
  const message = await question.locator('p.question').innerText();
  await question.getByRole('button', { name: 'OK', exact: true }).click();
  return message;
}

describe('backups', () => {
  it('lists the earlier versions of a project and restores one of them from the home screen', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(page, 'Groceries');
    const { id, file } = await onlyProject(app.dataDir);
    const original = titles(await readProject(file));

    // Two edits, each saved: every save keeps the version it replaces.
    await deleteStep(page, 'Find a parking spot', file);
    await deleteStep(page, 'Ride the bike', file);
    const current = titles(await readProject(file));
    expect(current).toHaveLength(original.length - 2);

    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Backups of Groceries' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups of Groceries' });
    await dialog.waitFor();
    const restoreButtons = dialog.getByRole('button', { name: /^Restore backup from / });
    await restoreButtons.first().waitFor();

    // One row per backup on disk, newest first, each with its own button name.
    const backups = await backupFiles(app.dataDir, id);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(await restoreButtons.count()).toBe(backups.length);
    const names = await restoreButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    // Sizes are shown as the files are.
    const rowSizes = await dialog.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(rowSizes).toHaveLength(backups.length);
    expect(rowSizes.every((s) => /^\d+(\.\d)? (bytes|KB|MB)$/.test(s))).toBe(true);

    // The oldest backup is the project as created, before either edit.
    const oldest = backups.at(-1)!;
    const inBackup = await readProject(join(app.dataDir, 'backups', id, oldest));
    expect(titles(inBackup)).toEqual(original);

    await restoreButtons.last().click();
    expect(await acceptNextConfirm(page)).toContain('The current version is kept as a backup');

    // The restored version opens in the editor: both deleted steps are back.
    await node(page, 'Find a parking spot').waitFor();
    await node(page, 'Ride the bike').waitFor();
    expect(await page.locator('h1.project-name').innerText()).toBe('Groceries');
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(original.length);
    const restored = await readProject(file);
    expect(restored.id).toBe(id);
    expect(titles(restored)).toEqual(original);
    expect(app.errors).toEqual([]);
  });

  it('restores a project whose file became unreadable from its backup, through the problems banner', async () => {
    const first = await start();
    await createSupermarket(first.page, 'Groceries');
    const { id, file } = await onlyProject(first.dataDir);
    await deleteStep(first.page, 'Find a parking spot', file);
    await first.close();

    // The file is emptied behind Touchmap's back (a crash of another program, a bad sync).
    await writeFile(file, '');
    const app = await start({ dataDir: first.dataDir });
    const { page } = app;
    const problems = page.getByRole('alert', { name: 'Some projects could not be read' });
    await problems.waitFor();
    expect(await problems.innerText()).toContain('"Groceries" could not be read');

    await problems.getByRole('button', { name: 'Restore backup of Groceries' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups of Groceries' });
    const restore = dialog.getByRole('button', { name: /^Restore backup from / });
    await restore.first().waitFor();
    expect(await restore.count()).toBe((await backupFiles(app.dataDir, id)).length);

    await restore.first().click();
    expect(await acceptNextConfirm(page)).toContain('The unreadable file stays in the quarantine folder.');
    await node(page, 'Enter the supermarket').waitFor();
    expect(await page.locator('h1.project-name').innerText()).toBe('Groceries');
    expect((await readProject(file)).id).toBe(id);

    // Back home: no problem any more, the project is listed, the unreadable file is still in quarantine.
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Groceries' }).waitFor();
    expect(await problems.count()).toBe(0);
    const quarantined = await readdir(join(app.dataDir, 'quarantine'));
    expect(quarantined.some((f) => f.startsWith(id))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
