/**
 * Main-thread time per frame from Chrome's tracing, through CDP: the renderer main thread's
 * busy time (union of its top-level tasks) between two user-timing marks the bench sets
 * around a gesture, divided by the frames the page produced in that window.
 */
import type { CDPSession, Page } from 'playwright-core';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  '__metadata',
].join(',');

export const START_MARK = 'bench-gesture-start';
export const END_MARK = 'bench-gesture-end';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frames?: { processId?: number; parent?: string }[] } };
}

export class Tracer {
  #events: TraceEvent[] = [];
  readonly #collect = (e: { value: unknown[] }) => this.#events.push(...(e.value as TraceEvent[]));
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<Tracer> {
    return new Tracer(await page.context().newCDPSession(page));
  }

  async start(): Promise<void> {
    this.#events = [];
    this.cdp.on('Tracing.dataCollected', this.#collect);
    await this.cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  }

  async stop(): Promise<TraceEvent[]> {
    const done = new Promise<void>((resolve) => this.cdp.once('Tracing.tracingComplete', () => resolve()));
    await this.cdp.send('Tracing.end');
    await done;
    this.cdp.off('Tracing.dataCollected', this.#collect);
    return this.#events;
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

/** The page's renderer main thread: the CrRendererMain thread of the process holding the marks. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const mark = events.find((e) => e.name === START_MARK);
  if (!mark) throw new Error('trace holds no gesture mark');
  return { pid: mark.pid, tid: mark.tid };
}

/** Total length of the union of intervals [start, end) clipped to [from, to]. */
export function unionLength(intervals: [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let [curA, curB] = [NaN, NaN];
  for (const [a, b] of clipped) {
    if (Number.isNaN(curA) || a > curB) {
      if (!Number.isNaN(curA)) total += curB - curA;
      [curA, curB] = [a, b];
    } else curB = Math.max(curB, b);
  }
  if (!Number.isNaN(curA)) total += curB - curA;
  return total;
}

/** Busy milliseconds of the page's main thread between the gesture marks. */
export function mainThreadBusyMs(events: TraceEvent[]): number {
  const { pid, tid } = mainThread(events);
  const from = events.find((e) => e.name === START_MARK)!.ts;
  const to = events.find((e) => e.name === END_MARK && e.pid === pid)?.ts;
  if (to === undefined) throw new Error('trace holds no end mark');
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.cat.split(',').includes('toplevel'))
    .map((e) => [e.ts, e.ts + e.dur!] as [number, number]);
  return unionLength(tasks, from, to) / 1000;
}
