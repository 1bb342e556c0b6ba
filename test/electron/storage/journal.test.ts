// @vitest-environment node
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJournal, readJournal } from '../../../electron/storage/journal';
import type { JournalEntry } from '../../../shared/ipc';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

const entry = (at: string, value: string): JournalEntry => ({
  at,
  patches: [{ op: 'replace', path: ['name'], value }],
});

describe('recovery journal', () => {
  it('returns appended edits in order, one JSON line each', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [entry('t1', 'A')]);
    await library.appendJournal(project.id, [entry('t2', 'B'), entry('t3', 'C')]);
    const contents = await library.readJournal(project.id);
    expect(contents).toEqual({ entries: [entry('t1', 'A'), entry('t2', 'B'), entry('t3', 'C')], skipped: 0 });
    const lines = (await readFile(join(dir, 'projects', `${project.id}.journal`), 'utf8')).split('\n');
    expect(lines).toHaveLength(4); // three lines and the final newline
  });

  it('skips a line torn by a crash and counts it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, [entry('t1', 'A')]);
    await appendFile(file, '{"at":"t2","patches":[{"op":"rep');
    expect(await readJournal(file)).toEqual({ entries: [entry('t1', 'A')], skipped: 1 });
  });

  it('is flagged in the listing until a save empties it', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    expect((await library.list()).projects[0]?.hasRecovery).toBeUndefined();
    await library.appendJournal(project.id, [entry('t1', 'Renamed')]);
    expect((await library.list()).projects[0]?.hasRecovery).toBe(true);
    await library.save({ ...project, name: 'Renamed' });
    expect((await library.list()).projects[0]?.hasRecovery).toBeUndefined();
    expect(await library.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
  });

  it('keeps an edit appended after a save was queued', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    const saved = library.save(project);
    const appended = library.appendJournal(project.id, [entry('t9', 'After save')]);
    await Promise.all([saved, appended]);
    expect((await library.readJournal(project.id)).entries).toEqual([entry('t9', 'After save')]);
  });

  it('can be discarded', async () => {
    const library = makeLibrary(await tempDir());
    const project = await library.create('Checkout', 'blank');
    await library.appendJournal(project.id, [entry('t1', 'A')]);
    await library.discardJournal(project.id);
    expect(await library.readJournal(project.id)).toEqual({ entries: [], skipped: 0 });
  });

  it('refuses to grow past its size cap', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, [entry('t1', 'A')], 200);
    await expect(appendJournal(file, [entry('t2', 'x'.repeat(300))], 200)).rejects.toThrow(/journal is full/);
    expect((await readJournal(file)).entries).toHaveLength(1);
  });
});
