/**
 * The emotion row's legend stays readable on the canvas, on the supermarket template (two
 * personas, so three curves): as the map opens (the band's header column lies off the left
 * edge, under the sticky row headers) and after a pan that brings the band's own header into
 * view. Readable: inside the canvas, under no sticky row header of another row nor the
 * emotion row's own name, with every curve named.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApps } from './harness';

const start = useApps();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every legend of the emotion row in the page (the band's and the sticky header's), with the boxes it must keep clear of. */
async function legends(page: Page) {
  return page.evaluate(() => {
    const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const canvas = box(document.querySelector('.react-flow')!.getBoundingClientRect());
    const textBox = (el: Element | null): Box | null => {
      const node = el && [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!node) return null;
      const range = document.createRange();
      range.selectNodeContents(node);
      return box(range.getBoundingClientRect());
    };
    const sticky = [...document.querySelectorAll('.rows-sticky-header')];
    return [...document.querySelectorAll('g.row-emotion g.emotion-legend, .rows-sticky-legend')].map((el) => {
      const inSticky = el.closest('.rows-sticky-header');
      // The name above the legend: the sticky header's own text, or the row name drawn in the band's header.
      const name = inSticky
        ? textBox(inSticky)
        : (() => {
            const drawn = [...(el.closest('g.row-emotion')?.querySelectorAll('text') ?? [])].find(
              (t) => t.textContent === 'Emotion',
            );
            return drawn ? box(drawn.getBoundingClientRect()) : null;
          })();
      return {
        where: inSticky ? 'sticky' : 'band',
        box: box(el.getBoundingClientRect()),
        canvas,
        name,
        covers: sticky.filter((h) => h !== inSticky).map((h) => box(h.getBoundingClientRect())),
        entries: [...el.querySelectorAll('.emotion-legend-entry, .rows-sticky-legend-entry')].map(
          (e) => e.getAttribute('title') ?? e.querySelector('title')?.textContent ?? '',
        ),
      };
    });
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** The legends a user can read: inside the canvas, under no other header, clear of the row's name. */
async function readable(page: Page) {
  return (await legends(page))
    .filter(
      (l) =>
        l.box.right > l.box.left &&
        inside(l.box, l.canvas) &&
        !l.covers.some((c) => overlap(c, l.box)) &&
        l.name !== null &&
        !overlap(l.name, l.box),
    )
    .map((l) => ({ where: l.where, entries: l.entries }));
}

const CURVES = ['Default', 'Regular cyclist', 'Chronic complainer'];

describe('the emotion row’s legend', () => {
  it('is readable as the map opens and after panning the band’s header into view', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Shoppers');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('group', { name: 'Ride the bike', exact: true }).waitFor();

    // As it opens: the band's header column is off the left edge; the sticky header carries the legend.
    await expect.poll(() => readable(page)).toEqual([{ where: 'sticky', entries: CURVES }]);
    await page.screenshot({ path: 'test-results/emotion-legend-open.png' });

    // Pan right until the band's own header is in view: its legend is readable, no sticky copy.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + 300, pane.y + pane.height - 40);
    await page.mouse.down();
    await page.mouse.move(pane.x + 600, pane.y + pane.height - 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => readable(page)).toEqual([{ where: 'band', entries: CURVES }]);
    await page.screenshot({ path: 'test-results/emotion-legend-band.png' });
  });
});
