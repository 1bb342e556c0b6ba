/**
 * Files anywhere, as a person uses them: open a .touchmap file from outside the
 * data folder, edit it, save it as another file; a path from the command line;
 * drop files on the window; and a broken file, which is refused with a clear
 * message while the open project and the library stay exactly as they were.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { embedPngText, PNG_PROJECT_KEYWORD } from '../../shared/formats/pngMeta';
import { serializeProject } from '../../shared/formats/touchmapFile';
import type { Project } from '../../shared/model';
import { buildTemplate } from '../../shared/templates';
import { useApps } from './harness';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const start = useApps();

/** A folder of the user's own, outside Touchmap's data folder. */
async function userFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touchmap-user-'));
  folders.push(dir);
  return dir;
}

function cornerShop(): Project {
  return buildTemplate('supermarket', { id: 'corner-shop', name: 'Corner shop', now: '2025-02-01T09:00:00.000Z' });
}

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const stepTitles = (page: Page) =>
  page.locator('.react-flow__node-step').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort());
const projectName = (page: Page) => page.locator('h1.project-name').innerText();
const notice = (page: Page) => page.getByRole('alert', { name: 'File problem' });

async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** Drop a file on the window, as dragging it from the file manager does. */
async function drop(page: Page, name: string, content: string) {
  await page.evaluate(
    ([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName));
      const target = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, content] as const,
  );
}

