/**
 * npm run bench, PDF in every language: the supermarket template made in
 * English, Hungarian, Lithuanian, Estonian and Chinese (test/support/pdfLanguages.ts),
 * exported as PDF in that language (fixed texts too) in the app (production
 * build, the real main-process handlers: fonts subset by HarfBuzz in main).
 *   export_pdf_<lang>_ms: building the PDF (layout, font subsetting over IPC,
 *     writing), median of the repetitions after the first;
 *   export_pdf_<lang>_first_ms: the first build after launch (main reads the
 *     shipped fonts and compiles the WebAssembly subsetter then);
 *   export_pdf_<lang>_kb: the file the Export dialog writes (A4, legend, date).
 * Merges its figures into test/bench/results.json, keeping every other metric.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import type { Project } from '../../shared/model';
import { folderTrash, launchApp, type App } from '../e2e/harness';
import { APP_LANGUAGE, PDF_LANGUAGES, supermarketIn } from '../support/pdfLanguages';
import { median } from './measure';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const RESULTS = resolve(__dirname, 'results.json');
const LIMIT_MS = 1500;
const LIMIT_KB = 1000;

interface Result {
  metric: string;
  steps: number;
  value: number;
  unit: string;
  baseline: number | null;
}

async function storeProjects(projects: Project[]): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-pdf-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  for (const project of projects) {
    const created = await library.create(project.name, 'blank');
    await library.save({ ...project, id: created.id, view: { x: 0, y: 0, zoom: 1 } });
  }
  return dataDir;
}

/** Export the open project as PDF through the Export dialog; the written file's size in bytes. */
async function exportPdf(app: App, path: string, language: string): Promise<number> {
  const { page } = app;
  app.dialogs.exportPath = path;
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption('pdf');
  await dialog.getByLabel('Language').selectOption(language);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const result = page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  expect(await result.innerText()).toContain(path);
  await result.getByRole('button', { name: 'Dismiss' }).click();
  return (await stat(path)).size;
}

it('PDF export in each language', async () => {
  const projects = PDF_LANGUAGES.map((language) => ({ language, project: supermarketIn(language) }));
  const dataDir = await storeProjects(projects.map((p) => p.project));
  const out = await mkdtemp(join(tmpdir(), 'touchmap-bench-pdf-out-'));
  const app = await launchApp({
    dataDir,
    viewport: { width: 1440, height: 900 },
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        window.__TOUCHMAP_PROBE__ = { renders: 0, marks: {} };
      });
    },
  });
  const { page } = app;
  const results: Result[] = [];
  const add = (metric: string, steps: number, value: number, unit: string) => {
    results.push({ metric, steps, value: Math.round(value * 100) / 100, unit, baseline: null });
    console.log(`${metric.padEnd(28)} ${String(steps).padStart(5)}  ${value.toFixed(2).padStart(9)} ${unit}`);
  };
  try {
    for (const { language, project } of projects) {
      await page
        .getByRole('button', { name: `Open ${project.name}`, exact: false })
        .first()
        .click();
      await page.locator('.react-flow__node-step').first().waitFor();
      const lng = APP_LANGUAGE[language];
      const build = () => page.evaluate((l) => window.__TOUCHMAP_PROBE__!.buildExport!('pdf', 1, l), lng);
      const first = await build();
      const times: number[] = [];
      for (let r = 0; r < REPS; r++) times.push(await build());
      const bytes = await exportPdf(app, join(out, `${language}.pdf`), lng);
      add(`export_pdf_${language}_ms`, project.steps.length, median(times), 'ms');
      add(`export_pdf_${language}_first_ms`, project.steps.length, first, 'ms');
      add(`export_pdf_${language}_kb`, project.steps.length, bytes / 1024, 'KiB');
      await page.getByRole('button', { name: /Projects/ }).click();
      await page.getByRole('button', { name: 'New project' }).waitFor();
    }
  } finally {
    await app.close();
  }

  // Merge: read the file again just before writing, so figures another bench wrote meanwhile stay.
  let previous: { results?: Result[]; [key: string]: unknown } = {};
  try {
    previous = JSON.parse(await readFile(RESULTS, 'utf8'));
  } catch {
    // first run
  }
  const kept = (previous.results ?? []).filter((r) => !results.some((n) => n.metric === r.metric));
  await writeFile(RESULTS, JSON.stringify({ ...previous, results: [...kept, ...results] }, null, 2) + '\n');

  for (const r of results) {
    if (r.metric.endsWith('_kb')) expect(r.value, r.metric).toBeLessThanOrEqual(LIMIT_KB);
    else if (!r.metric.endsWith('_first_ms')) expect(r.value, r.metric).toBeLessThanOrEqual(LIMIT_MS);
  }
}, 600_000);
