/**
 * npm run bench: editor figures on the production build in headless Chromium,
 * against bare React Flow (default nodes, same graph, same settings) measured
 * in the same run; start-up (JavaScript the home screen loads, time to its
 * project list), first export, and the JS heap. Writes test/bench/results.json
 * (see ./results.ts) and prints a table.
 *
 * BENCH_SIZES (100,500,1000,2000,5000), BENCH_REPS (5), BENCH_SKIP_EXPORT and
 * BENCH_SKIP_START shorten it for a quick check of the bench itself; BENCH_OPEN_ONLY measures
 * only opening (with and without rows) and the heap, without the frame figures and the baseline.
 *
 * Opening is measured on the journey with every row and on the same journey without rows, stored
 * side by side and opened alternately in the same app, so the two figures share the machine's load.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { createServices } from '../../electron/handlers';
import { computeGrid, stepRects } from '../../shared/layout/grid';
import { ROW_KINDS, type Project } from '../../shared/model';
import { folderTrash, launchApp } from '../e2e/harness';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { generateJourney } from '../support/generate';
import { serveStatic } from '../support/staticServer';
import { gesture, heapAfterGc, median, percentile, tracedGesture } from './measure';
import { Recorder, writeResults } from './results';
import { Tracer } from './trace';

const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000,2000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const REPS = Number(process.env.BENCH_REPS ?? 5);
/** Opening 5,000 steps takes long: fewer repetitions of the open figure there (the frame figures keep REPS). */
const openReps = (size: number) => (size >= 5000 ? Math.min(REPS, 3) : REPS);
const VIEWPORT = { width: 1440, height: 900 };
/** Edits made before the second heap reading. */
const HEAP_EDITS = 100;

const rec = new Recorder();
const add = rec.add.bind(rec);

async function storeProject(...projects: Project[]): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-bench-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  const views: Record<string, { x: number; y: number; zoom: number; lens: 'none'; sense: 'sight'; at: number }> = {};
  for (const project of projects) {
    const created = await library.create(project.name, 'blank');
    await library.save({ ...project, id: created.id });
    // Open at the top left, actual size: the view is kept in the library settings, not in the file.
    views[created.id] = { x: 0, y: 0, zoom: 1, lens: 'none', sense: 'sight', at: Date.now() };
  }
  library.updateSettings({ views });
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

/**
 * Every journey-map row shown, with notes in the note rows (a thought on every other step, a pain
 * point and an opportunity on each contact moment): the rows band is part of what a frame costs.
 */
function withRows(project: Project): Project {
  project.rows = ROW_KINDS.map((kind) => ({ kind, shown: true }));
  project.steps.forEach((step, i) => {
    if (i % 2 === 0) step.thoughts = [`Thought ${i + 1}: is this the right counter?`];
    if (step.moment) {
      step.moment.painPoints = [`Pain point ${i + 1}: the queue moves slowly`];
      step.moment.opportunities = [`Opportunity ${i + 1}: show the waiting time`];
    }
  });
  return project;
}

/** The same journey without rows (none shown, no notes), under a name of its own. */
function withoutRows(size: number): Project {
  const project = generateJourney(size);
  project.name = `${project.name} without rows`;
  project.rows = ROW_KINDS.map((kind) => ({ kind, shown: false }));
  return project;
}

/**
 * The app over a stored generated journey (and, with `plain`, the same journey without rows beside
 * it), with the bench's probe installed before the page loads.
 */
