// @vitest-environment node
/**
 * Projects that live outside the library folder: opened from a path, saved as
 * elsewhere, conflicts with changes made on disk by someone else, imports of
 * dropped content, and the recent-files list. Real temp files throughout.
 */
import { open, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../../electron/storage/layout';
import { serializeProject } from '../../../shared/formats/touchmapFile';
import { blankProject, defaultMoment, defaultStep } from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

/** The error a call fails with; a call that succeeds fails the test. */
function failureOf(work: Promise<unknown>): Promise<LibraryError> {
  return work.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as LibraryError,
  );
}

function withStep(project: Project, title: string): Project {
  const step = defaultStep({ id: `s-${project.steps.length + 1}`, stageId: project.stages[0]!.id, title });
  return { ...project, steps: [...project.steps, step] };
}

/** A valid project file written by "someone else", outside any library. */
async function outsideFile(dir: string, name: string, project: Project): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeProject(project));
  return path;
}

function foreignProject(id = 'from-a-colleague', name = 'Hotel check-in'): Project {
  const base = blankProject({ id, name, now: '2025-01-01T00:00:00.000Z' });
  return withStep({ ...base, stages: [{ id: 'st-1', name: 'Arrive' }] }, 'Reception');
}

/** Every file under `dir` with its bytes, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'hex');
  }
  return out;
}

describe('opening a file from outside the library', () => {
  it('opens it, and the project lives at that path: listed, reopened from the same entry, saved there', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const file = await outsideFile(outside, 'hotel.touchmap', foreignProject());

    const opened = await library.openFile(file);
    expect(opened.id).toBe('from-a-colleague');
    expect(opened.steps.map((s) => s.title)).toEqual(['Reception']);
    const listing = await library.list();
    expect(listing.projects).toEqual([expect.objectContaining({ id: opened.id, name: 'Hotel check-in', file })]);
    // Nothing was copied into the projects folder.
    expect(await readdir(join(dataDir, 'projects'))).toEqual([]);

    // Opening the same path again reuses the entry.
    const again = await library.openFile(file);
    expect(again.id).toBe(opened.id);
    expect((await library.list()).projects).toHaveLength(1);

    // A save goes to the external file, pretty and key-sorted, and the old version is kept as a backup.
    const before = await readFile(file, 'utf8');
    const { savedAt } = await library.save(withStep(opened, 'Key card'));
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text).steps.map((s: { title: string }) => s.title)).toEqual(['Reception', 'Key card']);
    expect(text).toBe(
      serializeProject({ ...withStep(opened, 'Key card'), updatedAt: savedAt, writtenBy: JSON.parse(text).writtenBy }),
    );
    const backups = await library.listBackups(opened.id);
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dataDir, 'backups', opened.id, backups[0]!.name), 'utf8')).toBe(before);
    expect(await readdir(join(dataDir, 'projects'))).toEqual([]);
    expect((await library.open(opened.id)).steps).toHaveLength(2);
  });

  it('survives a restart: the start-up scan leaves the external entry alone and reopening reads the file', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const file = await outsideFile(outside, 'hotel.touchmap', foreignProject());
    const first = makeLibrary(dataDir);
    const opened = await first.openFile(file);
    await first.flush();

    const restarted = makeLibrary(dataDir);
    const listing = await restarted.list();
    expect(listing.problems).toEqual([]);
    expect(listing.projects.map((p) => [p.id, p.file])).toEqual([[opened.id, file]]);
    expect((await restarted.open(opened.id)).name).toBe('Hotel check-in');
  });

  it('gives the entry a new id when the file carries the id of a project already in the library', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const mine = await library.create('Checkout', 'blank');
    const file = await outsideFile(outside, 'copy.touchmap', { ...foreignProject(mine.id), name: 'A copy' });
    const opened = await library.openFile(file);
    expect(opened.id).not.toBe(mine.id);
    expect(opened.name).toBe('A copy');
    expect((await library.open(mine.id)).name).toBe('Checkout');
    expect((await library.list()).projects.map((p) => p.name).sort()).toEqual(['A copy', 'Checkout']);
  });

  it('refuses a broken file with the step and field named, and changes nothing anywhere', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    await library.create('Checkout', 'blank');
    await library.flush();
    // A risk likelihood of 9 on a scale of 1-5, written by hand or by another tool.
    const doc = JSON.parse(serializeProject(foreignProject())) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
    };
    doc.steps[0]!.moment = { ...defaultMoment(), risk: { likelihood: 9, impact: 2, description: '', mitigation: '' } };
    const file = join(outside, 'broken.touchmap');
    await writeFile(file, JSON.stringify(doc, null, 2));
    const before = await snapshot(dataDir);
    const outsideBefore = await snapshot(outside);

    const failure = await failureOf(library.openFile(file));
    expect(failure).toBeInstanceOf(LibraryError);
    expect((failure as Error).message).toMatch(/^"broken\.touchmap" cannot be opened: .*Step 1 \("Reception"\)/);
    expect((failure as Error).message).toMatch(/risk likelihood: must be at most 5\./);
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['Checkout']);
    expect(await library.recent()).toEqual([]);
    expect(await snapshot(dataDir)).toEqual(before);
    // The user's file is left where it was, as it was: never quarantined.
    expect(await snapshot(outside)).toEqual(outsideBefore);
  });

  it('checks the size before reading: a 60 MB sparse file is refused with the sizes in the message', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const file = join(outside, 'huge.touchmap');
    const handle = await open(file, 'w');
    await handle.truncate(60 * 1024 * 1024);
    await handle.close();
    const failure = await failureOf(library.openFile(file));
    // Had it been read, the message would be about JSON (60 MB of zero bytes), not the size.
    expect(failure).toBeInstanceOf(LibraryError);
    expect((failure as Error).message).toBe(
      '"huge.touchmap" cannot be opened: The file is 60.0 MB; Touchmap opens project files up to 50.0 MB.',
    );
    expect((await library.list()).projects).toEqual([]);
  });

  it('says plainly when the file is not there', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const missing = join(outside, 'gone.touchmap');
    await expect(library.openFile(missing)).rejects.toThrow(
      `"gone.touchmap" cannot be opened: the file ${missing} is not there`,
    );
  });

  it('imports, rather than adopts, an unknown file inside its own data folder', async () => {
    const dataDir = await tempDir();
    const library = makeLibrary(dataDir);
    await library.init();
    const file = await outsideFile(dataDir, 'stray.touchmap', foreignProject('stray'));
    const opened = await library.openFile(file);
    expect(opened.id).toBe('proj-1');
    expect((await library.list()).projects.map((p) => p.file)).toEqual([join(dataDir, 'projects', 'proj-1.touchmap')]);
  });

  it('reports an external file deleted after opening without moving or forgetting anything', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const file = await outsideFile(outside, 'hotel.touchmap', foreignProject());
    const opened = await library.openFile(file);
    await rm(file);
    await expect(library.open(opened.id)).rejects.toThrow(
      /"Hotel check-in" cannot be opened: the file .* is not there/,
    );
    expect((await library.list()).projects.map((p) => p.id)).toEqual([opened.id]);
    expect(await readdir(join(dataDir, 'quarantine'))).toEqual([]);
    expect(await library.recent()).toEqual([expect.objectContaining({ path: file, missing: true })]);
  });
});

describe('deleting a project that lives outside the library', () => {
  it('forgets it and trashes Touchmap’s own copies, but leaves the user’s file where it is', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const created = await library.create('Checkout', 'blank');
    const target = join(outside, 'checkout.touchmap');
    await library.saveAs(created, target);
    await library.save({ ...created, description: 'A second version: the first becomes a backup' });
    const text = await readFile(target, 'utf8');
    expect(await library.listBackups(created.id)).toHaveLength(1);

    await library.delete(created.id);
    expect((await library.list()).projects).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe(text);
    // The old library copy and the backups went to the trash, not into oblivion.
    expect(await readdir(join(dataDir, 'projects'))).toEqual([]);
    expect((await readdir(join(dataDir, '.trash'))).length).toBe(2);
    // Nothing resurrects it at the next start.
    expect((await makeLibrary(dataDir).list()).projects).toEqual([]);
  });
});

describe('save as', () => {
  it('writes pretty, key-sorted JSON there and moves the project; the library copy stays as it was', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const created = await library.create('Checkout', 'blank');
    await library.flush();
    const internal = join(dataDir, 'projects', `${created.id}.touchmap`);
    const internalBefore = await readFile(internal, 'utf8');
    const target = join(outside, 'checkout.touchmap');

    const info = await library.saveAs(withStep(created, 'Pay'), target);
    expect(info.path).toBe(target);
    expect(info.project.id).toBe(created.id);
    const text = await readFile(target, 'utf8');
    expect(text).toBe(serializeProject(info.project));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"/);
    expect(JSON.parse(text).steps[0].title).toBe('Pay');

    expect(await readFile(internal, 'utf8')).toBe(internalBefore);
    expect((await library.list()).projects.map((p) => [p.id, p.file])).toEqual([[created.id, target]]);
    // Later saves go to the new place.
    await library.save(withStep(info.project, 'Receipt'));
    expect(JSON.parse(await readFile(target, 'utf8')).steps).toHaveLength(2);
    expect(await readFile(internal, 'utf8')).toBe(internalBefore);

    // A restart neither adopts the old copy a second time nor loses the new place.
    const restarted = makeLibrary(dataDir);
    const listing = await restarted.list();
    expect(listing.problems).toEqual([]);
    expect(listing.projects.map((p) => [p.id, p.file])).toEqual([[created.id, target]]);
    expect(await library.recent()).toEqual([
      expect.objectContaining({ path: target, name: 'Checkout', missing: false }),
    ]);
  });

  it('refuses a path inside its own data folder and a file where another project lives', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const a = await library.create('A', 'blank');
    const b = await library.create('B', 'blank');
    await expect(library.saveAs(a, join(dataDir, 'projects', 'x.touchmap'))).rejects.toThrow(/Touchmap’s own files/);
    const target = join(outside, 'b.touchmap');
    await library.saveAs(b, target);
    await expect(library.saveAs(a, target)).rejects.toThrow('That file is where the project "B" lives.');
    expect(JSON.parse(await readFile(target, 'utf8')).name).toBe('B');
  });

  it('keeps a file it replaces as a backup', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const created = await library.create('Checkout', 'blank');
    const target = join(outside, 'taken.touchmap');
    await writeFile(target, 'somebody else’s notes');
    await library.saveAs(created, target);
    const [backup] = await library.listBackups(created.id);
    expect(await readFile(join(dataDir, 'backups', created.id, backup!.name), 'utf8')).toBe('somebody else’s notes');
  });
});

describe('a file changed on disk since it was opened', () => {
  async function openedOutside() {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const file = await outsideFile(outside, 'hotel.touchmap', foreignProject());
    const project = await library.openFile(file);
    return { library, file, project };
  }

  it('is not overwritten by a save: the save is refused with code changed-on-disk', async () => {
    const { library, file, project } = await openedOutside();
    const theirs = serializeProject({ ...project, name: 'Edited by a colleague' });
    await writeFile(file, theirs);
    const failure = await failureOf(library.save(withStep(project, 'Mine')));
    expect(failure).toBeInstanceOf(LibraryError);
    expect(failure.code).toBe('changed-on-disk');
    expect(failure.message).toBe(
      `"Hotel check-in" was not saved: the file ${file} changed on disk since you opened it (another program or person may have edited it).`,
    );
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(await library.listBackups(project.id)).toEqual([]);
  });

  it('is overwritten when the user says so, their version kept as a backup', async () => {
    const { library, file, project } = await openedOutside();
    const theirs = serializeProject({ ...project, name: 'Edited by a colleague' });
    await writeFile(file, theirs);
    await library.save(withStep(project, 'Mine'), { overwrite: true });
    expect(JSON.parse(await readFile(file, 'utf8')).steps.map((s: { title: string }) => s.title)).toEqual([
      'Reception',
      'Mine',
    ]);
    const [backup] = await library.listBackups(project.id);
    expect(await readFile(join(library.layout.backups, project.id, backup!.name), 'utf8')).toBe(theirs);
    // Our own write is the new reference: the next save goes through without a question.
    await expect(library.save(project)).resolves.toHaveProperty('savedAt');
  });

  it('does not count a touched file with the same content as a change', async () => {
    const { library, file, project } = await openedOutside();
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    await expect(library.save(withStep(project, 'Mine'))).resolves.toHaveProperty('savedAt');
  });

  it('does not count our own saves as changes', async () => {
    const { library, file, project } = await openedOutside();
    await library.save(withStep(project, 'One'));
    await library.save(withStep(withStep(project, 'One'), 'Two'));
    expect(JSON.parse(await readFile(file, 'utf8')).steps).toHaveLength(3);
  });

  it('is read afresh on reopening, which becomes the new reference', async () => {
    const { library, file, project } = await openedOutside();
    await writeFile(file, serializeProject({ ...project, name: 'Edited by a colleague' }));
    const reopened = await library.openFile(file);
    expect(reopened.name).toBe('Edited by a colleague');
    await expect(library.save(withStep(reopened, 'Mine'))).resolves.toHaveProperty('savedAt');
  });
});

describe('importing content (a dropped file)', () => {
  it('adds a new library project, a copy with a new id, even for a project already in the library', async () => {
    const dataDir = await tempDir();
    const library = makeLibrary(dataDir);
    const mine = await library.create('Checkout', 'blank');
    const imported = await library.importText('checkout.touchmap', serializeProject(withStep(mine, 'Pay')));
    expect(imported.id).not.toBe(mine.id);
    expect(imported.steps.map((s) => s.title)).toEqual(['Pay']);
    expect((await library.open(mine.id)).steps).toEqual([]);
    const file = join(dataDir, 'projects', `${imported.id}.touchmap`);
    expect(JSON.parse(await readFile(file, 'utf8')).steps).toHaveLength(1);
  });

  it.each([
    ['notes.txt', '{}', '"notes.txt" is not a Touchmap project. Only .touchmap files can be opened.'],
    ['empty.touchmap', '', '"empty.touchmap" cannot be opened: The file is empty.'],
    ['cut.touchmap', '{"schemaVersion": 2, "na', /^"cut\.touchmap" cannot be opened: The file is not valid JSON/],
    [
      'flows.touchmap',
      JSON.stringify({ ...foreignProject(), flows: [{ id: 'f1', from: 's-1', to: 'ghost', label: '', kind: 'main' }] }),
      '"flows.touchmap" cannot be opened: Flow 1: leads to a step that does not exist ("ghost").',
    ],
  ])('refuses %s with a clear message and leaves the library unchanged', async (name, content, message) => {
    const dataDir = await tempDir();
    const library = makeLibrary(dataDir);
    await library.create('Checkout', 'blank');
    await library.flush();
    const before = await snapshot(dataDir);
    const failure = await failureOf(library.importText(name, content));
    expect(failure).toBeInstanceOf(LibraryError);
    if (typeof message === 'string') expect(failure.message).toBe(message);
    else expect(failure.message).toMatch(message);
    expect(await snapshot(dataDir)).toEqual(before);
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['Checkout']);
  });

  it('applies the size cap to the content', async () => {
    const library = makeLibrary(await tempDir(), { maxFileBytes: 1024 });
    const text = serializeProject(withStep(foreignProject(), 'x'.repeat(400)));
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024);
    await expect(library.importText('big.touchmap', text)).rejects.toThrow(
      /^"big\.touchmap" cannot be opened: the file is 0\.0 MB; Touchmap opens project files up to 0\.0 MB\.$/,
    );
  });
});

describe('recent files', () => {
  it('lists opened and saved-as files newest first, once each, at most 10, across a restart', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const library = makeLibrary(dataDir);
    const paths: string[] = [];
    for (let i = 1; i <= 12; i++)
      paths.push(await outsideFile(outside, `map-${i}.touchmap`, foreignProject(`map-${i}`, `Map ${i}`)));
    for (const path of paths) await library.openFile(path);
    await library.openFile(paths[4]!);

    const recent = await library.recent();
    expect(recent.map((r) => r.name)).toEqual([
      'Map 5',
      'Map 12',
      'Map 11',
      'Map 10',
      'Map 9',
      'Map 8',
      'Map 7',
      'Map 6',
      'Map 4',
      'Map 3',
    ]);
    expect(recent.every((r) => !r.missing)).toBe(true);
    expect(new Set(recent.map((r) => r.openedAt)).size).toBe(10);

    await rm(paths[11]!);
    const restarted = makeLibrary(dataDir);
    const after = await restarted.recent();
    expect(after.map((r) => [r.name, r.missing])).toEqual(recent.map((r) => [r.name, r.name === 'Map 12']));
    expect(await stat(paths[0]!).then((s) => s.isFile())).toBe(true);
  });
});
