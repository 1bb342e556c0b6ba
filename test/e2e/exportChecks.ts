/**
 * Checks on exported images, done in Chromium: the exported SVG is laid out
 * in a page to find where each step and flow is, and the exported PNG is
 * decoded on a canvas to sample its pixels there.
 */
import type { Page } from 'playwright-core';

export interface PixelReport {
  width: number;
  height: number;
  /** Steps whose box interior does not show the step's fill colour. */
  missingSteps: string[];
  /** Flows with no pixel of their stroke colour near the middle of their path. */
  missingFlows: string[];
  checkedSteps: number;
  checkedFlows: number;
}

/** Sample the PNG where the SVG says each step box and flow path are. `scale` maps SVG px to PNG px. */
export async function samplePng(page: Page, png: Buffer, svg: string, scale: number): Promise<PixelReport> {
  return page.evaluate(
    async ({ pngBase64, svgText, scale }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${pngBase64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(img, 0, 0);
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
      host.innerHTML = svgText.replace(/^<\?xml[^>]*>/, '');
      document.body.appendChild(host);
      const root = host.querySelector('svg')!;
      const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
      const near = (a: number[], b: number[], tol: number) => a.every((v, i) => Math.abs(v - b[i]) <= tol);
      const pixel = (x: number, y: number) =>
        Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data).slice(0, 3);
      const toImage = (el: SVGGraphicsElement, x: number, y: number) => {
        const m = el.getCTM()!;
        const p = new DOMPoint(x, y).matrixTransform(m);
        return { x: p.x * scale, y: p.y * scale };
      };
      const missingSteps: string[] = [];
      const steps = [...root.querySelectorAll<SVGGElement>('g.step[data-id]')];
      for (const g of steps) {
        const rect = g.querySelector<SVGRectElement>('rect[fill]:not([fill="none"])');
        if (!rect) {
          missingSteps.push(g.dataset.id!);
          continue;
        }
        const fill = hex(rect.getAttribute('fill')!);
        const box = rect.getBBox();
        // A point inside the box, clear of the border, the risk band, text and markers.
        const candidates = [
          [box.x + box.width * 0.5, box.y + box.height - 6],
          [box.x + box.width - 10, box.y + box.height * 0.5],
          [box.x + box.width * 0.3, box.y + box.height - 5],
        ];
        const ok = candidates.some(([x, y]) => {
          const p = toImage(rect, x, y);
          return near(pixel(p.x, p.y), fill, 24);
        });
        if (!ok) missingSteps.push(g.dataset.id!);
      }
      const missingFlows: string[] = [];
      const flows = [...root.querySelectorAll<SVGGElement>('g.flow[data-id]')];
      for (const g of flows) {
        const path = g.querySelector<SVGPathElement>('path[stroke]');
        if (!path) {
          missingFlows.push(g.dataset.id!);
          continue;
        }
        const stroke = hex(path.getAttribute('stroke')!);
        const len = path.getTotalLength();
        // Points along the path (a dashed flow has gaps, a step box may cover a stretch of
        // it): the flow counts as drawn when its colour shows at three or more of them.
        const hits = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].filter((t) => {
          for (const along of [-4, -2, 0, 2, 4]) {
            const at = Math.min(len, Math.max(0, len * t + along));
            const pt = path.getPointAtLength(at);
            const c = toImage(path, pt.x, pt.y);
            for (let dx = -1; dx <= 1; dx++)
              for (let dy = -1; dy <= 1; dy++) if (near(pixel(c.x + dx, c.y + dy), stroke, 60)) return true;
          }
          return false;
        }).length;
        const found = hits >= 3;
        if (!found) missingFlows.push(g.dataset.id!);
      }
      host.remove();
      return {
        width: canvas.width,
        height: canvas.height,
        missingSteps,
        missingFlows,
        checkedSteps: steps.length,
        checkedFlows: flows.length,
      };
    },
    { pngBase64: png.toString('base64'), svgText: svg, scale },
  );
}
