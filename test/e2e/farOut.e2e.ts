/**
 * Zoomed far out, steps and flows are drawn on one canvas layer instead of
 * React Flow nodes: a click on a drawn step selects it, Shift-click adds one,
 * box selection (Shift-drag) takes the steps inside, and every drawn flow runs
 * from the middle of its source box's right edge to the middle of its target
 * box's left edge, as the pixels on the layer show.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { generateJourney } from '../support/generate';
import { LIGHT } from '../../shared/look/tokens';
import { fitView, folderTrash, useApps, zoomOf, type App } from './harness';

const start = useApps();
/** Enough steps for the far-out layer (FAR_OUT_LAYER_MIN_STEPS in renderer/editor/Canvas.tsx). */
const STEPS = 400;

/** A generated journey of STEPS steps in a fresh library, opened in the app and fitted to the view. */
async function openLargeJourney(): Promise<App> {
  const project = generateJourney(STEPS);
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-e2e-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  const created = await library.create(project.name, 'blank');
  await library.save({ ...project, id: created.id, view: { x: 0, y: 0, zoom: 1 } });
  const app = await start({ dataDir });
  await app.page.getByRole('button', { name: /^Open Generated journey/ }).click();
  await app.page.getByRole('group', { name: 'Step 1: Greet the customer', exact: true }).waitFor();
  await fitView(app.page);
  return app;
}

interface ScreenStep {
  id: string;
  title: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface ScreenFlow {
  id: string;
  from: string;
  to: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/** The layer's drawn geometry in screen px (from its canvas element's box), after two frames. */
async function layer(page: Page): Promise<{ steps: ScreenStep[]; flows: ScreenFlow[] }> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  return page.locator('canvas.far-out-layer').evaluate((canvas: HTMLCanvasElement) => {
    const g = canvas.farOut!;
    const r = canvas.getBoundingClientRect();
    const k = r.width / g.bounds.width;
    const at = (p: { x: number; y: number }) => ({
      x: r.left + (p.x - g.bounds.x) * k,
      y: r.top + (p.y - g.bounds.y) * k,
    });
    return {
      steps: g.steps.map((s) => {
        const a = at(s);
        const b = at({ x: s.x + s.width, y: s.y + s.height });
        return { id: s.id, title: s.title, left: a.x, top: a.y, right: b.x, bottom: b.y };
      }),
      flows: g.flows.map((f) => ({ id: f.id, from: f.from, to: f.to, start: at(f.start), end: at(f.end) })),
    };
  });
}

/**
 * For each flow whose target box has empty layer 1.5 screen px to the left of its left-edge
 * middle (no box there): the most opaque alpha drawn within 2 px above or below that point.
 */
async function strokesBeside(page: Page, steps: ScreenStep[], flows: ScreenFlow[]): Promise<Record<string, number>> {
  return page.locator('canvas.far-out-layer').evaluate(
    (canvas: HTMLCanvasElement, [steps, flows]) => {
      const r = canvas.getBoundingClientRect();
      const k = canvas.height / r.height;
      const ctx = canvas.getContext('2d')!;
      const box = new Map(steps.map((s) => [s.id, s]));
      const out: Record<string, number> = {};
      for (const f of flows) {
        const b = box.get(f.to)!;
        const p = { x: b.left - 1.5, y: (b.top + b.bottom) / 2 };
        if (steps.some((s) => p.x >= s.left - 1 && p.x <= s.right + 1 && p.y >= s.top - 2 && p.y <= s.bottom + 2))
          continue;
        const x = Math.floor((p.x - r.left) * k);
        const y0 = Math.floor((p.y - 2 - r.top) * k);
        const y1 = Math.ceil((p.y + 2 - r.top) * k);
        const data = ctx.getImageData(x, y0, 1, y1 - y0 + 1).data;
        let most = 0;
        for (let i = 3; i < data.length; i += 4) most = Math.max(most, data[i]);
        out[f.id] = most;
      }
      return out;
    },
    [steps, flows] as const,
  );
}

/** The colour drawn on the layer at a screen point (r, g, b, alpha 0-255). */
async function pixel(page: Page, p: { x: number; y: number }): Promise<number[]> {
  return page.locator('canvas.far-out-layer').evaluate((canvas: HTMLCanvasElement, p) => {
    const r = canvas.getBoundingClientRect();
    const x = Math.floor(((p.x - r.left) / r.width) * canvas.width);
    const y = Math.floor(((p.y - r.top) / r.height) * canvas.height);
    return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data];
  }, p);
}

const centre = (s: ScreenStep) => ({ x: (s.left + s.right) / 2, y: (s.top + s.bottom) / 2 });
const byTitle = (steps: ScreenStep[], title: string) => steps.find((s) => s.title === title)!;
const titleField = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

