/**
 * npm run bench: editor figures on the production build in headless Chromium,
 * against bare React Flow (default nodes, same graph, same settings) measured
 * in the same run. Writes test/bench/results.json and prints a table.
 */
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { createServices } from '../../electron/handlers';
import { computeGrid, stepRects } from '../../shared/layout/grid';
import type { Project } from '../../shared/model';
import { folderTrash, launchApp } from '../e2e/harness';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { generateJourney } from '../support/generate';
import { serveStatic } from '../support/staticServer';
import { gesture, median, percentile } from './measure';

const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000,2000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const VIEWPORT = { width: 1440, height: 900 };
const RESULTS = resolve(__dirname, 'results.json');

export interface Result {
  metric: string;
  steps: number;
  value: number;
  unit: string;
  baseline: number | null;
}
const results: Result[] = [];
const add = (metric: string, steps: number, value: number, unit: string, baseline: number | null = null) => {
  results.push({
    metric,
    steps,
    value: Math.round(value * 100) / 100,
    unit,
    baseline: baseline === null ? null : Math.round(baseline * 100) / 100,
  });
  console.log(
    `${metric.padEnd(28)} ${String(steps).padStart(5)}  ${value.toFixed(2).padStart(9)} ${unit}${baseline === null ? '' : `   (baseline ${baseline.toFixed(2)})`}`,
  );
};

async function storeProject(project: Project): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  const created = await library.create(project.name, 'blank');
  await library.save({ ...project, id: created.id });
  // Open at the top left, actual size: the view is kept in the library settings, not in the file.
  library.updateSettings({
    views: { [created.id]: { x: 0, y: 0, zoom: 1, lens: 'none', sense: 'sight', at: Date.now() } },
  });
  return dataDir;
}

async function canvasFrame(page: Page) {
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** A point on the empty pane: the stage header band at the top of the canvas. */
const panStart = (frame: { x: number; y: number; width: number }) => ({
  x: frame.x + frame.width * 0.6,
  y: frame.y + 20,
});

async function fitView(page: Page) {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
}

/** The app over a stored generated journey, with the bench's probe installed before the page loads. */
async function launchWithProbe(size: number) {
  const project = generateJourney(size);
  const dataDir = await storeProject(project);
  const app = await launchApp({
    dataDir,
    viewport: VIEWPORT,
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        window.__TOUCHMAP_PROBE__ = { renders: 0, marks: {} };
      });
    },
  });
  return { project, app };
}

async function measureApp(size: number) {
  const { project, app } = await launchWithProbe(size);
  const { page } = app;
  const opens: number[] = [];
  for (let r = 0; r < REPS; r++) {
    await page.getByRole('button', { name: new RegExp(`^Open ${project.name.replace(/[()]/g, '.')}`) }).click();
    const ms = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const check = () => {
            if (document.querySelector('.react-flow__node-step'))
              requestAnimationFrame(() =>
                done(performance.now() - window.__TOUCHMAP_PROBE__!.marks['document-arrived']),
              );
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    opens.push(ms);
    if (r < REPS - 1) {
      await page.getByRole('button', { name: /Projects/ }).click();
      await page.getByRole('button', { name: 'New project' }).waitFor();
    }
  }
  const frame = await canvasFrame(page);
  const drags: number[] = [];
  const renders: number[] = [];
  const undos: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const node = (await page.locator('[data-id="s1"]').boundingBox())!;
    await page.evaluate(() => (window.__TOUCHMAP_PROBE__!.renders = 0));
    const frames = await gesture(page, { x: node.x + 90, y: node.y + 38 }, { dx: 2, dy: 1 }, 60);
    drags.push(percentile(frames, 95));
    renders.push((await page.evaluate(() => window.__TOUCHMAP_PROBE__!.renders)) / 60);
    // Undo and redo of that one drag, timed in the store.
    const t = await page.evaluate(() => {
      const store = window.__TOUCHMAP_PROBE__!.store as { getState(): { undo(): void; redo(): void } };
      const a = performance.now();
      store.getState().undo();
      const b = performance.now();
      store.getState().redo();
      const c = performance.now();
      store.getState().undo();
      return [b - a, c - b];
    });
    undos.push(...t);
    await page.waitForTimeout(100);
  }
  const pans: number[] = [];
  for (let r = 0; r < REPS; r++) pans.push(percentile(await gesture(page, panStart(frame), { dx: -4, dy: 0 }, 60), 95));
  await fitView(page);
  const fitPans: number[] = [];
  for (let r = 0; r < REPS; r++) {
    fitPans.push(percentile(await gesture(page, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60), 95));
  }
  await app.close();
  return {
    open: median(opens),
    drag: median(drags),
    renders: median(renders),
    undo: median(undos),
    pan: median(pans),
    panFit: median(fitPans),
    frame,
  };
}

