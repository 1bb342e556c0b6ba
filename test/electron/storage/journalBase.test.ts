// @vitest-environment node
/**
 * The journal records which saved file its edits build on, so a crash between a save
 * replacing the file and emptying the journal never replays those edits a second time,
 * and edits made on a version someone else replaced are never replayed on theirs.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/ipc';
import type { ProjectLibrary } from '../../../electron/storage/library';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

const rename = (at: string, value: string): JournalEntry => ({
  at,
  patches: [{ op: 'replace', path: ['name'], value }],
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const journalOf = (dir: string, id: string) => join(dir, 'projects', `${id}.journal`);

/** The header line of the journal, parsed. */
async function headerOf(dir: string, id: string): Promise<unknown> {
  return JSON.parse((await readFile(journalOf(dir, id), 'utf8')).split('\n')[0]);
}

/**
 * The state a kill leaves when it lands after the save replaced the file but before the
 * journal was emptied: the new file, and the journal exactly as it was before the save.
 */
async function saveCutShort(library: ProjectLibrary, dir: string, save: () => Promise<unknown>, id: string) {
  const journal = await readFile(journalOf(dir, id));
  await save();
  await writeFile(journalOf(dir, id), journal);
  await library.flush();
}

describe('a journal builds on one saved file', () => {
  it('is not replayed after a save that was cut short before emptying it', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'Renamed')]);
    await saveCutShort(library, dir, () => library.save({ ...project, name: 'Renamed' }), project.id);

    const restarted = makeLibrary(dir);
    expect((await restarted.list()).projects[0]).not.toHaveProperty('hasRecovery');
    expect((await restarted.open(project.id)).name).toBe('Renamed');
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
    // Its edits are in the file: the journal is gone, not set aside.
    expect(await readdir(join(dir, 'projects'))).toEqual([`${project.id}.touchmap`]);
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
  });

  it('is not replayed when the kill also kept the index from learning of the new file', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'Renamed')]);
    const index = await readFile(join(dir, 'library.json'));
    await saveCutShort(library, dir, () => library.save({ ...project, name: 'Renamed' }), project.id);
    await writeFile(join(dir, 'library.json'), index);

    const restarted = makeLibrary(dir);
    expect((await restarted.list()).projects[0]).toMatchObject({ name: 'Renamed' });
    expect((await restarted.list()).projects[0]).not.toHaveProperty('hasRecovery');
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
  });

  it('is replayed after a crash when the file is still the one it builds on', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'A')]);
    await library.appendJournal(project.id, [rename('t2', 'B')]);

    const restarted = makeLibrary(dir);
    expect((await restarted.list()).projects[0]?.hasRecovery).toBe(true);
    expect(await restarted.readJournal(project.id)).toEqual({
      entries: [rename('t1', 'A'), rename('t2', 'B')],
      skipped: 0,
    });
  });

  it('starts a new journal for the next edit after a save cut short, building on the new file', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'A')]);
    await saveCutShort(library, dir, () => library.save({ ...project, name: 'A' }), project.id);

    await library.appendJournal(project.id, [rename('t2', 'B')]);
    expect(await library.readJournal(project.id)).toEqual({ entries: [rename('t2', 'B')], skipped: 0 });
    const saved = await readFile(join(dir, 'projects', `${project.id}.touchmap`));
    expect(await headerOf(dir, project.id)).toEqual({ base: sha256(saved) });
  });

  it('sets aside a journal whose header was torn by a crash, and goes on journalling', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await writeFile(journalOf(dir, project.id), '{"base":"3fa9');

    await library.appendJournal(project.id, [rename('t1', 'A')]);
    expect(await library.readJournal(project.id)).toEqual({ entries: [rename('t1', 'A')], skipped: 0 });
    const quarantined = (await readdir(join(dir, 'quarantine'))).filter((name) => name.endsWith('.journal'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(join(dir, 'quarantine', quarantined[0]), 'utf8')).toBe('{"base":"3fa9');
  });

  it('keeps the journal, and replays nothing, while the project file is missing', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'A')]);
    const file = join(dir, 'projects', `${project.id}.touchmap`);
    const bytes = await readFile(file);
    await unlink(file); // a file on a drive that is not there right now

    expect(await library.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
    await writeFile(file, bytes);
    expect(await library.readJournal(project.id)).toEqual({ entries: [rename('t1', 'A')], skipped: 0 });
  });
});

describe('a journal of a project living outside the library', () => {
  it('is not replayed after a save that was cut short before emptying it', async () => {
    const dir = await tempDir();
    const file = join(await tempDir(), 'Checkout.touchmap');
    const library = makeLibrary(dir);
    const { project } = await library.saveAs(await library.create('Checkout', 'blank'), file);
    await library.appendJournal(project.id, [rename('t1', 'Renamed')]);
    expect(await headerOf(dir, project.id)).toEqual({ base: sha256(await readFile(file)) });
    await saveCutShort(library, dir, () => library.save({ ...project, name: 'Renamed' }), project.id);

    const restarted = makeLibrary(dir);
    expect((await restarted.openFile(file)).name).toBe('Renamed');
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
  });

  it('is replayed after a crash when the file is still the one it builds on', async () => {
    const dir = await tempDir();
    const file = join(await tempDir(), 'Checkout.touchmap');
    const library = makeLibrary(dir);
    const { project } = await library.saveAs(await library.create('Checkout', 'blank'), file);
    await library.appendJournal(project.id, [rename('t1', 'A')]);

    const restarted = makeLibrary(dir);
    await restarted.openFile(file);
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [rename('t1', 'A')], skipped: 0 });
  });

  it('is set aside, reported stale and never replayed when another program replaced the file', async () => {
    const dir = await tempDir();
    const file = join(await tempDir(), 'Checkout.touchmap');
    const library = makeLibrary(dir);
    const { project } = await library.saveAs(await library.create('Checkout', 'blank'), file);
    await library.appendJournal(project.id, [rename('t1', 'Mine')]);
    const journal = await readFile(journalOf(dir, project.id), 'utf8');
    // A colleague saves their own version over it while Touchmap is not running.
    const theirs = { ...(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>), name: 'Theirs' };
    await writeFile(file, JSON.stringify(theirs));

    const restarted = makeLibrary(dir);
    expect((await restarted.openFile(file)).name).toBe('Theirs');
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [], skipped: 0, stale: true });
    // Their file is untouched; my edits are kept in the quarantine folder, with a note saying why.
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(theirs);
    const quarantined = await readdir(join(dir, 'quarantine'));
    const kept = quarantined.find((name) => name.endsWith('.journal'));
    expect(kept && (await readFile(join(dir, 'quarantine', kept), 'utf8'))).toBe(journal);
    expect(quarantined).toContain(`${kept}.reason.txt`);
    expect(await restarted.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
  });
});
