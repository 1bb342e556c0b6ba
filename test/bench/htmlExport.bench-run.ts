/**
 * npm run bench, the HTML map: the generated 300-step journey with every row shown, in the app
 * (production build, headless Chromium, the real main-process handlers).
 *   export_html_ms: building the page (drawing with every row, panels, project), through the
 *     export builder the dialog uses, median of the repetitions after a warm-up (target <= 500);
 *   export_html_kb: the file the Export dialog writes (target <= 2,048 KB).
 * Merges its figures into test/bench/results.json, keeping every other metric.
 */
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { ROW_KINDS } from '../../shared/model/schema';
import type { Project } from '../../shared/model';
import { folderTrash, launchApp } from '../e2e/harness';
import { generateJourney } from '../support/generate';
import { median } from './measure';
import { Recorder, writeResults } from './results';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const SIZE = 300;
const LIMIT_MS = 500;
const LIMIT_KB = 2048;

async function storeProject(project: Project): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-html-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  const created = await library.create(project.name, 'blank');
  await library.save({ ...project, id: created.id });
  return dataDir;
}

it('HTML map export', async () => {
  const rec = new Recorder();
  const project: Project = { ...generateJourney(SIZE), rows: ROW_KINDS.map((kind) => ({ kind, shown: true })) };
  const app = await launchApp({
    dataDir: await storeProject(project),
    viewport: { width: 1440, height: 900 },
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        window.__TOUCHMAP_PROBE__ = { renders: 0, marks: {} };
      });
    },
  });
  const { page } = app;
  try {
    await page.getByRole('button', { name: new RegExp(`^Open ${project.name.replace(/[()]/g, '.')}`) }).click();
    await page.locator('.react-flow__node-step').first().waitFor();
    const time = () => page.evaluate(() => window.__TOUCHMAP_PROBE__!.buildExport!('html', 1));
    await time(); // warm-up: the builder's chunk, fonts, caches
    const times: number[] = [];
    for (let r = 0; r < REPS; r++) times.push(await time());

    // The file the dialog writes.
    const path = join(await mkdtemp(join(tmpdir(), 'touchmap-bench-html-out-')), 'map.html');
    app.dialogs.exportPath = path;
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('html');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const result = page.getByRole('status', { name: 'Export result' });
    await result.waitFor();
    expect(await result.innerText()).toContain(path);
    const kb = (await stat(path)).size / 1024;

    rec.add('export_html_ms', SIZE, median(times), 'ms');
    rec.add('export_html_kb', SIZE, kb, 'KB');
    await writeResults(
      'html',
      `generated ${SIZE}-step journey with every row shown, production build in headless Chromium; export_html_ms = building the HTML map through the export builder (window.__TOUCHMAP_PROBE__.buildExport), median of ${REPS} after a warm-up; export_html_kb = the file the Export dialog wrote`,
      rec.results,
    );
    expect(median(times)).toBeLessThanOrEqual(LIMIT_MS);
    expect(kb).toBeLessThanOrEqual(LIMIT_KB);
  } finally {
    await app.close();
  }
});
