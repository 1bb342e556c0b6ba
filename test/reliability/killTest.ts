/**
 * The kill test: a child process edits, journals and saves a project over the real
 * storage modules; we SIGKILL it at a random moment, start a fresh library over the
 * same folder and check what a user would find. Repeated on one data folder, so every
 * run starts from whatever the previous kill left behind.
 *
 * Counted per run: unreadable project, backup or library files; temp files still
 * there after the next start; recoveries older than the last edit that reached the
 * journal (the child prints "journaled N" only once the append has resolved).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckReport } from './child';

export interface KillOptions {
  iterations: number;
  /** Where the child is built: must be inside the repository so its imports resolve. */
  outDir: string;
  /** Kill this long after the child reports ready (ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Every n-th kill is timed from spawn instead, to land during start-up. */
  startupKillEvery?: number;
  seed?: number;
  /** Leave the data folders where a failure happened, for inspection (default: remove all). */
  keepFailedDirs?: boolean;
  progress?: (line: string) => void;
}

export interface KillResults {
  iterations: number;
  kills: number;
  unreadableProjectFiles: number;
  unreadableBackupFiles: number;
  unreadableLibraryFiles: number;
  /** Distinct temp files still present after a start (each counted once, however many starts saw it). */
  tempFilesLeftAfterStart: number;
  /** Temp files a kill left behind, removed by the next start (not a failure). */
  tempFilesCleanedAtStart: number;
  staleRecoveries: number;
  invalidRecoveries: number;
  tornJournalLines: number;
  childErrors: number;
  journaledEdits: number;
  killsDuringStartup: number;
  delayMs: { min: number; max: number };
  durationMs: number;
  /** The first few failures, described. */
  failures: string[];
}

/** The repository root: the nearest folder with a package.json (this file also runs bundled, from out/). */
function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error(`no package.json above ${from}`);
}

const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const CHILD_SOURCE = join(ROOT, 'test/reliability/child.ts');
const ENV = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' };

/** Bundle child.ts for plain Node; dependencies (electron-store, immer, zod) stay real imports. */
export async function buildChild(outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { ssr: CHILD_SOURCE, outDir, emptyOutDir: true, minify: false, target: 'node20' },
  });
  return join(outDir, 'child.js');
}

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Run the child to completion (init, check). */
function runChild(childJs: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, code, signal }));
  });
}

/** Start the editing child, kill it after `delay` (from ready, or from spawn), report what it journaled. */
function editAndKill(
  childJs: string,
  args: string[],
  delay: number,
  fromSpawn: boolean,
): Promise<{ lastJournaled: number | null; journaled: number; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastJournaled: number | null = null;
    let journaled = 0;
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delay));
    if (fromSpawn) arm();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') arm();
        if (word === 'journaled') {
          lastJournaled = Number(value);
          journaled++;
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ lastJournaled, journaled, killed: signal === 'SIGKILL', stderr });
    });
  });
}

async function newLibrary(childJs: string): Promise<{ dataDir: string; id: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-kill-'));
  const run = await runChild(childJs, ['init', dataDir]);
  const id = /^id (\S+)$/m.exec(run.stdout)?.[1];
  if (!id) throw new Error(`init failed: ${run.stderr}`);
  return { dataDir, id };
}

