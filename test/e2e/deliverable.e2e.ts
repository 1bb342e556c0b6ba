/**
 * The deliverable (issue H item 4) through the Export dialog: the supermarket template with
 * every journey-map row chosen, exported as PDF on A4, is tiled across pages that each carry
 * the title, the stage headers and "Page n of N"; the dialog shows a live thumbnail first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../shared/templates';
import { ROW_KINDS } from '../../shared/model/schema';
import { launchApp, type App } from './harness';

let app: App;
let out: string;
const NAME = 'Weekly shop';
const stages = buildTemplate('supermarket', { id: 'x', name: NAME, now: new Date(0).toISOString() }).stages.map((s) =>
  s.name.replace(/\s+/g, ''),
);

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'touchmap-deliverable-'));
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(NAME);
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.locator('.react-flow__node-step').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the deliverable', () => {
  it('exports the supermarket map with every row as a tiled A4 PDF, headers and page numbers on each page', async () => {
    const { page } = app;
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('pdf');
    await dialog.getByRole('combobox', { name: /^Page/ }).selectOption('A4');
    const rows = dialog.getByRole('group', { name: 'Journey-map rows' }).getByRole('checkbox');
    expect(await rows.count()).toBe(ROW_KINDS.length);
    for (const box of await rows.all()) await box.check();

    // The live thumbnail: the first page, and how many pages the file will have.
    const thumb = dialog.getByRole('img', { name: 'Preview of the export' });
    await thumb.waitFor();
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const caption = dialog.locator('figcaption');
    await expect.poll(() => caption.innerText()).toMatch(/^\d+ pages/);
    const promised = Number(/^(\d+)/.exec(await caption.innerText())![1]);
    expect(promised).toBeGreaterThan(1);
    await page.screenshot({ path: join(out, 'dialog.png') });

    const path = join(out, 'weekly-shop.pdf');
    app.dialogs.exportPath = path;
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const result = page.getByRole('status', { name: 'Export result' });
    await result.waitFor();
    expect(await result.innerText()).toContain(path);

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBe(promised);
    expect(pages).toBeGreaterThan(1);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    for (let n = 1; n <= pages; n++) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', path, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, '');
      expect(text, `page ${n}`).toContain(NAME.replace(/\s+/g, ''));
      expect(text, `page ${n}`).toContain(`Page${n}of${pages}`);
      expect(
        stages.some((s) => text.includes(s)),
        `page ${n} names its stages`,
      ).toBe(true);
    }
    // The rows are in it: the row names, in the export's words.
    const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    for (const row of ['Emotion', 'Pain points', 'Opportunities', 'Touchpoint']) expect(all).toContain(row);
    // The README's picture of a tiled page: page 1, as a PDF viewer shows it.
    execFileSync('pdftoppm', ['-r', '110', '-png', '-singlefile', '-f', '1', '-l', '1', path, 'docs/export-pdf-page']);
  }, 120_000);
});