async function measureBaseline(size: number, frame: { x: number; y: number; width: number; height: number }) {
  const project = generateJourney(size);
  const grid = computeGrid(project);
  const rects = stepRects(project, grid);
  const graph = {
    nodes: project.steps.map((s) => ({
      id: s.id,
      position: { x: rects.get(s.id)!.x, y: rects.get(s.id)!.y },
      data: { label: s.title },
    })),
    edges: project.flows.map((f) => ({ id: f.id, source: f.from, target: f.to })),
    viewport: { x: 0, y: 0, zoom: 1 },
    frame,
  };
  const server = await serveStatic(resolve(__dirname, '../../out/bench-baseline'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await page.addInitScript((g) => ((window as unknown as { __BENCH_GRAPH__: unknown }).__BENCH_GRAPH__ = g), graph);
  await page.goto(server.url);
  await page.locator('[data-id="s1"]').waitFor();
  const drags: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const node = (await page.locator('[data-id="s1"]').boundingBox())!;
    drags.push(
      percentile(
        await gesture(page, { x: node.x + node.width / 2, y: node.y + node.height / 2 }, { dx: 2, dy: 1 }, 60),
        95,
      ),
    );
  }
  const pans: number[] = [];
  for (let r = 0; r < REPS; r++) pans.push(percentile(await gesture(page, panStart(frame), { dx: -4, dy: 0 }, 60), 95));
  await fitView(page);
  const fitPans: number[] = [];
  for (let r = 0; r < REPS; r++)
    fitPans.push(percentile(await gesture(page, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60), 95));
  await browser.close();
  await server.close();
  return { drag: median(drags), pan: median(pans), panFit: median(fitPans) };
}

/** Export figures: building PNG 2x, SVG and PDF of the generated journey in the app (production build). */
async function measureExports(size: number) {
  const { project, app } = await launchWithProbe(size);
  const { page } = app;
  await page.getByRole('button', { name: new RegExp(`^Open ${project.name.replace(/[()]/g, '.')}`) }).click();
  await page.locator('.react-flow__node-step').first().waitFor();
  const time = (format: string, scale: number) =>
    page.evaluate(([f, s]) => window.__TOUCHMAP_PROBE__!.buildExport!(f as string, s as number), [
      format,
      scale,
    ] as const);
  const figures: Record<string, number[]> = { png: [], svg: [], pdf: [] };
  await time('svg', 1); // warm-up: fonts, caches
  for (let r = 0; r < REPS; r++) {
    figures.svg.push(await time('svg', 1));
    figures.png.push(await time('png', 2));
    figures.pdf.push(await time('pdf', 1));
  }
  await app.close();
  return { png: median(figures.png), svg: median(figures.svg), pdf: median(figures.pdf) };
}

it('editor benchmarks', async () => {
  const started = Date.now();
  if (!process.env.BENCH_SKIP_EXPORT) {
    const exp = await measureExports(300);
    add('export_png2x_ms', 300, exp.png, 'ms');
    add('export_svg_ms', 300, exp.svg, 'ms');
    add('export_pdf_ms', 300, exp.pdf, 'ms');
  }
  for (const size of SIZES) {
    const app = await measureApp(size);
    const base = await measureBaseline(size, app.frame);
    add('drag_p95_ms', size, app.drag, 'ms', base.drag);
    add('drag_p95_ratio_vs_reactflow', size, app.drag / base.drag, 'ratio');
    add('pan_p95_ms', size, app.pan, 'ms', base.pan);
    add('pan_fit_p95_ms', size, app.panFit, 'ms', base.panFit);
    add('pan_fit_ratio_vs_reactflow', size, app.panFit / base.panFit, 'ratio');
    add('renders_per_move', size, app.renders, 'renders');
    add('undo_median_ms', size, app.undo, 'ms');
    add('open_interactive_ms', size, app.open, 'ms');
  }
  let previous: { results?: Result[] } = {};
  try {
    previous = JSON.parse(await readFile(RESULTS, 'utf8'));
  } catch {
    // first run
  }
  // Keep metrics other benches wrote (export figures) unless this run measured them again.
  const kept = (previous.results ?? []).filter(
    (r) => !results.some((n) => n.metric === r.metric && n.steps === r.steps),
  );
  const out = {
    date: new Date().toISOString(),
    machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium (software rendering)`,
    method: `median over ${REPS} repetitions; frame times from requestAnimationFrame intervals during 60 mouse moves; baseline = bare React Flow, default nodes, same graph and settings, same run`,
    results: [...kept, ...results],
  };
  await writeFile(RESULTS, JSON.stringify(out, null, 2) + '\n');
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote ${RESULTS}`);
});
