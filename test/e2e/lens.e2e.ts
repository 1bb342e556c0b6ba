/**
 * One lens: for every overlay on the supermarket template (light theme), each
 * step has the same colour on the canvas as in the exported SVG, and the
 * canvas legend shows the same colours with the same words as the export's.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SERVQUAL_BAND_COLOURS } from '../../shared/lens';
import { SENSES } from '../../shared/model';
import { useApps, type App } from './harness';

const start = useApps();

async function createSupermarket(page: Page) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Lens check');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
}

async function exportSvg(app: App, path: string): Promise<string> {
  const { page } = app;
  app.dialogs.exportPath = path;
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption('svg');
  await dialog.getByLabel('Legend').setChecked(true);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const result = page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  await result.getByRole('button', { name: 'Dismiss' }).click();
  return readFile(path, 'utf8');
}

/** Each step's fill on the canvas, by step id, as #rrggbb. */
async function canvasFills(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const hex = (rgb: string) =>
      '#' +
      (rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('');
    const out: Record<string, string> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-step')) {
      const box = node.querySelector<HTMLElement>('.step-node');
      if (box) out[node.dataset.id ?? ''] = hex(getComputedStyle(box).backgroundColor);
    }
    return out;
  });
}

/** The canvas legend: label -> swatch colour. */
async function canvasLegend(page: Page): Promise<Record<string, string>> {
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await legend.waitFor();
  return legend.evaluate((aside) => {
    const hex = (rgb: string) =>
      '#' +
      (rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('');
    const out: Record<string, string> = {};
    for (const li of aside.querySelectorAll('li')) {
      const swatch = li.querySelector<HTMLElement>('.swatch');
      if (swatch) out[(li.textContent ?? '').trim()] = hex(getComputedStyle(swatch).backgroundColor);
    }
    return out;
  });
}

function parseSvg(svg: string) {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/** Each step's fill in the SVG (the first rect of its group), by step id. */
function svgFills(svg: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of Array.from(parseSvg(svg).getElementsByTagName('g'))) {
    if (!/^step\b/.test(g.getAttribute('class') ?? '')) continue;
    const rect = g.getElementsByTagName('rect')[0];
    out[g.getAttribute('data-id') ?? ''] = rect?.getAttribute('fill') ?? '';
  }
  return out;
}

/** The SVG legend: each swatch (a rect) and the label drawn after it. */
function svgLegend(svg: string): Record<string, string> {
  const legend = Array.from(parseSvg(svg).getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'legend');
  const out: Record<string, string> = {};
  let fill: string | null = null;
  for (const child of Array.from(legend?.childNodes ?? [])) {
    if (child.nodeType !== 1) continue; // the line breaks between elements
    const el = child as unknown as Element;
    if (el.nodeName === 'rect') fill = el.getAttribute('fill');
    else if (el.nodeName === 'text' && fill) {
      out[(el.textContent ?? '').trim()] = fill;
      fill = null;
    } else fill = null;
  }
  return out;
}

describe('one lens for canvas and export', () => {
  it('colours every step and the legend alike on screen and in the SVG, for every lens', async () => {
    const app = await start();
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await createSupermarket(page);
    // The whole map on screen, so every step is in the page.
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    const out = await mkdtemp(join(tmpdir(), 'touchmap-lens-'));

    const lenses: { overlay: string; sense?: string }[] = [
      { overlay: 'risk' },
      { overlay: 'servqual' },
      { overlay: 'emotion' },
      ...SENSES.map((sense) => ({ overlay: 'sense', sense })),
    ];
    for (const lens of lenses) {
      const name = lens.sense ?? lens.overlay;
      await page.getByLabel('Overlay').selectOption(lens.overlay);
      if (lens.sense) await page.getByRole('combobox', { name: /^Sense/ }).selectOption(lens.sense);
      const legend = await canvasLegend(page);
      const onScreen = await canvasFills(page);
      const svg = await exportSvg(app, join(out, `${name}.svg`));
      const exported = svgFills(svg);

      expect(Object.keys(onScreen).sort(), name).toEqual(Object.keys(exported).sort());
      expect(Object.keys(onScreen).length, name).toBeGreaterThan(10);
      expect(onScreen, name).toEqual(exported);
      // The lens says something: at least two colours, all of them explained by the legend.
      const colours = new Set(Object.values(onScreen));
      expect(colours.size, name).toBeGreaterThan(1);
      for (const c of colours) expect(Object.values(legend), `${name}: ${c} in the legend`).toContain(c);
      // The export's legend has the same entries: same words, same colours.
      const exportedLegend = svgLegend(svg);
      for (const [label, fill] of Object.entries(legend)) expect(exportedLegend[label], `${name}: ${label}`).toBe(fill);
    }

    // The SERVQUAL lens uses the weighted gap with the project's weights: "Enter the supermarket"
    // is +1 on tangibles and -1 on responsiveness (plain mean 0, weighted -0.33: slightly short).
    await page.getByLabel('Overlay').selectOption('servqual');
    expect((await canvasFills(page))['sm-enter-store']).toBe(SERVQUAL_BAND_COLOURS.slightlyShort.fill);
    // Responsiveness no longer counts: the gap is +1, and canvas and export both say so.
    await page.getByLabel('Responsiveness weight').fill('0');
    await expect.poll(async () => (await canvasFills(page))['sm-enter-store']).toBe(SERVQUAL_BAND_COLOURS.meets.fill);
    const reweighted = svgFills(await exportSvg(app, join(out, 'reweighted.svg')));
    expect(reweighted['sm-enter-store']).toBe(SERVQUAL_BAND_COLOURS.meets.fill);
    expect(await canvasFills(page)).toEqual(reweighted);
  });
});
