/**
 * Measurement hooks for `npm run bench`. They do nothing unless the bench
 * defines `window.__TOUCHMAP_PROBE__` before the app loads, so the shipped app
 * pays one property read per call.
 */
export interface Probe {
  /** Step node renders since the counter was last reset. */
  renders: number;
  /** Renders per step id, to see which nodes re-render. */
  byId?: Record<string, number>;
  marks: Record<string, number>;
  /** Set by the app so the bench can time store operations (undo, redo). */
  store?: unknown;
  /** Set by the app so the bench can time building an export of the open project. */
  buildExport?: (format: string, scale: number, language?: string) => Promise<number>;
}

declare global {
  interface Window {
    __TOUCHMAP_PROBE__?: Probe;
  }
}

export function countRender(id: string): void {
  const p = window.__TOUCHMAP_PROBE__;
  if (!p) return;
  p.renders++;
  if (p.byId) p.byId[id] = (p.byId[id] ?? 0) + 1;
}

export function mark(name: string): void {
  const p = window.__TOUCHMAP_PROBE__;
  if (p) p.marks[name] = performance.now();
}

export function exposeStore(store: unknown): void {
  const p = window.__TOUCHMAP_PROBE__;
  if (p) p.store = store;
}

export function exposeExportBuilder(
  build: (format: string, scale: number, language?: string) => Promise<number>,
): void {
  const p = window.__TOUCHMAP_PROBE__;
  if (p) p.buildExport = build;
}
