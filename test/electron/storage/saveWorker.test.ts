import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../electron/storage/fingerprint';
import { journalPath, projectPath } from '../../../electron/storage/layout';
import { readProjectFile } from '../../../electron/storage/projectFiles';
import { makeLibrary } from './fixtures';
import { buildSaveWorker } from './saveWorkerBuild';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();
let worker = '';

beforeAll(async () => {
  worker = await buildSaveWorker();
}, 180_000);

describe('saves prepared in the save worker', () => {
  it('writes the checked, stamped document and records its hash in the index', async () => {
    const dataDir = await tempDir();
    const library = makeLibrary(dataDir, { saveWorker: worker });
    const project = await library.create('Onboarding', 'blank');
    await library.appendJournal(project.id, [
      { at: '2025-03-01T10:00:00.000Z', patches: [{ op: 'replace', path: ['name'], value: 'Renamed' }] },
    ]);
    const { savedAt } = await library.save({ ...project, name: 'Renamed' });
    const file = projectPath(library.layout, project.id);
    const read = await readProjectFile(file);
    expect(read.ok && read.project.name).toBe('Renamed');
    expect(read.ok && read.project.updatedAt).toBe(savedAt);
    expect(library.store.get(project.id)?.sha256).toBe(sha256(await readFile(file)));
    expect(library.store.get(project.id)?.name).toBe('Renamed');
    // The save holds the journal's edits: the journal is gone.
    await expect(readFile(journalPath(library.layout, project.id))).rejects.toThrow();
    await library.flush();
  });

  it('refuses a document that does not pass the model’s checks and leaves the file as it was', async () => {
    const dataDir = await tempDir();
    const library = makeLibrary(dataDir, { saveWorker: worker });
    const project = await library.create('Onboarding', 'blank');
    const file = projectPath(library.layout, project.id);
    const before = await readFile(file);
    await expect(library.save({ ...project, steps: 'not a list' })).rejects.toThrow(/^The project was not saved: /);
    expect(await readFile(file)).toEqual(before);
    await library.flush();
  });

  it('prepares the save in main’s thread when the worker dies, so the save still succeeds', async () => {
    const dataDir = await tempDir();
    const dying = join(dataDir, 'dying-worker.mjs');
    await writeFile(dying, 'process.exit(3);\n');
    const logged: string[] = [];
    const library = makeLibrary(dataDir, { saveWorker: dying, log: (message) => logged.push(message) });
    const project = await library.create('Onboarding', 'blank');
    const file = projectPath(library.layout, project.id);
    await library.save({ ...project, name: 'Saved anyway' });
    const read = await readProjectFile(file);
    expect(read.ok && read.project.name).toBe('Saved anyway');
    expect(logged.some((message) => message.includes('save worker failed'))).toBe(true);
    await library.save({ ...project, name: 'Saved again' });
    const again = await readProjectFile(file);
    expect(again.ok && again.project.name).toBe('Saved again');
    await library.flush();
  });
});