async function launchWithProbe(size: number, plain?: Project) {
  const project = withRows(generateJourney(size));
  const dataDir = await storeProject(project, ...(plain ? [plain] : []));
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

const openButton = (page: Page, project: Project) =>
  page.getByRole('button', { name: new RegExp(`^Open ${project.name.replace(/[()]/g, '.')}$`) });

/**
 * Open a project from the home screen: milliseconds from the document's arrival to the first frame
 * after its first step is in the page (interactive), and to the first frame after the rows band's
 * drawing is in the page (null for a project without rows).
 */
async function openOnce(page: Page, project: Project, rows: boolean) {
  await openButton(page, project).click();
  return page.evaluate(
    (band) =>
      new Promise<{ interactive: number; band: number | null }>((done) => {
        const since = () => performance.now() - window.__TOUCHMAP_PROBE__!.marks['document-arrived'];
        let interactive = 0;
        const check = () => {
          if (!interactive && document.querySelector('.react-flow__node-step'))
            requestAnimationFrame(() => {
              interactive = since();
              if (!band) done({ interactive, band: null });
              else waitBand();
            });
          else requestAnimationFrame(check);
        };
        const waitBand = () => {
          if (document.querySelector('.rows-drawing'))
            requestAnimationFrame(() => done({ interactive, band: since() }));
          else requestAnimationFrame(waitBand);
        };
        check();
      }),
    rows,
  );
}

async function backHome(page: Page) {
  await page.getByRole('button', { name: /Projects/ }).click();
  await page.getByRole('button', { name: 'New project' }).waitFor();
}

async function measureApp(size: number) {
  const plain = withoutRows(size);
  const { project, app } = await launchWithProbe(size, plain);
  const { page } = app;
  const opens: number[] = [];
  const bandDrawn: number[] = [];
  const plainOpens: number[] = [];
  const reps = openReps(size);
  // Alternately without and with rows, the journey with rows last (the frame figures are taken on it).
  let plainHeap = 0;
  let rowsHeap = 0;
  for (let r = 0; r < reps; r++) {
    plainOpens.push((await openOnce(page, plain, false)).interactive);
    if (r === reps - 1) plainHeap = await heapAfterGc(page);
    await backHome(page);
    const open = await openOnce(page, project, true);
    opens.push(open.interactive);
    bandDrawn.push(open.band!);
    if (r === reps - 1) rowsHeap = await heapAfterGc(page);
    else await backHome(page);
  }
  const openFigures = {
    open: median(opens),
    openBand: median(bandDrawn),
    openPlain: median(plainOpens),
    heapOpen: rowsHeap,
    heapOpenPlain: plainHeap,
  };
  if (process.env.BENCH_OPEN_ONLY) {
    await app.close();
    return { ...openFigures, frames: null };
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
  // Main-thread time per frame, traced (separately: tracing costs a little).
  const tracer = await Tracer.attach(page);
  const dragMain: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const node = (await page.locator('[data-id="s1"]').boundingBox())!;
    dragMain.push(
      (await tracedGesture(page, tracer, { x: node.x + 90, y: node.y + 38 }, { dx: 2, dy: 1 }, 60)).perFrame,
    );
    await page.evaluate(() => (window.__TOUCHMAP_PROBE__!.store as { getState(): { undo(): void } }).getState().undo());
    await page.waitForTimeout(100);
  }
  const pans: number[] = [];
  for (let r = 0; r < REPS; r++) pans.push(percentile(await gesture(page, panStart(frame), { dx: -4, dy: 0 }, 60), 95));
  await fitView(page);
  const fitPans: number[] = [];
  for (let r = 0; r < REPS; r++) {
    fitPans.push(percentile(await gesture(page, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60), 95));
  }
  const panFitMain: number[] = [];
  for (let r = 0; r < REPS; r++)
    panFitMain.push((await tracedGesture(page, tracer, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60)).perFrame);
  await tracer.detach();
  const heap = await heapFigures(page, project);
  await app.close();
  return {
    ...openFigures,
    frames: {
      heap,
      dragMain: median(dragMain),
      panFitMain: median(panFitMain),
      drag: median(drags),
      renders: median(renders),
      undo: median(undos),
      pan: median(pans),
      panFit: median(fitPans),
      frame,
    },
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
  const tracer = await Tracer.attach(page);
  const dragMain: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const node = (await page.locator('[data-id="s1"]').boundingBox())!;
    const from = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
    // Back and forth, so the node stays in view.
    const d = r % 2 ? { dx: -2, dy: -1 } : { dx: 2, dy: 1 };
    dragMain.push((await tracedGesture(page, tracer, from, d, 60)).perFrame);
  }
  const pans: number[] = [];
  for (let r = 0; r < REPS; r++) pans.push(percentile(await gesture(page, panStart(frame), { dx: -4, dy: 0 }, 60), 95));
  await fitView(page);
  const fitPans: number[] = [];
  for (let r = 0; r < REPS; r++)
    fitPans.push(percentile(await gesture(page, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60), 95));
  const panFitMain: number[] = [];
  for (let r = 0; r < REPS; r++)
    panFitMain.push((await tracedGesture(page, tracer, panStart(frame), { dx: r % 2 ? 3 : -3, dy: 0 }, 60)).perFrame);
  await tracer.detach();
  await browser.close();
  await server.close();
  return {
    drag: median(drags),
    pan: median(pans),
    panFit: median(fitPans),
    dragMain: median(dragMain),
    panFitMain: median(panFitMain),
  };
}

/**
 * JS heap after the journey opened, and after HEAP_EDITS edits (retitling steps through the
 * store, one per frame, with autosave and the journal running): a leak shows as growth.
 */
async function heapFigures(page: Page, project: Project) {
  const afterOpen = await heapAfterGc(page);
  await page.evaluate(
    async ([count, ids]) => {
      const store = window.__TOUCHMAP_PROBE__!.store as {
        getState(): { dispatch(c: unknown): boolean };
      };
      for (let i = 0; i < count; i++) {
        store.getState().dispatch({ type: 'updateStep', stepId: ids[i % ids.length], changes: { title: `Edit ${i}` } });
        await new Promise((r) => requestAnimationFrame(r));
      }
    },
    [HEAP_EDITS, project.steps.slice(0, 50).map((s) => s.id)] as const,
  );
  // Let autosave (1 s after the last edit) and the journal finish.
  await page.waitForTimeout(2500);
  return { afterOpen, afterEdits: await heapAfterGc(page) };
}

/**
 * Start-up: from navigation to the home screen's project list being interactive (an "Open"
 * button in the list, painted, the main thread free), and the JavaScript the browser requested
 * by then, gzipped (level 9, as a web server would send it; the app reads it from disk).
 */
async function measureStart() {
  const dataDir = await storeProject(generateJourney(100));
  const bodies: Promise<Buffer>[] = [];
  const urls: string[] = [];
  let counting = true;
  const app = await launchApp({
    dataDir,
    viewport: VIEWPORT,
    beforeLoad: async (page) => {
      page.on('response', (response) => {
        if (!counting || response.request().resourceType() !== 'script') return;
        urls.push(response.url());
        bodies.push(response.body());
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __homeInteractive?: Promise<number> };
        w.__homeInteractive = new Promise((done) => {
          const ready = () => document.querySelector('.project-list .project-open');
          const settle = () => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
          const observer = new MutationObserver(() => {
            if (!ready()) return;
            observer.disconnect();
            settle();
          });
          document.addEventListener('DOMContentLoaded', () => {
            if (ready()) settle();
            else observer.observe(document.body, { childList: true, subtree: true });
          });
        });
      });
    },
  });
  const { page } = app;
  const interactive = () =>
    page.evaluate(() => (window as unknown as { __homeInteractive: Promise<number> }).__homeInteractive);
  // The first start in a fresh browser (cold), then REPS reloads (what a restart of the app is more like).
  const cold = await interactive();
  counting = false;
  const gzipBytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  console.log(`home screen scripts: ${urls.map((u) => u.replace(/^.*\//, '')).join(', ')}`);
  const times: number[] = [];
  for (let r = 0; r < REPS; r++) {
    await page.reload();
    times.push(await interactive());
  }
  await app.close();
  return { cold, startHome: median(times), firstJsGzipKb: gzipBytes / 1024 };
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
  // The first export after start: includes loading the export builder's chunk.
  const first = await time('png', 2);
  await time('svg', 1); // warm-up: fonts, caches
  for (let r = 0; r < REPS; r++) {
    figures.svg.push(await time('svg', 1));
    figures.png.push(await time('png', 2));
    figures.pdf.push(await time('pdf', 1));
  }
  await app.close();
  return { first, png: median(figures.png), svg: median(figures.svg), pdf: median(figures.pdf) };
}