/** Run the kill test over fresh data folders in the system temp folder. */
export async function runKillTest(options: KillOptions): Promise<KillResults> {
  const started = Date.now();
  const { iterations, minDelayMs = 5, maxDelayMs = 150, startupKillEvery = 10 } = options;
  let seed = options.seed ?? 20_260_101;
  const rand = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  const childJs = await buildChild(options.outDir);
  const results: KillResults = {
    iterations,
    kills: 0,
    unreadableProjectFiles: 0,
    unreadableBackupFiles: 0,
    unreadableLibraryFiles: 0,
    tempFilesLeftAfterStart: 0,
    tempFilesCleanedAtStart: 0,
    staleRecoveries: 0,
    invalidRecoveries: 0,
    tornJournalLines: 0,
    childErrors: 0,
    journaledEdits: 0,
    killsDuringStartup: 0,
    delayMs: { min: minDelayMs, max: maxDelayMs },
    durationMs: 0,
    failures: [],
  };
  const keep = new Set<string>();
  const leftTemps = new Set<string>();
  const dirs: string[] = [];
  let { dataDir, id } = await newLibrary(childJs);
  dirs.push(dataDir);
  let floor = 0;

  for (let i = 1; i <= iterations; i++) {
    const fromSpawn = i % startupKillEvery === 0;
    const delay = Math.round(minDelayMs + rand() * (maxDelayMs - minDelayMs)) + (fromSpawn ? 80 : 0);
    const edit = await editAndKill(childJs, ['edit', dataDir, id, String(i)], delay, fromSpawn);
    const failed = (what: string) => {
      keep.add(dataDir);
      if (results.failures.length < 20) results.failures.push(`kill ${i} (${dataDir}): ${what}`);
    };
    if (edit.killed) results.kills++;
    else {
      results.childErrors++;
      failed(`the child stopped by itself: ${edit.stderr.trim().slice(0, 500)}`);
    }
    if (edit.journaled === 0 && fromSpawn) results.killsDuringStartup++;
    results.journaledEdits += edit.journaled;
    if (edit.lastJournaled !== null) floor = Math.max(floor, edit.lastJournaled);

    const check = await runChild(childJs, ['check', dataDir, id]);
    let report: CheckReport;
    try {
      report = JSON.parse(check.stdout) as CheckReport;
    } catch {
      results.childErrors++;
      failed(`the next start failed: ${check.stderr.trim().slice(0, 500)}`);
      ({ dataDir, id } = await newLibrary(childJs));
      dirs.push(dataDir);
      floor = 0;
      continue;
    }
    results.tempFilesCleanedAtStart += report.tempFilesBeforeStart.filter(
      (t) => !report.tempFilesAfterStart.includes(t),
    ).length;
    const newTemps = report.tempFilesAfterStart.map((t) => join(dataDir, t)).filter((t) => !leftTemps.has(t));
    for (const temp of newTemps) leftTemps.add(temp);
    results.tempFilesLeftAfterStart = leftTemps.size;
    if (newTemps.length) failed(`temp files left after start: ${newTemps.join(', ')}`);
    results.unreadableProjectFiles += report.problems.length;
    if (report.problems.length) failed(`unreadable project: ${report.problems.map((p) => p.reason).join(' | ')}`);
    results.unreadableBackupFiles += report.backupsUnreadable.length;
    if (report.backupsUnreadable.length) failed(`unreadable backups: ${report.backupsUnreadable.join(', ')}`);
    if (!report.libraryJsonReadable || report.libraryQuarantined) {
      results.unreadableLibraryFiles++;
      failed('library.json unreadable');
    }
    results.tornJournalLines += report.journalSkipped;
    if (report.counter === null) {
      results.invalidRecoveries++;
      failed(`recovered document invalid: ${report.recoveredErrors.slice(0, 3).join(' | ')}`);
    } else if (report.counter < floor) {
      results.staleRecoveries++;
      failed(`recovered edit ${report.counter}, but edit ${floor} had reached the journal`);
    }
    if (report.counter === null || report.problems.length) {
      // This folder cannot be edited further: go on in a fresh one.
      ({ dataDir, id } = await newLibrary(childJs));
      dirs.push(dataDir);
      floor = 0;
    } else floor = Math.max(floor, report.counter);
    options.progress?.(
      `kill ${i}/${iterations}: +${delay} ms${fromSpawn ? ' from spawn' : ''}, journaled ${edit.journaled}, recovered ${report.counter}`,
    );
  }
  for (const dir of dirs)
    if (!options.keepFailedDirs || !keep.has(dir)) await rm(dir, { recursive: true, force: true });
  results.durationMs = Date.now() - started;
  return results;
}
