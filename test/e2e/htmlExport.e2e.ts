/**
 * The HTML map end to end: the supermarket template exported as HTML through the Export
 * dialog; the file opened in Chromium with every network request refused (none is tried but
 * the file itself); a step's annotations read in the side panel after a click; a row turned
 * off; a step found by name; then the file opened in Touchmap (Open file…, and dropped) as the
 * same project. Writes docs/html-viewer.png (1440 x 900) for the README.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { launchApp, onlyProjectId, type App } from './harness';

let app: App;
let out: string;
let project: Project;
let htmlPath: string;
let context: BrowserContext;
let viewer: Page;
/** Every request the viewer's page made, and the browser's console errors (a CSP refusal shows there). */
const requests: string[] = [];
const consoleErrors: string[] = [];

/** A project as the file holds it, without what a copy changes (id, name, dates, the writing app). */
function comparable(p: Project) {
  const {
    id: _id,
    name: _name,
    createdAt: _c,
    updatedAt: _u,
    writtenBy: _w,
    ...rest
  } = p as Project & {
    writtenBy?: unknown;
  };
  return rest;
}

/** The template's most annotated contact moment: one with pain points and a risk, a moment of truth if one has them. */
function annotatedStep() {
  const candidates = project.steps.filter((s) => s.moment?.painPoints.length && s.moment.risk.mitigation);
  const step = candidates.find((s) => s.moment!.momentOfTruth) ?? candidates[0];
  expect(step, 'the template has a contact moment with pain points and a mitigated risk').toBeDefined();
  return step!;
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'touchmap-html-'));
  app = await launchApp({ viewport: { width: 1440, height: 900 } });
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Supermarket map');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  project = opened.value;

  // Export as HTML through the dialog.
  htmlPath = join(out, 'Supermarket map.html');
  app.dialogs.exportPath = htmlPath;
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'HTML (interactive map)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const result = page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  expect(await result.innerText()).toContain(htmlPath);
  await result.getByRole('button', { name: 'Dismiss' }).click();

  // The file in a browser of its own, with the network cut off.
  context = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 1440, height: 900 } });
  const fileUrl = pathToFileURL(htmlPath).href;
  await context.route('**', (route) => {
    requests.push(route.request().url());
    return route.request().url() === fileUrl ? route.continue() : route.abort();
  });
  viewer = await context.newPage();
  viewer.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  viewer.on('pageerror', (e) => consoleErrors.push(String(e)));
  await viewer.goto(fileUrl);
  await viewer.getByRole('button', { name: 'Zoom in' }).waitFor();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await app?.close();
});

describe('the HTML map', () => {
  it('asks for nothing but itself, and its script runs under its own policy', async () => {
    const html = await readFile(htmlPath, 'utf8');
    expect(html).not.toMatch(/https?:/i);
    // The viewer ran: it made every step a button.
    expect(await viewer.locator('g.step[role="button"]').count()).toBe(project.steps.length);
    expect(requests).toEqual([pathToFileURL(htmlPath).href]);
    expect(consoleErrors).toEqual([]);
  });

  it('finds a step by name and shows all its annotations after a click', async () => {
    const step = annotatedStep();
    const find = viewer.getByRole('searchbox', { name: 'Find a step' });
    await find.fill(step.title.slice(0, 6).toUpperCase());
    await expect.poll(() => viewer.locator('#find-status').innerText()).toMatch(/^Steps found: \d+$/);
    await viewer
      .getByRole('button', { name: new RegExp(`^${step.title}`) })
      .first()
      .click();
    const panel = viewer.getByRole('complementary', { name: 'Annotations' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe(step.title);

    // Closed again, then opened by clicking the step on the map (the search centred it).
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Annotations');
    await viewer.getByRole('button', { name: step.title, exact: true }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe(step.title);
    const text = await panel.innerText();
    for (const point of step.moment!.painPoints) expect(text).toContain(point);
    for (const opportunity of step.moment!.opportunities) expect(text).toContain(opportunity);
    expect(text).toContain(step.moment!.actor);
    expect(text).toContain(step.moment!.risk.mitigation);
    expect(text).toMatch(new RegExp(`Moment of truth\\s+${step.moment!.momentOfTruth ? 'Yes' : 'No'}`));
    expect(text).toMatch(/Likelihood × impact\s+\d × \d = \d+ \((low|medium|high|critical)\)/);
  });

  it('turns a row off and on', async () => {
    const rows = viewer.getByRole('group', { name: 'Rows' });
    const painPoints = rows.getByRole('checkbox', { name: 'Pain points' });
    await expect.poll(() => painPoints.isChecked()).toBe(true);
    const shown = () =>
      viewer
        .locator('g.row.row-painPoints')
        .evaluateAll((gs) =>
          gs.some((g) => (g as SVGGElement).getBBox().width > 0 && getComputedStyle(g).display !== 'none'),
        );
    expect(await shown()).toBe(true);
    await painPoints.uncheck();
    expect(await shown()).toBe(false);
    await painPoints.check();
    expect(await shown()).toBe(true);
  });

  it('is a page a client can read: the screenshot for the README', async () => {
    const step = annotatedStep();
    // As a reader first sees it: the map from its left edge, the row names beside the rows.
    await viewer.reload();
    const box = await viewer.getByRole('button', { name: step.title, exact: true }).boundingBox();
    if (box && box.x + box.width < 1000) await viewer.getByRole('button', { name: step.title, exact: true }).click();
    else {
      await viewer.getByRole('searchbox', { name: 'Find a step' }).fill(step.title);
      await viewer.getByRole('searchbox', { name: 'Find a step' }).press('Enter');
    }
    await viewer
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('heading', { name: step.title })
      .waitFor();
    await viewer.mouse.move(0, 0);
    await viewer.screenshot({ path: resolve('docs/html-viewer.png') });
  });

  it('opens in Touchmap as the same project: from Open file…, and dropped on the window', async () => {
    const { page } = app;
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    app.dialogs.openPath = htmlPath;
    await page.getByRole('button', { name: 'Open file…' }).click();
    await page.locator('h1.project-name', { hasText: 'Supermarket map (2)' }).waitFor();
    const list = await app.handlers[Channels.listProjects](undefined);
    if (!list.ok) throw new Error(list.error);
    const copy = list.value.projects.find((p) => p.id !== project.id)!;
    const opened = await app.handlers[Channels.openProject]({ id: copy.id });
    if (!opened.ok) throw new Error(opened.error);
    expect(comparable(opened.value)).toEqual(comparable(project));

    await app.drop([htmlPath]);
    await page.locator('h1.project-name', { hasText: 'Supermarket map (3)' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
