// @vitest-environment node
/**
 * Crash safety of the library. A short version of `npm run reliability` (20 SIGKILLs
 * instead of 300) plus the two crash states that random kills hit only sometimes,
 * set up exactly: a save killed between replacing the file and emptying the journal,
 * and an append torn by a crash.
 */
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { journalPath } from '../../electron/storage/layout';
import { folderTrash } from '../support/trash';
import { defaultStep, parseProject } from '../../shared/model';
import type { Project } from '../../shared/model';
import { runKillTest } from './killTest';

enablePatches();

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshLibrary() {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-crash-'));
  made.push(dataDir);
  return { dataDir, ...start(dataDir) };
}

/** A new library over the folder, as after a restart. */
function start(dataDir: string) {
  return createServices({ dataDir, trash: folderTrash(join(dataDir, '.trash')), log: () => undefined });
}

/** What recovery gives back: the saved file with the journal replayed on top. */
async function recovered(dataDir: string, id: string): Promise<Project> {
  const { library } = start(dataDir);
  await library.list();
  let doc = await library.open(id);
  for (const entry of (await library.readJournal(id)).entries) doc = applyPatches(doc, entry.patches as Patch[]);
  return doc;
}

function addStep(doc: Project, n: number): [Project, Patch[]] {
  const [next, patches] = produceWithPatches(doc, (draft) => {
    draft.steps.push(defaultStep({ id: `added-${n}`, stageId: draft.stages[0].id, title: `Added ${n}` }));
  });
  return [next, patches];
}

/** Drop the fields a save stamps, to compare documents by content. */
const content = ({ updatedAt: _u, writtenBy: _w, ...rest }: Project) => rest;

describe('a crash at the worst moment', () => {
  it('a save killed after replacing the file, before emptying the journal, does not replay edits twice', async () => {
    const { dataDir, library } = await freshLibrary();
    const project = await library.create('Crash', 'blank');
    const [edited, patches] = addStep(project, 1);
    await library.appendJournal(project.id, [{ at: new Date().toISOString(), patches }]);
    const journal = journalPath(library.layout, project.id);
    const journalBytes = await readFile(journal);
    await library.save(edited);
    // The crash state: the new file is in place, the journal still holds the edit it contains.
    await writeFile(journal, journalBytes);

    const doc = await recovered(dataDir, project.id);
    const parsed = parseProject(doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(content(doc)).toEqual(content(edited));
  });

  it('an append torn by a crash does not swallow the next edit', async () => {
    const { dataDir, library } = await freshLibrary();
    const project = await library.create('Torn', 'blank');
    const [first, firstPatches] = addStep(project, 1);
    await library.appendJournal(project.id, [{ at: new Date().toISOString(), patches: firstPatches }]);
    // A crash (or power loss) mid-append leaves half a line without its newline.
    await appendFile(journalPath(library.layout, project.id), '{"at":"2026-01-01T00:00:00.000Z","patches":[{"op":"ad');

    const { library: restarted } = start(dataDir);
    await restarted.list();
    const [second, secondPatches] = addStep(first, 2);
    await restarted.appendJournal(project.id, [{ at: new Date().toISOString(), patches: secondPatches }]);

    expect(content(await recovered(dataDir, project.id))).toEqual(content(second));
  });
});

describe('SIGKILL during writes', () => {
  it('20 kills: no unreadable file, no temp file left, no recovery older than the journal', async () => {
    const results = await runKillTest({
      iterations: 20,
      outDir: join(process.cwd(), 'out/reliability/child-test'),
      seed: 7,
    });
    expect(results.failures).toEqual([]);
    expect(results).toMatchObject({
      kills: 20,
      unreadableProjectFiles: 0,
      unreadableBackupFiles: 0,
      unreadableLibraryFiles: 0,
      tempFilesLeftAfterStart: 0,
      staleRecoveries: 0,
      invalidRecoveries: 0,
      childErrors: 0,
    });
    // The kills landed while work was going on, not on an idle process.
    expect(results.journaledEdits).toBeGreaterThan(20);
  }, 120_000);
});
