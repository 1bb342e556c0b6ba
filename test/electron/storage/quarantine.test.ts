// @vitest-environment node
import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor } from '../../../electron/storage/atomicWrite';
import { serializeProject } from '../../../shared/formats/touchmapFile';
import { blankProject } from '../../../shared/model';
import { DEFAULT_SETTINGS } from '../../../shared/ipc';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const goodText = (id: string, name: string) =>
  serializeProject(blankProject({ id, name, now: '2025-01-01T00:00:00.000Z' }));

describe('start-up with damaged files', () => {
  it('quarantines each unreadable project, reports it by name with a reason, and still lists the rest', async () => {
    const dir = await tempDir();
    const setup = makeLibrary(dir);
    const good = await setup.create('Good', 'blank');
    const damaged = await setup.create('Damaged later', 'blank');
    const projects = join(dir, 'projects');
    const text = goodText('x', 'X');
    await writeFile(join(projects, `${damaged.id}.touchmap`), text.slice(0, 40));
    await writeFile(join(projects, 'empty.touchmap'), '');
    await writeFile(join(projects, 'schema.touchmap'), text.replace('"name": "X"', '"name": 42'));
    await writeFile(join(projects, 'newer.touchmap'), text.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'));

    const library = makeLibrary(dir);
    const listing = await library.list();
    expect(listing.projects.map((p) => p.name)).toEqual(['Good']);
    const byId = Object.fromEntries(listing.problems.map((p) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual([damaged.id, 'empty', 'newer', 'schema'].sort());
    expect(byId[damaged.id]).toMatchObject({ name: 'Damaged later', reason: expect.stringMatching(/not valid JSON/) });
    expect(byId.empty?.reason).toBe('The file is empty.');
    expect(byId.schema?.reason).toMatch(/name/);
    expect(byId.newer?.reason).toMatch(/newer Touchmap/);

    for (const problem of listing.problems) {
      expect(problem.quarantinedTo).not.toBeNull();
      expect(problem.quarantinedTo!.startsWith(join(dir, 'quarantine'))).toBe(true);
      expect(await exists(problem.quarantinedTo!)).toBe(true);
      expect(await readFile(`${problem.quarantinedTo!}.reason.txt`, 'utf8')).toContain(problem.reason);
    }
    // Moved, never deleted: the damaged bytes are intact in quarantine.
    expect(await readFile(byId[damaged.id]!.quarantinedTo!, 'utf8')).toBe(text.slice(0, 40));
    expect(await readdir(projects)).toEqual([`${good.id}.touchmap`]);
    expect((await library.open(good.id)).name).toBe('Good');
  });

  it('keeps reporting a quarantined project after another restart, without moving anything again', async () => {
    const dir = await tempDir();
    const setup = makeLibrary(dir);
    const project = await setup.create('Broken', 'blank');
    await writeFile(join(dir, 'projects', `${project.id}.touchmap`), '{');
    const first = await makeLibrary(dir).list();
    const second = await makeLibrary(dir).list();
    expect(second.problems).toEqual(first.problems);
    expect(await readdir(join(dir, 'quarantine'))).toHaveLength(2); // the file and its reason note
  });

  it('says whether a backup exists, and restoring it brings the project back', async () => {
    const dir = await tempDir();
    const setup = makeLibrary(dir);
    const project = await setup.create('Checkout', 'blank');
    await setup.save({ ...project, description: 'second version' });
    await writeFile(join(dir, 'projects', `${project.id}.touchmap`), '');

    const library = makeLibrary(dir);
    const [problem] = (await library.list()).problems;
    expect(problem).toMatchObject({ id: project.id, name: 'Checkout', hasBackup: true });
    await expect(library.open(project.id)).rejects.toThrow(/cannot be opened: The file is empty/);

    const [backup] = await library.listBackups(project.id);
    const restored = await library.restoreBackup(project.id, backup!.name);
    expect(restored.description).toBe('');
    const listing = await library.list();
    expect(listing.problems).toEqual([]);
    expect(listing.projects.map((p) => p.id)).toEqual([project.id]);
    expect((await library.open(project.id)).name).toBe('Checkout');
  });

  it('refuses a backup name that is not one of the backups', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await expect(library.restoreBackup(project.id, '2025-01-01T00-00-00-000Z.touchmap')).rejects.toThrow(
      /no longer exists/,
    );
  });

  it('reports a project whose file vanished, without a quarantine path', async () => {
    const dir = await tempDir();
    const project = await makeLibrary(dir).create('Gone', 'blank');
    await rm(join(dir, 'projects', `${project.id}.touchmap`));
    const { problems } = await makeLibrary(dir).list();
    expect(problems).toEqual([
      { id: project.id, name: 'Gone', reason: 'The project file is missing.', quarantinedTo: null, hasBackup: false },
    ]);
  });

  it('checks the size before reading and quarantines an oversized file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'projects'), { recursive: true });
    await writeFile(join(dir, 'projects', 'big.touchmap'), 'x'.repeat(3 * 1024 * 1024));
    const { problems } = await makeLibrary(dir, { maxFileBytes: 1024 * 1024 }).list();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toBe('The file is 3.0 MB; Touchmap opens project files up to 1.0 MB.');
  });

  it('quarantines a file that goes bad while the app runs, when it is opened', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    await library.list();
    await writeFile(join(dir, 'projects', `${project.id}.touchmap`), '[1, 2');
    await expect(library.open(project.id)).rejects.toThrow(/moved to the quarantine folder/);
    const { problems, projects } = await library.list();
    expect(projects).toEqual([]);
    expect(problems.map((p) => p.id)).toEqual([project.id]);
  });

  it('does not crash on a corrupt library.json: sets it aside and rebuilds from the project files', async () => {
    const dir = await tempDir();
    const project = await makeLibrary(dir).create('Survivor', 'blank');
    await writeFile(join(dir, 'library.json'), '{"projects": {"a": ');
    const library = makeLibrary(dir);
    expect(library.store.quarantinedIndex).not.toBeNull();
    expect(await readFile(library.store.quarantinedIndex!, 'utf8')).toBe('{"projects": {"a": ');
    const listing = await library.list();
    expect(listing.projects.map((p) => [p.id, p.name])).toEqual([[project.id, 'Survivor']]);
    // The rebuilt index is written back as valid JSON.
    const rewritten = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { projects: object };
    expect(Object.keys(rewritten.projects)).toEqual([project.id]);
  });

  it('ignores index entries of the wrong shape and re-reads their files', async () => {
    const dir = await tempDir();
    const project = await makeLibrary(dir).create('Kept', 'blank');
    await writeFile(join(dir, 'library.json'), JSON.stringify({ projects: { [project.id]: { id: 5 } }, settings: 7 }));
    const library = makeLibrary(dir);
    expect(library.store.quarantinedIndex).toBeNull();
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['Kept']);
    expect(library.settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('removes stale temp files at start-up, in projects and backups', async () => {
    const dir = await tempDir();
    const project = await makeLibrary(dir).create('Checkout', 'blank');
    const staleProject = tempPathFor(join(dir, 'projects', `${project.id}.touchmap`));
    await mkdir(join(dir, 'backups', project.id), { recursive: true });
    const staleBackup = tempPathFor(join(dir, 'backups', project.id, '2025-01-01T00-00-00-000Z.touchmap'));
    await writeFile(staleProject, '{"half');
    await writeFile(staleBackup, '{"half');
    await writeFile(join(dir, 'projects', '.keep'), 'not ours');

    await makeLibrary(dir).init();
    expect(await exists(staleProject)).toBe(false);
    expect(await exists(staleBackup)).toBe(false);
    expect(await exists(join(dir, 'projects', '.keep'))).toBe(true);
  });

  it('adopts a copied file under its file name when the id inside differs', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'projects'), { recursive: true });
    await writeFile(join(dir, 'projects', 'copy-1.touchmap'), goodText('original', 'Copied'));
    const library = makeLibrary(dir);
    expect((await library.list()).projects.map((p) => [p.id, p.name])).toEqual([['copy-1', 'Copied']]);
    expect((await library.open('copy-1')).id).toBe('copy-1');
  });
});

describe('start-up resilience', () => {
  it('ignores stray files in the backups folder', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'backups'), { recursive: true });
    await writeFile(join(dir, 'backups', 'notes.txt'), 'not a folder');
    await expect(makeLibrary(dir).list()).resolves.toEqual({ projects: [], problems: [] });
  });

  it('tries start-up again after a failure instead of failing forever', async () => {
    const dir = await tempDir();
    // A file where the projects folder should be makes the first start fail.
    await writeFile(join(dir, 'projects'), 'in the way');
    const library = makeLibrary(dir);
    await expect(library.list()).rejects.toThrow();
    await rm(join(dir, 'projects'));
    await expect(library.list()).resolves.toEqual({ projects: [], problems: [] });
  });
});
