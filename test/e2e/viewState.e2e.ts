/**
 * View state is not document state: panning never writes the project file
 * (nor rotates its backups), and the viewport and the overlay come back when
 * the project is opened again, and after a restart. They live in the library
 * settings, per project.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApps } from './harness';

const start = useApps();

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

/** The canvas viewport as React Flow draws it (its transform). */
async function viewport(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
}

/** Drag the empty stage-header band of the canvas by (dx, dy): one pan gesture. */
async function pan(page: Page, dx: number, dy: number) {
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width * 0.6;
  const y = box.y + box.height - 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 3 });
  await page.mouse.move(x + dx, y + dy, { steps: 3 });
  await page.mouse.up();
}

async function fileState(dataDir: string) {
  const files = (await readdir(join(dataDir, 'projects'))).filter((f) => f.endsWith('.touchmap'));
  expect(files).toHaveLength(1);
  const file = join(dataDir, 'projects', files[0]!);
  const id = files[0]!.replace(/\.touchmap$/, '');
  const backups = await readdir(join(dataDir, 'backups', id)).catch(() => [] as string[]);
  return {
    file,
    sha: createHash('sha256')
      .update(await readFile(file))
      .digest('hex'),
    mtimeMs: (await stat(file)).mtimeMs,
    backups: backups.sort(),
  };
}

describe('view state', () => {
  it('a minute of panning writes the project file zero times and rotates no backup', { timeout: 180_000 }, async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(page, 'Panning');
    await waitSaved(page);
    await page.waitForTimeout(1500);
    const before = await fileState(app.dataDir);
    const libraryBefore = (await stat(join(app.dataDir, 'library.json'))).mtimeMs;
    const startView = await viewport(page);

    // Sixty pan gestures (about what a person does in a minute of looking around), with the
    // autosave delay passing several times in between, and keyboard pans as well.
    for (let i = 0; i < 60; i++) {
      await pan(page, i % 2 ? -90 : 120, i % 3 ? 25 : -30);
      if (i % 20 === 19) await page.waitForTimeout(1200);
    }
    await page.locator('.react-flow__pane').focus();
    for (const key of ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) await page.keyboard.press(key);
    expect(await viewport(page)).not.toBe(startView);
    await page.waitForTimeout(2500);

    const after = await fileState(app.dataDir);
    expect(after.sha).toBe(before.sha);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.backups).toEqual(before.backups);
    expect(await page.locator('.save-status').innerText()).toBe('Saved');
    // The view is written on blur or close, not on every pan: not even the library file changed.
    expect((await stat(join(app.dataDir, 'library.json'))).mtimeMs).toBe(libraryBefore);
  });

  it('restores the viewport and the overlay on reopening the project and after a restart', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(page, 'Looking around');
    await waitSaved(page);
    const saved = await fileState(app.dataDir);

    await pan(page, -300, -60);
    await pan(page, -200, 40);
    await page.getByLabel('Overlay').selectOption('emotion');
    const first = await viewport(page);

    // Close the project (back to the list) and open it again.
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Looking around' }).click();
    await page.getByRole('complementary', { name: 'Legend' }).waitFor();
    expect(await viewport(page)).toBe(first);
    expect(await page.getByLabel('Overlay').inputValue()).toBe('emotion');

    // Look elsewhere with another overlay; the window loses focus; the app is restarted.
    await pan(page, 250, -80);
    await page.getByLabel('Overlay').selectOption('sense');
    await page.getByRole('combobox', { name: /^Sense/ }).selectOption('smell');
    const second = await viewport(page);
    expect(second).not.toBe(first);
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect
      .poll(async () => (await readFile(join(app.dataDir, 'library.json'), 'utf8')).includes('"smell"'))
      .toBe(true);
    await app.close();

    const again = await start({ dataDir: app.dataDir });
    await again.page.getByRole('button', { name: 'Open Looking around' }).click();
    await again.page.getByRole('complementary', { name: 'Legend' }).waitFor();
    expect(await viewport(again.page)).toBe(second);
    expect(await again.page.getByLabel('Overlay').inputValue()).toBe('sense');
    expect(await again.page.getByRole('combobox', { name: /^Sense/ }).inputValue()).toBe('smell');
    expect(await again.page.getByRole('complementary', { name: 'Legend' }).innerText()).toContain('Sense: Smell');

    // None of it went into the project file.
    const after = await fileState(app.dataDir);
    expect(after.sha).toBe(saved.sha);
    expect(await readFile(after.file, 'utf8')).not.toContain('"view"');

    // The overlay is per project: another project opens without it.
    await again.page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await createSupermarket(again.page, 'Another shop');
    expect(await again.page.getByLabel('Overlay').inputValue()).toBe('none');
    expect(await again.page.getByRole('complementary', { name: 'Legend' }).count()).toBe(0);
  });
});