describe('the far-out layer', () => {
  it('draws steps and flows on one canvas, and a click, Shift-click or box selects the steps drawn there', async () => {
    const { page } = await openLargeJourney();
    expect(await zoomOf(page)).toBeLessThan(0.45);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(0);
    const { steps, flows } = await layer(page);
    expect(steps).toHaveLength(STEPS);
    expect(flows.length).toBeGreaterThan(0);

    // A click on a drawn step selects it.
    const pay = byTitle(steps, 'Step 3: Pay the customer');
    await page.mouse.click(centre(pay).x, centre(pay).y);
    await expect.poll(() => titleField(page).inputValue()).toBe('Step 3: Pay the customer');
    // ... and it is drawn selected: the outline just outside its box is the accent colour.
    const ring = LIGHT.focusRing.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
    expect(await pixel(page, { x: centre(pay).x, y: pay.top - 1.5 })).toEqual([...ring, 255]);

    // Shift-click adds another.
    const queue = byTitle(steps, 'Step 12: Wait the customer');
    await page.keyboard.down('Shift');
    await page.mouse.click(centre(queue).x, centre(queue).y);
    await page.keyboard.up('Shift');
    await expect(page.getByRole('status').filter({ hasText: '2 steps selected' }).count()).resolves.toBe(1);

    // A click on the empty pane clears the selection; a plain click picks one again.
    const last = steps.reduce((a, b) => (b.bottom > a.bottom ? b : a));
    await page.mouse.click(centre(last).x, last.bottom + 40);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'selected' }).count()).toBe(0);
    await expect.poll(() => titleField(page).count()).toBe(0);

    // Box selection (Shift-drag) takes the steps wholly inside the box: here the first two columns.
    const lefts = [...new Set(steps.map((s) => s.left))].sort((x, y) => x - y);
    const box = {
      left: lefts[0] - 4,
      top: Math.min(...steps.map((s) => s.top)) - 4,
      right: Math.max(...steps.filter((s) => s.left <= lefts[1]).map((s) => s.right)) + 4,
      bottom: Math.max(...steps.map((s) => s.bottom)) + 4,
    };
    const inside = steps.filter(
      (s) => s.left >= box.left && s.top >= box.top && s.right <= box.right && s.bottom <= box.bottom,
    );
    expect(inside.length).toBeGreaterThan(1);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.left, box.top);
    await page.mouse.down();
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 4 });
    await page.mouse.move(box.right, box.bottom, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `${inside.length} steps selected` })
          .count(),
      )
      .toBe(1);
  }, 120_000);

  it('draws every flow from the middle of its source box right edge to the middle of its target box left edge', async () => {
    const { page } = await openLargeJourney();
    const zooms: number[] = [];
    for (let notch = 0; notch < 12; notch++) {
      const zoom = await zoomOf(page);
      if (zoom >= 0.45) break;
      zooms.push(zoom);
      const { steps, flows } = await layer(page);
      const box = new Map(steps.map((s) => [s.id, s]));
      expect(flows.length).toBeGreaterThan(0);
      const painted = await strokesBeside(page, steps, flows);
      for (const f of flows) {
        const a = box.get(f.from)!;
        const b = box.get(f.to)!;
        const where = `${f.id} at zoom ${zoom.toFixed(2)}`;
        expect(Math.hypot(f.start.x - a.right, f.start.y - (a.top + a.bottom) / 2), where).toBeLessThanOrEqual(2);
        expect(Math.hypot(f.end.x - b.left, f.end.y - (b.top + b.bottom) / 2), where).toBeLessThanOrEqual(2);
        // The flow's line is really drawn there: just left of the target box's left-edge middle
        // (within the same 2 px) the layer is painted, where no box is.
        if (f.id in painted) expect(painted[f.id], `stroke beside ${where}`).toBeGreaterThan(0);
      }
      expect(Object.keys(painted).length, `flows checked by pixel at zoom ${zoom.toFixed(2)}`).toBeGreaterThan(0);
      // And the boxes are painted: the middle of a box is opaque.
      for (const st of steps.slice(0, 5)) expect((await pixel(page, centre(st)))[3], st.title).toBe(255);
      // Zoom in around the middle of the first step.
      const mid = centre(byTitle(steps, 'Step 1: Greet the customer'));
      await page.mouse.move(mid.x, mid.y);
      await page.mouse.wheel(0, -150);
    }
    expect(zooms.length, `zooms checked: ${zooms.map((z) => z.toFixed(2)).join(', ')}`).toBeGreaterThan(2);
    // Past the threshold the steps are React Flow nodes again and the layer is gone.
    await page.getByRole('group', { name: 'Step 1: Greet the customer', exact: true }).waitFor();
    expect(await page.locator('canvas.far-out-layer').count()).toBe(0);
  }, 180_000);
});
