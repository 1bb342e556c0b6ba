/**
 * The process the kill test murders. Built once by killTest.ts (vite, SSR) and run
 * with plain Node over the real storage modules, the real electron-store and real files.
 *
 *   node child.js init  <dataDir>                  create the project, print "id <id>"
 *   node child.js edit  <dataDir> <id> <seed>      recover, then edit, journal and save until killed
 *   node child.js check <dataDir> <id>             start a fresh library and report what a user would get
 *
 * The edit loop prints "journaled N" only after the append of edit N has resolved,
 * so the parent knows the newest edit that reached the journal when it kills.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { createServices } from '../../electron/handlers';
import { folderTrash } from '../support/trash';
import { deserializeProject } from '../../shared/formats/touchmapFile';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model/types';

enablePatches();

/** Temp names of our atomic writes (`.<name>.<12 hex>.tmp`) and of electron-store's (`<name>.tmp-<16>`). */
const TEMP_FILE = /(^\..+\.[0-9a-f]{12}\.tmp$)|(\.tmp-\d{10}[0-9a-f]{6}$)/;

/** Edits added steps up to this many, then recycles the oldest, so files stay a realistic size. */
const MAX_ADDED_STEPS = 300;

export interface CheckReport {
  problems: { id: string; reason: string }[];
  libraryJsonReadable: boolean;
  libraryQuarantined: boolean;
  tempFilesBeforeStart: string[];
  tempFilesAfterStart: string[];
  backupsUnreadable: string[];
  journalEntries: number;
  journalSkipped: number;
  /** The counter of the recovered document (saved file + journal replayed), null if it could not be recovered. */
  counter: number | null;
  recoveredErrors: string[];
}

function services(dataDir: string) {
  return createServices({ dataDir, trash: folderTrash(join(dataDir, '.trash')), log: () => undefined });
}

/** Which edit a document holds: every edit writes its number into the description. */
function counterOf(project: Pick<Project, 'description'>): number {
  const match = /^counter (\d+)$/.exec(project.description);
  return match ? Number(match[1]) : 0;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One edit: always the counter, plus a title change or an added (or recycled) step. */
function edit(draft: Project, n: number, rand: () => number): void {
  draft.description = `counter ${n}`;
  const added = draft.steps.filter((s) => s.id.startsWith('k'));
  if (n % 3 === 0) {
    if (added.length >= MAX_ADDED_STEPS) draft.steps.splice(draft.steps.indexOf(added[0]), 1);
    draft.steps.push({
      id: `k${n}`,
      stageId: draft.stages[n % draft.stages.length].id,
      title: `Step added by edit ${n}`,
      description: 'x'.repeat(Math.floor(rand() * 400)),
      kind: 'step',
      position: { x: (n * 37) % 900, y: (n * 53) % 600 },
    });
  } else {
    draft.steps[Math.floor(rand() * draft.steps.length)].title = `Title from edit ${n}`;
  }
}

/** The saved file plus its journal, replayed: what recovery gives the user. */
async function recover(library: ReturnType<typeof services>['library'], id: string) {
  const saved = await library.open(id);
  const journal = await library.readJournal(id);
  let doc = saved;
  for (const entry of journal.entries) doc = applyPatches(doc, entry.patches as Parameters<typeof applyPatches>[1]);
  return { doc, journal };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function init(dataDir: string): Promise<void> {
  const { library } = services(dataDir);
  const project = await library.create('Kill test', 'supermarket');
  await library.save({ ...project, description: 'counter 0' });
  await library.flush();
  process.stdout.write(`id ${project.id}\n`);
}

async function editUntilKilled(dataDir: string, id: string, seed: number): Promise<never> {
  const rand = random(seed);
  const { library } = services(dataDir);
  await library.list();
  let { doc } = await recover(library, id);
  let n = counterOf(doc);
  process.stdout.write(`ready ${n}\n`);
  for (;;) {
    n++;
    const [next, patches] = produceWithPatches(doc, (draft) => edit(draft, n, rand));
    doc = next;
    await library.appendJournal(id, [{ at: new Date().toISOString(), patches }]);
    // Synchronous on a pipe: once written, the parent has it even if we die on the next line.
    process.stdout.write(`journaled ${n}\n`);
    const roll = rand();
    if (roll < 0.15) await library.save(doc);
    else if (roll < 0.3)
      void library.save(doc).catch((error: unknown) => process.stderr.write(`save failed: ${String(error)}\n`));
    if (rand() < 0.1) {
      library.updateSettings({
        exportDefaults: {
          format: (['png', 'svg', 'pdf'] as const)[n % 3],
          scale: 1 + (n % 4),
          background: rand() < 0.5 ? 'transparent' : 'white',
          includeTitle: true,
          includeLegend: rand() < 0.5,
          includeDate: true,
          paper: 'A4',
        },
      });
    }
    if (rand() < 0.05)
      library.store.setWindowState({ x: n % 500, y: 10, width: 800 + (n % 400), height: 600, maximized: false });
  }
}

async function check(dataDir: string, id: string): Promise<CheckReport> {
  const temps = async () =>
    (await walk(dataDir)).filter((p) => TEMP_FILE.test(basename(p))).map((p) => relative(dataDir, p));
  const tempFilesBeforeStart = await temps();
  const { library } = services(dataDir);
  const listing = await library.list();
  const report: CheckReport = {
    problems: listing.problems.map(({ id: problemId, reason }) => ({ id: problemId, reason })),
    libraryJsonReadable: await readFile(join(dataDir, 'library.json'), 'utf8').then(
      (text) => (JSON.parse(text), true),
      () => false,
    ),
    libraryQuarantined: library.store.quarantinedIndex !== null,
    tempFilesBeforeStart,
    tempFilesAfterStart: await temps(),
    backupsUnreadable: [],
    journalEntries: 0,
    journalSkipped: 0,
    counter: null,
    recoveredErrors: [],
  };
  for (const backup of await library.listBackups(id).catch(() => [])) {
    const text = await readFile(join(dataDir, 'backups', id, backup.name), 'utf8');
    if (!deserializeProject(text).ok) report.backupsUnreadable.push(backup.name);
  }
  try {
    const { doc, journal } = await recover(library, id);
    report.journalEntries = journal.entries.length;
    report.journalSkipped = journal.skipped;
    const parsed = parseProject(JSON.parse(JSON.stringify(doc)));
    if (parsed.ok) report.counter = counterOf(parsed.project);
    else report.recoveredErrors = parsed.problems.map((p) => JSON.stringify(p));
  } catch (error) {
    report.recoveredErrors = [error instanceof Error ? error.message : String(error)];
  }
  return report;
}

async function main(): Promise<void> {
  const [mode, dataDir, id, seed] = process.argv.slice(2);
  if (mode === 'init') return init(dataDir);
  if (mode === 'edit') return editUntilKilled(dataDir, id, Number(seed));
  if (mode === 'check') {
    process.stdout.write(`${JSON.stringify(await check(dataDir, id))}\n`);
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
