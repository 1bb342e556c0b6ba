// @vitest-environment node
import { createHash } from 'node:crypto';
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

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

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
    expect(lines).toHaveLength(5); // the header, three edits and the final newline
    // The header names the saved file the edits build on, by the hash of its bytes.
    const saved = await readFile(join(dir, 'projects', `${project.id}.touchmap`));
    expect(JSON.parse(lines[0])).toEqual({ base: sha256(saved) });
    expect(lines.slice(1, 4).map((line) => JSON.parse(line) as unknown)).toEqual([
      entry('t1', 'A'),
      entry('t2', 'B'),
      entry('t3', 'C'),
    ]);
  });

  it('skips a line torn by a crash and counts it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, 'base-1', [entry('t1', 'A')]);
    await appendFile(file, '{"at":"t2","patches":[{"op":"rep');
    expect(await readJournal(file)).toEqual({ base: 'base-1', entries: [entry('t1', 'A')], skipped: 1 });
  });

  it('ends a torn line before appending, so the next edit is not glued onto it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, 'base-1', [entry('t1', 'A')]);
    await appendFile(file, '{"at":"t2","patches":[{"op":"rep');
    await appendJournal(file, 'base-1', [entry('t3', 'C')]);
    expect(await readJournal(file)).toEqual({
      base: 'base-1',
      entries: [entry('t1', 'A'), entry('t3', 'C')],
      skipped: 1,
    });
    const text = await readFile(file, 'utf8');
    expect(text.endsWith(`{"at":"t2","patches":[{"op":"rep\n${JSON.stringify(entry('t3', 'C'))}\n`)).toBe(true);
  });

  it('does not add a blank line when the last line is whole', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, 'base-1', [entry('t1', 'A')]);
    await appendJournal(file, 'base-1', [entry('t2', 'B')]);
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines).toEqual([
      JSON.stringify({ base: 'base-1' }),
      JSON.stringify(entry('t1', 'A')),
      JSON.stringify(entry('t2', 'B')),
      '',
    ]);
  });

  it('refuses to append to a journal that builds on another file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.journal');
    await appendJournal(file, 'base-1', [entry('t1', 'A')]);
    await expect(appendJournal(file, 'base-2', [entry('t2', 'B')])).rejects.toThrow(/another version/);
    expect(await readJournal(file)).toEqual({ base: 'base-1', entries: [entry('t1', 'A')], skipped: 0 });
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
    // The new journal builds on the file that save wrote.
    const header = (await readFile(join(dir, 'projects', `${project.id}.journal`), 'utf8')).split('\n')[0];
    expect(JSON.parse(header)).toEqual({
      base: sha256(await readFile(join(dir, 'projects', `${project.id}.touchmap`))),
    });
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
    await appendJournal(file, 'base-1', [entry('t1', 'A')], 200);
    await expect(appendJournal(file, 'base-1', [entry('t2', 'x'.repeat(300))], 200)).rejects.toThrow(/journal is full/);
    expect((await readJournal(file))?.entries).toHaveLength(1);
  });
});
