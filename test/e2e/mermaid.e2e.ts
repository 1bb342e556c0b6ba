/**
 * Importing a Mermaid journey, as a person does it: "Import Mermaid…" on the
 * home screen or File > Import Mermaid journey…, a file picked in the system
 * picker. A real diagram from Mermaid's docs becomes a project (sections as
 * stages, tasks as steps); a malformed one is refused with the line named, and
 * the library stays as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model';
import { useApps, type App } from './harness';

const CORPUS = resolve(__dirname, '../fixtures/mermaid');

const start = useApps();

const notice = (page: Page) => page.getByRole('alert', { name: 'File problem' });
const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

/** Click what opens the picker and answer it with a file, as the system picker would. */
async function pick(page: Page, open: () => Promise<void>, file: { name: string; text: string }) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
}

const importButton = (page: Page) => () => page.getByRole('button', { name: 'Import Mermaid journey…' }).click();

async function libraryFiles(app: App): Promise<string[]> {
  return (await readdir(join(app.dataDir, 'projects'))).sort();
}

describe('Mermaid journey import', () => {
  it('imports a diagram from Mermaid’s docs: its sections become stages, its tasks steps', async () => {
    const app = await start();
    const { page } = app;
    const text = await readFile(join(CORPUS, '01.mmd'), 'utf8');
    const picker = page.locator('input[type="file"][accept=".mmd,.md,.txt,.mermaid"]');
    expect(await picker.count()).toBe(1);
    expect(await picker.isHidden()).toBe(true);

    await pick(page, importButton(page), { name: '01.mmd', text });

    // The journey's title names the project; every task is a step on the map, every section a stage.
    await page.locator('h1.project-name', { hasText: 'My working day' }).waitFor();
    for (const stage of ['Go to work', 'Go home']) await page.getByRole('button', { name: `Stage ${stage}` }).waitFor();
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    for (const task of ['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down'])
      await node(page, task).waitFor();
    expect(await page.locator('.react-flow__node-step').count()).toBe(5);
    expect(await notice(page).count()).toBe(0);

    // Main stored it in the library as a project file, checked like any import.
    const [file] = await libraryFiles(app);
    const stored = JSON.parse(await readFile(join(app.dataDir, 'projects', file!), 'utf8')) as Project;
    expect(stored.name).toBe('My working day');
    expect(stored.stages.map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    const stageOf = (title: string) =>
      stored.stages.find((s) => s.id === stored.steps.find((t) => t.title === title)?.stageId)?.name;
    expect(stageOf('Do work')).toBe('Go to work');
    expect(stageOf('Sit down')).toBe('Go home');
    // Scores become emotions (score - 3), actors the moment's actor.
    const doWork = stored.steps.find((s) => s.title === 'Do work')!;
    expect(doWork.moment?.emotion).toBe(-2);
    expect(doWork.moment?.actor).toBe('Me, Cat');
    expect(app.errors).toEqual([]);
  });

  it('refuses a malformed diagram with the line named, and creates nothing', async () => {
    const app = await start();
    const { page } = app;
    // A project already in the library, which must stay alone there.
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Kept');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('h1.project-name', { hasText: 'Kept' }).waitFor();
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Kept' }).waitFor();
    const before = await libraryFiles(app);

    const unclosed = [
      'journey',
      '  title Checkout',
      '  accDescr {',
      '    Paying at the till',
      '  section Pay',
      '    Scan: 3: Me',
    ];
    await pick(page, importButton(page), { name: 'checkout.mmd', text: unclosed.join('\n') });
    await notice(page).waitFor();
    expect(await notice(page).innerText()).toContain('"checkout.mmd" was not imported, nothing was created');
    expect(await notice(page).innerText()).toContain('Line 3: The "accDescr {" block is never closed with "}".');

    // No `journey` line at all, picked through File > Import Mermaid journey….
    await pick(page, () => importFromMenu(app), {
      name: 'notes.txt',
      text: 'title Shopping\nsection Shop\n  Pay: 3: Me\n',
    });
    await notice(page).filter({ hasText: 'Line 1: This is not a Mermaid journey' }).waitFor();

    expect(await libraryFiles(app)).toEqual(before);
    expect(await page.locator('.project-list').first().getByRole('listitem').count()).toBe(1);
    expect(await page.locator('h1.project-name').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('imports the journey block of a Markdown file and lists what it normalised, by the file’s line numbers', async () => {
    const app = await start();
    const { page } = app;
    const markdown = [
      '# Checkout study', // 1
      '', // 2
      '```mermaid', // 3
      'journey', // 4
      '  section Pay', // 5
      '    Scan the items: 9: Me, Cashier', // 6
      '    Bag the items: 4: Me', // 7
      '```', // 8
    ].join('\n');
    await pick(page, importButton(page), { name: 'Checkout study.md', text: markdown });

    // No title in the diagram: the file's name names the project.
    await page.locator('h1.project-name', { hasText: 'Checkout study' }).waitFor();
    await node(page, 'Scan the items').waitFor();
    await node(page, 'Bag the items').waitFor();
    const text = await notice(page).innerText();
    expect(text).toContain('Imported "Checkout study" from "Checkout study.md" with 1 change');
    expect(text).toContain('Line 6: task "Scan the items" has score 9, outside 1-5; it counts as 5.');
    expect(app.errors).toEqual([]);
  });
});

/**
 * File > Import Mermaid journey…, as Electron delivers it: the command reaches the page without a
 * user gesture (Playwright's own evaluate would lend one), so the picker may not open by itself and
 * the prompt asks for a click. Waits for the last gesture to expire first (Chromium keeps one ~5 s).
 */
async function importFromMenu(app: App) {
  const cdp = await app.page.context().newCDPSession(app.page);
  const run = (expression: string) =>
    cdp.send('Runtime.evaluate', { expression, userGesture: false, returnByValue: true });
  await expect
    .poll(async () => (await run('navigator.userActivation.isActive')).result.value, { timeout: 10_000, interval: 250 })
    .toBe(false);
  await run("window.dispatchEvent(new CustomEvent('touchmap:menu', { detail: 'import-mermaid' }))");
  await cdp.detach();
  const prompt = app.page.getByRole('dialog', { name: 'Import a Mermaid journey' });
  await prompt.waitFor();
  await prompt.getByRole('button', { name: 'Choose file…' }).click();
}