describe('files anywhere', () => {
  it('opens a file from outside the data folder, saves edits there, and saves it as another file', async () => {
    const outside = await userFolder();
    const source = join(outside, 'corner-shop.touchmap');
    await writeFile(source, serializeProject(cornerShop()));
    const app = await start();
    const { page } = app;

    app.dialogs.openPath = source;
    await page.getByRole('button', { name: 'Open file…' }).click();
    await node(page, 'Enter the supermarket').waitFor();
    expect(await projectName(page)).toBe('Corner shop');
    expect(app.dialogs.asked).toEqual([{ dialog: 'open' }]);

    // An edit: a new step, titled.
    await page.getByRole('button', { name: 'Add step' }).click();
    const title = page.getByRole('textbox', { name: 'Step title' });
    await title.fill('Ask for a receipt');
    await title.press('Enter');
    await node(page, 'Ask for a receipt').waitFor();
    await waitSaved(page);
    // Autosave wrote the file where it lives, not a copy in the data folder.
    expect(await readFile(source, 'utf8')).toContain('"title": "Ask for a receipt"');
    expect(await readdir(join(app.dataDir, 'projects'))).toEqual([]);

    // Save as (File > Save As…) another file.
    const copy = join(outside, 'corner-shop v2.touchmap');
    app.dialogs.savePath = copy;
    await app.menu('save-as');
    await page.locator('.toast', { hasText: 'Saved as corner-shop v2.touchmap' }).waitFor();
    expect(app.dialogs.asked.at(-1)).toEqual({ dialog: 'save', detail: 'Corner shop.touchmap' });
    const text = await readFile(copy, 'utf8');
    // Pretty JSON (two spaces), keys sorted at every level, a trailing newline: exactly the canonical form.
    expect(text).toBe(serializeProject(JSON.parse(text) as Project));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"createdAt": /);
    const saved = JSON.parse(text) as Project;
    expect(saved.steps.map((s) => s.title)).toContain('Ask for a receipt');
    expect(saved.steps).toHaveLength(cornerShop().steps.length + 1);

    // Later edits go to the new file; the first one keeps what it had.
    const firstBefore = await readFile(source, 'utf8');
    await page.getByRole('button', { name: 'Add step' }).click();
    await title.fill('Say goodbye');
    await title.press('Enter');
    await node(page, 'Say goodbye').waitFor();
    await waitSaved(page);
    expect(await readFile(copy, 'utf8')).toContain('"title": "Say goodbye"');
    expect(await readFile(source, 'utf8')).toBe(firstBefore);

    // Home lists the project where it now lives, and both files under Recent files.
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    const recent = page.getByRole('region', { name: 'Recent files' });
    await recent.waitFor();
    const recentButtons = recent.getByRole('button');
    expect(await recentButtons.evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')))).toEqual([
      `Open recent file Corner shop, ${copy}`,
      `Open recent file Corner shop, ${source}`,
    ]);
    expect(await page.getByRole('button', { name: 'Open Corner shop' }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('refuses a broken file with a message that names the problem; the open project and the library stay as they were', async () => {
    const outside = await userFolder();
    const broken = cornerShop();
    const stepIndex = broken.steps.findIndex((s) => s.moment);
    const step = broken.steps[stepIndex]!;
    step.moment!.risk = { ...step.moment!.risk, likelihood: 9 };
    const brokenText = `${JSON.stringify(broken, null, 2)}\n`;
    const brokenFile = join(outside, 'broken.touchmap');
    await writeFile(brokenFile, brokenText);
    const expected = `"broken.touchmap" cannot be opened: Step ${stepIndex + 1} ("${step.title}"), risk likelihood: must be at most 5.`;

    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Workshop');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Enter the supermarket').waitFor();
    const stepsBefore = await stepTitles(page);
    const projectFiles = await readdir(join(app.dataDir, 'projects'));

    // Open (Ctrl+O, the open dialog answers with the broken file).
    app.dialogs.openPath = brokenFile;
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('Control+o');
    await notice(page).waitFor();
    expect(await notice(page).innerText()).toContain(expected);
    expect(await projectName(page)).toBe('Workshop');
    expect(await stepTitles(page)).toEqual(stepsBefore);

    // Drop the same file, and a file that is not a project at all.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await drop(page, 'broken.touchmap', brokenText);
    await notice(page).waitFor();
    expect(await notice(page).innerText()).toContain(expected);
    await drop(page, 'holiday.jpg', 'not a map');
    await notice(page)
      .filter({
        hasText:
          '"holiday.jpg" is not a Touchmap project. Only .touchmap files, and images and interactive maps exported by Touchmap, can be opened.',
      })
      .waitFor();
    expect(await projectName(page)).toBe('Workshop');
    expect(await stepTitles(page)).toEqual(stepsBefore);

    // The library is unchanged: one project, one file, no recent files, the broken file where it was.
    expect(await readdir(join(app.dataDir, 'projects'))).toEqual(projectFiles);
    expect(await readFile(brokenFile, 'utf8')).toBe(brokenText);
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Workshop' }).waitFor();
    expect(await page.locator('.project-list').first().getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Recent files' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('asks before saving over a file that changed on disk since it was opened', async () => {
    const outside = await userFolder();
    const file = join(outside, 'corner-shop.touchmap');
    await writeFile(file, serializeProject(cornerShop()));
    const app = await start();
    const { page } = app;
    await app.openPath(file);
    await node(page, 'Enter the supermarket').waitFor();

    // A colleague saves their version meanwhile.
    const theirs = serializeProject({ ...cornerShop(), description: 'Edited by a colleague' });
    await writeFile(file, theirs);

    // First "Cancel": the file keeps their version, the document stays unsaved and says why.
    const questions: string[] = [];
    // The app's own question (not window.confirm): its text, then the button chosen.
    const question = page.getByRole('dialog').filter({ has: page.locator('p.question') });
    const answer = async (button: 'OK' | 'Cancel') => {
      await question.waitFor();
      questions.push(await question.locator('p.question').innerText());
      await question.getByRole('button', { name: button, exact: true }).click();
    };
    await page.getByRole('button', { name: 'Add step' }).click();
    const title = page.getByRole('textbox', { name: 'Step title' });
    await title.fill('Mine');
    await title.press('Enter');
    await answer('Cancel');
    await page.locator('.save-status', { hasText: /changed on disk since you opened it/ }).waitFor();
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain(`the file ${file} changed on disk since you opened it`);
    expect(questions[0]).toContain('Replace the file on disk with your version?');
    expect(await readFile(file, 'utf8')).toBe(theirs);

    // Reopened, it is their version. Changed on disk once more, then "Replace": the file gets the document.
    await app.openPath(file);
    await page.waitForFunction(() => !document.querySelector('[aria-label="Mine"]'));
    await writeFile(file, serializeProject({ ...cornerShop(), description: 'Edited again' }));
    await page.getByRole('button', { name: 'Add step' }).click();
    await title.fill('Mine again');
    await title.press('Enter');
    await answer('OK');
    await waitSaved(page);
    expect(questions).toHaveLength(2);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('Edited by a colleague');
    expect(text).not.toContain('Edited again');
    expect(text).toContain('"title": "Mine again"');
  });

  it('opens a path sent by main (command line, second instance) and imports a dropped file with no path on disk as a copy', async () => {
    const outside = await userFolder();
    const file = join(outside, 'corner-shop.touchmap');
    await writeFile(file, serializeProject(cornerShop()));
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).waitFor();

    await app.openPath(file);
    await node(page, 'Enter the supermarket').waitFor();
    expect(await projectName(page)).toBe('Corner shop');

    const hotel = buildTemplate('hotel-stay', { id: 'hotel', name: 'Hotel weekend', now: '2025-02-01T09:00:00.000Z' });
    await drop(page, 'hotel.touchmap', serializeProject(hotel));
    await page.locator('h1.project-name', { hasText: 'Hotel weekend' }).waitFor();
    await node(page, 'Plan a trip').waitFor();

    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Hotel weekend' }).waitFor();
    // The dropped file (made in the page, as one dragged from a browser: no path on disk) became a
    // copy in the library; the opened one lives where it was.
    const listing = await page.evaluate(() => window.touchmap.listProjects());
    expect(listing.ok && listing.value.projects.map((p) => [p.name, p.file.startsWith(outside)]).sort()).toEqual([
      ['Corner shop', true],
      ['Hotel weekend', false],
    ]);
  });

  it('opens a dropped project file where it is, so edits save back to it; the page cannot name a path itself', async () => {
    const outside = await userFolder();
    const file = join(outside, 'corner-shop.touchmap');
    await writeFile(file, serializeProject(cornerShop()));
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).waitFor();

    // Dropped from the file manager: the preload's stand-in resolves the File to its path.
    await app.drop([file]);
    await node(page, 'Enter the supermarket').waitFor();
    await page.getByRole('button', { name: 'Add step' }).click();
    const title = page.getByRole('textbox', { name: 'Step title' });
    await title.fill('Ask for a receipt');
    await title.press('Enter');
    await waitSaved(page);
    expect(await readFile(file, 'utf8')).toContain('"title": "Ask for a receipt"');
    expect(await readdir(join(app.dataDir, 'projects'))).toEqual([]);

    // What a compromised page would try: a path, or a guessed token. Refused, and the file is as it was.
    const before = await readFile(file, 'utf8');
    const attempts = await page.evaluate(async (path) => {
      const api = window.touchmap as unknown as Record<
        string,
        (req: unknown) => Promise<{ ok: boolean; error?: string }>
      >;
      return [
        await api.openFile!({ path }),
        await api.openFile!({ token: 'A'.repeat(32) }),
        await api.saveAs!({ project: {}, path }),
        await api.openDropped!(new File(['{}'], path)),
      ].map((r) => r.error);
    }, file);
    expect(attempts).toEqual([
      'Rejected file:open: payload: Unrecognized key: "path"',
      'Touchmap did not offer that file to open. Please open it with File > Open.',
      'Rejected file:save-as: payload: Unrecognized key: "path"',
      'The dropped file is not a file on this computer.',
    ]);
    expect(await readFile(file, 'utf8')).toBe(before);

    // Home: the recent file opens by the token main gave for it.
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: `Open recent file Corner shop, ${file}` }).click();
    await node(page, 'Ask for a receipt').waitFor();
    expect(await projectName(page)).toBe('Corner shop');
    expect(app.errors).toEqual([]);
  });

  it('gives a project opened from its exported image a name of its own', async () => {
    const outside = await userFolder();
    const source = join(outside, 'corner-shop.touchmap');
    await writeFile(source, serializeProject(cornerShop()));
    // The PNG an export of that project writes: a picture carrying the project.
    const png = join(outside, 'Corner shop.png');
    const pixel = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCB3F7WrwAAAABJRU5ErkJggg==',
      'base64',
    );
    await writeFile(png, embedPngText(new Uint8Array(pixel), PNG_PROJECT_KEYWORD, serializeProject(cornerShop())));
    const app = await start();
    const { page } = app;
    await app.openPath(source);
    await node(page, 'Enter the supermarket').waitFor();

    app.dialogs.openPath = png;
    await page.keyboard.press('Control+o');
    await page.locator('h1.project-name', { hasText: 'Corner shop (2)' }).waitFor();
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Open Corner shop (2)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Open Corner shop', exact: true }).count()).toBe(1);
    // Dropped once more, it is the third.
    await app.drop([png]);
    await page.locator('h1.project-name', { hasText: 'Corner shop (3)' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