it('editor benchmarks', async () => {
  const started = Date.now();
  if (!process.env.BENCH_SKIP_START) {
    const start = await measureStart();
    add('first_js_gzip_kb', 0, start.firstJsGzipKb, 'KB');
    add('start_home_ms', 0, start.startHome, 'ms');
    add('start_home_cold_ms', 0, start.cold, 'ms');
  }
  if (!process.env.BENCH_SKIP_EXPORT) {
    const exp = await measureExports(300);
    add('first_export_png_ms', 300, exp.first, 'ms');
    add('export_png2x_ms', 300, exp.png, 'ms');
    add('export_svg_ms', 300, exp.svg, 'ms');
    add('export_pdf_ms', 300, exp.pdf, 'ms');
  }
  for (const size of SIZES) {
    const measured = await measureApp(size);
    add('open_interactive_ms', size, measured.open, 'ms', measured.openPlain);
    add('open_interactive_norows_ms', size, measured.openPlain, 'ms');
    add('open_rows_ratio_vs_norows', size, measured.open / measured.openPlain, 'ratio');
    add('open_band_drawn_ms', size, measured.openBand, 'ms');
    add('heap_open_rows_mb', size, measured.heapOpen, 'MB', measured.heapOpenPlain);
    add('heap_open_norows_mb', size, measured.heapOpenPlain, 'MB');
    add('heap_open_rows_ratio_vs_norows', size, measured.heapOpen / measured.heapOpenPlain, 'ratio');
    const app = measured.frames;
    if (!app) continue;
    const base = await measureBaseline(size, app.frame);
    add('drag_p95_ms', size, app.drag, 'ms', base.drag);
    add('drag_p95_ratio_vs_reactflow', size, app.drag / base.drag, 'ratio');
    add('drag_main_ms', size, app.dragMain, 'ms', base.dragMain);
    add('drag_main_ratio_vs_reactflow', size, app.dragMain / base.dragMain, 'ratio');
    add('pan_p95_ms', size, app.pan, 'ms', base.pan);
    add('pan_fit_p95_ms', size, app.panFit, 'ms', base.panFit);
    add('pan_fit_ratio_vs_reactflow', size, app.panFit / base.panFit, 'ratio');
    add('panfit_main_ms', size, app.panFitMain, 'ms', base.panFitMain);
    add('panfit_main_ratio_vs_reactflow', size, app.panFitMain / base.panFitMain, 'ratio');
    add('renders_per_move', size, app.renders, 'renders');
    add('undo_median_ms', size, app.undo, 'ms');
    add('heap_mb', size, app.heap.afterOpen, 'MB');
    add('heap_after_100_edits_mb', size, app.heap.afterEdits, 'MB');
  }
  await writeResults(
    'editor',
    `median over ${REPS} repetitions (open at 5,000 steps: ${openReps(5000)}); frame times from requestAnimationFrame intervals during 60 mouse moves; *_main_ms = renderer main-thread busy time (union of top-level tasks in a Chrome trace via CDP) per frame during 60 moves; baseline = bare React Flow, default nodes, same graph and settings, same run; start_home_ms = navigation to the home screen's project list painted and the main thread free (median of reloads; _cold = first load in a fresh browser), first_js_gzip_kb = scripts the browser requested by then, gzip -9; heap = JS heap in use after a forced GC (CDP), after opening and after ${HEAP_EDITS} edits; open_interactive_ms = the journey with every row shown and notes (withRows), baseline and open_interactive_norows_ms = the same journey without rows, opened alternately in the same app (median of each); open_band_drawn_ms = to the first frame with the rows band drawn; heap_open_*_mb = right after the last open of each`,
    rec.results,
  );
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
