// @vitest-environment node
/**
 * Appends do not wait for a save in flight, and the edits appended while it runs (not in the
 * document it writes) outlive it: in the journal of the new file once it is written, and after
 * a crash at any point of the save (the journal's marks say which edits build on which file).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutLine, journalHeader, savedLine } from '../../../electron/storage/journal';
import type { JournalEntry } from '../../../shared/ipc';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

const rename = (at: string, value: string): JournalEntry => ({
  at,
  patches: [{ op: 'replace', path: ['name'], value }],
});
const line = (entry: JournalEntry) => `${JSON.stringify(entry)}\n`;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const journalOf = (dir: string, id: string) => join(dir, 'projects', `${id}.journal`);
const fileOf = (dir: string, id: string) => join(dir, 'projects', `${id}.touchmap`);

describe('the journal while a save is in flight', () => {
  it('takes an append at once while the save is still being prepared, and keeps it through the save', async () => {
    const dir = await tempDir();
    // A save worker that answers nothing and stops after a while: the save waits, then is prepared in-process.
    const stalling = join(dir, 'stalling-worker.mjs');
    await writeFile(
      stalling,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => setTimeout(() => process.exit(1), 8000));\n",
    );
    const library = makeLibrary(dir, { saveWorker: stalling });
    const project = await library.create('Onboarding', 'blank');
    let saveSettled = false;
    const saving = library.save({ ...project, name: 'Saved' }).finally(() => (saveSettled = true));
    await library.appendJournal(project.id, [rename('t1', 'During the save')]);
    expect(saveSettled).toBe(false);
    expect((await readFile(journalOf(dir, project.id), 'utf8')).split('\n')[1]).toBe(
      JSON.stringify(rename('t1', 'During the save')),
    );
    await saving;
    // Made after the save was asked for, so not in its document: the journal of the new file.
    expect((await library.readJournal(project.id)).entries).toEqual([rename('t1', 'During the save')]);
    await library.flush();
  }, 30_000);

  it('keeps the edits appended after the save was asked for as the journal of the new file', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Onboarding', 'blank');
    await library.appendJournal(project.id, [rename('t1', 'Saved')]);
    const saving = library.save({ ...project, name: 'Saved' });
    const appended = library.appendJournal(project.id, [rename('t2', 'After the save')]);
    await Promise.all([saving, appended]);
    const file = await readFile(fileOf(dir, project.id));
    expect(JSON.parse(file.toString('utf8')).name).toBe('Saved');
    expect(await library.readJournal(project.id)).toEqual({ entries: [rename('t2', 'After the save')], skipped: 0 });
    expect(JSON.parse((await readFile(journalOf(dir, project.id), 'utf8')).split('\n')[0])).toEqual({
      base: sha256(file),
    });
    await library.flush();
  });

  it('after a crash once the file was replaced, replays only the edits after the save’s cut', async () => {
    const dir = await tempDir();
    const first = makeLibrary(dir);
    const project = await first.create('Onboarding', 'blank');
    const before = sha256(await readFile(fileOf(dir, project.id)));
    await first.save({ ...project, name: 'Saved' });
    await first.flush();
    const after = sha256(await readFile(fileOf(dir, project.id)));
    // The journal as a kill leaves it between the rename and the journal's rewrite.
    await writeFile(
      journalOf(dir, project.id),
      journalHeader(before) +
        line(rename('t1', 'Saved')) +
        cutLine('c1') +
        line(rename('t2', 'After the save')) +
        savedLine(after, 'c1') +
        line(rename('t3', 'Later still')),
    );
    const restarted = makeLibrary(dir);
    const listed = (await restarted.list()).projects.find((p) => p.id === project.id);
    expect(listed?.hasRecovery).toBe(true);
    expect(await restarted.readJournal(project.id)).toEqual({
      entries: [rename('t2', 'After the save'), rename('t3', 'Later still')],
      skipped: 0,
    });
    await restarted.appendJournal(project.id, [rename('t4', 'After the restart')]);
    expect((await restarted.readJournal(project.id)).entries).toEqual([
      rename('t2', 'After the save'),
      rename('t3', 'Later still'),
      rename('t4', 'After the restart'),
    ]);
    await restarted.flush();
  });

  it('after a crash before the file was replaced, replays every edit on the old file', async () => {
    const dir = await tempDir();
    const first = makeLibrary(dir);
    const project = await first.create('Onboarding', 'blank');
    await first.flush();
    const current = sha256(await readFile(fileOf(dir, project.id)));
    await writeFile(
      journalOf(dir, project.id),
      journalHeader(current) +
        line(rename('t1', 'Saved')) +
        cutLine('c1') +
        line(rename('t2', 'After the save')) +
        savedLine('0'.repeat(64), 'c1'),
    );
    const restarted = makeLibrary(dir);
    expect(await restarted.readJournal(project.id)).toEqual({
      entries: [rename('t1', 'Saved'), rename('t2', 'After the save')],
      skipped: 0,
    });
    await restarted.flush();
  });
});
