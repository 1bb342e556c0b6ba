/** In-page measurement helpers shared by the app and baseline runs. */
import type { Page } from 'playwright-core';
import { END_MARK, mainThreadBusyMs, START_MARK, type Tracer } from './trace';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stop collecting and return frame intervals (ms), without the first (it spans the start). */
export async function stopFrames(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames.slice(1);
  });
}

/** Press at `from`, move `moves` times by (dx, dy) each, release. Returns frame intervals during the gesture. */
export async function gesture(
  page: Page,
  from: { x: number; y: number },
  delta: { dx: number; dy: number },
  moves = 60,
): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= moves; i++) await page.mouse.move(from.x + delta.dx * i, from.y + delta.dy * i);
  const frames = await stopFrames(page);
  await page.mouse.up();
  return frames;
}

/**
 * The same gesture under Chrome's tracing: main-thread busy milliseconds per frame produced
 * (see ./trace.ts), plus the frame count and total busy time.
 */
export async function tracedGesture(
  page: Page,
  tracer: Tracer,
  from: { x: number; y: number },
  delta: { dx: number; dy: number },
  moves = 60,
): Promise<{ perFrame: number; busy: number; frames: number }> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await tracer.start();
  await page.evaluate((m) => performance.mark(m), START_MARK);
  await startFrames(page);
  for (let i = 1; i <= moves; i++) await page.mouse.move(from.x + delta.dx * i, from.y + delta.dy * i);
  const frames = await stopFrames(page);
  await page.evaluate((m) => performance.mark(m), END_MARK);
  const events = await tracer.stop();
  await page.mouse.up();
  const busy = mainThreadBusyMs(events);
  return { perFrame: busy / Math.max(1, frames.length), busy, frames: frames.length };
}

/** JS heap in use (MB) after a forced garbage collection, from CDP. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
