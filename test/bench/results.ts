/**
 * test/bench/results.json: every bench file adds its figures, keeping those other
 * bench files wrote (a metric at a size is replaced only when measured again).
 * Bench files run one after the other (vitest.bench.config.ts), so writes never race.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

export const RESULTS = resolve(__dirname, 'results.json');

export interface Result {
  metric: string;
  steps: number;
  value: number;
  unit: string;
  baseline: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Figures of one bench file, printed as they come. */
export class Recorder {
  readonly results: Result[] = [];

  add(metric: string, steps: number, value: number, unit: string, baseline: number | null = null): void {
    this.results.push({
      metric,
      steps,
      value: round(value),
      unit,
      baseline: baseline === null ? null : round(baseline),
    });
    console.log(
      `${metric.padEnd(34)} ${String(steps).padStart(5)}  ${value.toFixed(2).padStart(9)} ${unit}${baseline === null ? '' : `   (baseline ${baseline.toFixed(2)})`}`,
    );
  }
}

export function machine(): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium (software rendering)`;
}

/**
 * Merge `results` into results.json. `bench` names the bench file; its `method` is kept under
 * `methods[bench]` (the editor bench's also as the top-level `method`, as before).
 */
export async function writeResults(bench: string, method: string, results: Result[]): Promise<void> {
  let previous: { method?: string; methods?: Record<string, string>; results?: Result[] } = {};
  try {
    previous = JSON.parse(await readFile(RESULTS, 'utf8'));
  } catch {
    // first run
  }
  const kept = (previous.results ?? []).filter(
    (r) => !results.some((n) => n.metric === r.metric && n.steps === r.steps),
  );
  const out = {
    date: new Date().toISOString(),
    machine: machine(),
    method: bench === 'editor' ? method : (previous.method ?? ''),
    methods: { ...previous.methods, [bench]: method },
    results: [...kept, ...results],
  };
  await writeFile(RESULTS, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${RESULTS}`);
}
