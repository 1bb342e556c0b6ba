/**
 * Never lose a user's work: autosave across a restart, a crash in the middle
 * of a save (journal replayed), a corrupt file quarantined at start-up.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import { onlyProjectId, useApps } from './harness';

const start = useApps();
async function createSupermarket(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
}
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

describe('never lose work', () => {
  it('autosaves edits without the user saving, and they survive a restart', async () => {
    const app = await start();
    await createSupermarket(app.page, 'Autosaved');
    await app.page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await inspector(app.page).getByLabel('Title').fill('Park at the door');
    await app.page
      .locator('.save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await app.close();
    const again = await start({ dataDir: app.dataDir });
    await again.page.getByRole('button', { name: /Open Autosaved/ }).click();
    await again.page.getByRole('group', { name: 'Park at the door', exact: true }).waitFor();
    expect(await again.page.getByRole('dialog', { name: 'Restore unsaved work' }).count()).toBe(0);
  });

  it('offers the journalled work after a crash in the middle of a save, and restores it exactly', async () => {
    // First session: saves hang forever, then the app dies.
    const seed = await start();
    await createSupermarket(seed.page, 'Crashy');
    await seed.close();
    const app = await start({ dataDir: seed.dataDir, stallSaves: true });
    await app.page.getByRole('button', { name: /Open Crashy/ }).click();
    await app.page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await inspector(app.page).getByLabel('Title').fill('Park by the bikes');
    await app.page.getByRole('group', { name: 'Park by the bikes', exact: true }).click();
    await inspector(app.page).getByLabel('Contact moment', { exact: true }).waitFor();
    await inspector(app.page).getByLabel('Risk likelihood').selectOption('5');
    // Wait until the journal on disk holds the last edit (it must, within a second), then crash.
    const id = await onlyProjectId(app);
    const deadline = Date.now() + 1000;
    let journalled = 0;
    while (Date.now() < deadline) {
      const j = await app.handlers[Channels.readJournal]({ id });
      journalled = j.ok ? j.value.entries.length : 0;
      if (journalled >= 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(journalled).toBeGreaterThanOrEqual(2);
    await app.close();

    // On disk the project is still the old one.
    const files = await readdir(join(app.dataDir, 'projects'));
    const onDisk = JSON.parse(
      await readFile(
        join(
          app.dataDir,
          'projects',
          files.find((f) => f.endsWith('.touchmap'))!,
        ),
        'utf8',
      ),
    );
    expect(onDisk.steps.some((s: { title: string }) => s.title === 'Park by the bikes')).toBe(false);

    // Next start: the home screen says there is unsaved work; it is offered and restored, exactly.
    const next = await start({ dataDir: app.dataDir });
    expect(await next.page.getByRole('button', { name: /Open Crashy/ }).innerText()).toMatch(/Unsaved changes/);
    await next.page.getByRole('button', { name: /Open Crashy/ }).click();
    const dialog = next.page.getByRole('dialog', { name: 'Restore unsaved work' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/changes made after the last save/);
    await dialog.getByRole('button', { name: 'Restore unsaved work' }).click();
    await next.page.getByRole('group', { name: 'Park by the bikes', exact: true }).click();
    expect(await inspector(next.page).getByLabel('Risk likelihood').inputValue()).toBe('5');
    await next.page
      .locator('.save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    const after = await next.handlers[Channels.openProject]({ id });
    expect(after.ok && after.value.steps.find((s) => s.title === 'Park by the bikes')?.moment?.risk.likelihood).toBe(5);
    const journal = await next.handlers[Channels.readJournal]({ id });
    expect(journal.ok && journal.value.entries.length).toBe(0);
  });

  it('quarantines a corrupt project at start-up, names it, and still opens the rest', async () => {
    const app = await start();
    await createSupermarket(app.page, 'Healthy');
    await app.page
      .locator('.save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await app.close();
    const projects = join(app.dataDir, 'projects');
    const [file] = await readdir(projects);
    const doc = JSON.parse(await readFile(join(projects, file), 'utf8'));
    const bad = { ...doc, id: 'newer-one', name: 'From the future', schemaVersion: 99 };
    const badText = JSON.stringify(bad, null, 2);
    await writeFile(join(projects, 'newer-one.touchmap'), badText);
    const again = await start({ dataDir: app.dataDir });
    const alert = again.page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/newer-one|From the future/);
    expect(text).toMatch(/newer Touchmap/);
    const quarantined = await readdir(join(app.dataDir, 'quarantine'));
    expect(quarantined.some((f) => f.startsWith('newer-one'))).toBe(true);
    expect(
      await readFile(
        join(
          app.dataDir,
          'quarantine',
          quarantined.find((f) => f.startsWith('newer-one'))!,
        ),
        'utf8',
      ),
    ).toBe(badText);
    await again.page.getByRole('button', { name: /Open Healthy/ }).click();
    await again.page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
  });
});

describe('a disk that fails under a save', () => {
  it('says so at once, keeps the work unsaved and journalled, and saves once the disk is back', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(page, 'Full disk');
    await page
      .locator('.save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    app.faults.save = 'ENOSPC';
    await page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await inspector(page).getByLabel('Title').fill('Park in the shade');
    const status = page.locator('.save-status');
    await status.filter({ hasText: /Save failed.*disk is full/i }).waitFor({ timeout: 5000 });
    expect(await page.title()).toMatch(/not saved/);
    // Work goes on: another edit, and the journal on disk holds both.
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('textbox', { name: 'Step title' }).fill('Lock the bike');
    await page.getByRole('textbox', { name: 'Step title' }).press('Enter');
    const id = await onlyProjectId(app);
    await expect
      .poll(async () => {
        const j = await app.handlers[Channels.readJournal]({ id });
        return j.ok ? j.value.entries.length : 0;
      })
      .toBeGreaterThanOrEqual(2);
    // The disk is back: the retry saves everything, without the user doing anything.
    app.faults.save = null;
    await status.filter({ hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
    const saved = await app.handlers[Channels.openProject]({ id });
    const titles = saved.ok ? saved.value.steps.map((s) => s.title) : [];
    expect(titles).toContain('Park in the shade');
    expect(titles).toContain('Lock the bike');
  });
});
