/**
 * One reader run in a fresh Node process, for test/bench/readers.bench-run.ts (which
 * bundles this file for plain Node): reads the input file into memory, runs the reader
 * once on a small input (so compiling it does not count), then once on the file, and
 * prints the time (elapsed, and CPU time, which a busy machine inflates less) and the extra
 * memory as JSON.
 *
 * Extra memory is the process's peak resident size during the read minus its resident size
 * just before it, with the input already in memory and garbage collected: everything the
 * reader allocated (decoded text, copies, garbage not yet collected), nothing it was given.
 * On Linux the peak is the kernel's high-water mark (VmHWM), reset just before the read;
 * elsewhere maxRSS, which may also hold earlier peaks (so the figure can only be too high).
 * Not maxRSS on Linux: it keeps the parent's size across the exec that started this process.
 * Run with --expose-gc.
 * Usage: node child.js <svg|png|mermaid> <file>
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { importMermaidJourney } from '../../shared/formats/mermaid';
import { PNG_PROJECT_KEYWORD, readPngText } from '../../shared/formats/pngMeta';
import { extractProjectFromSvg } from '../../shared/formats/svgMeta';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Each reader as the app runs it on a file's bytes (main for images, the renderer for Mermaid). */
const READERS: Record<string, (bytes: Uint8Array) => unknown> = {
  svg: (bytes) => extractProjectFromSvg(decode(bytes)),
  png: (bytes) => readPngText(bytes, PNG_PROJECT_KEYWORD),
  mermaid: (bytes) =>
    importMermaidJourney(decode(bytes), { id: 'bench', name: 'Bench', now: '2026-01-01T00:00:00.000Z' }),
};

const [reader, file] = process.argv.slice(2);
const read = READERS[reader];
if (!read) throw new Error(`unknown reader ${reader}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function attempt(bytes: Uint8Array): string {
  try {
    const result = read(bytes);
    if (result === null) return 'no project';
    if (typeof result === 'string') return 'project text';
    return (result as { ok: boolean }).ok ? 'imported' : 'refused';
  } catch (error) {
    return `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// Warm-up on the file's first 4 KB, read without loading the rest.
const head = new Uint8Array(4096);
const fd = openSync(file, 'r');
attempt(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
closeSync(fd);

/** Peak resident size since the last reset (Linux), or null. */
function highWaterMark(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return kb ? Number(kb[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const bytes: Uint8Array = readFileSync(file);
gc();
try {
  writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current size
} catch {
  // not Linux: maxRSS below
}
const before = process.memoryUsage().rss;
const start = performance.now();
const cpuStart = process.cpuUsage();
const outcome = attempt(bytes);
const cpu = process.cpuUsage(cpuStart);
const ms = performance.now() - start;
const peak = highWaterMark() ?? process.resourceUsage().maxRSS * 1024;
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(
  JSON.stringify({ ms, cpuMs, extraBytes: Math.max(0, peak - before), inputBytes: bytes.length, outcome }),
);
