// @vitest-environment node
import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/formats/touchmapFile';
import { APP_INFO, blankProject, defaultStep, SCHEMA_VERSION } from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function withStep(project: Project, title: string): Project {
  const step = defaultStep({ id: `s-${project.steps.length + 1}`, stageId: project.stages[0]!.id, title });
  return { ...project, steps: [...project.steps, step] };
}

describe('ProjectLibrary', () => {
  it('creates a project as a pretty, key-sorted .touchmap file and lists it', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const project = await library.create('Checkout', 'blank');
    const file = join(dir, 'projects', `${project.id}.touchmap`);
    const text = await readFile(file, 'utf8');
    expect(text).toBe(serializeProject(project));
    expect(text.endsWith('}\n')).toBe(true);
    const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([...keys].sort());

    const listing = await library.list();
    expect(listing.problems).toEqual([]);
    expect(listing.projects).toEqual([
      { id: project.id, name: 'Checkout', updatedAt: project.updatedAt, stepCount: 0, file },
    ]);
  });

  it('creates from a template with its steps', async () => {
    const library = makeLibrary(await tempDir());
    const project = await library.create('Shop', 'supermarket');
    expect(project.steps.length).toBeGreaterThan(0);
    const [summary] = (await library.list()).projects;
    expect(summary?.stepCount).toBe(project.steps.length);
    expect(summary?.name).toBe('Shop');
  });

  it('opens what was saved, with updatedAt stamped by the save', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const created = await library.create('Checkout', 'blank');
    const edited = withStep(created, 'Pay');
    const { savedAt } = await library.save(edited);
    expect(savedAt > created.updatedAt).toBe(true);
    const opened = await library.open(created.id);
    expect(opened).toEqual({ ...edited, updatedAt: savedAt });
    const [summary] = (await library.list()).projects;
    expect(summary).toMatchObject({ stepCount: 1, updatedAt: savedAt });
  });

  it('keeps the previous file as a backup on save', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const created = await library.create('Checkout', 'blank');
    const before = await readFile(join(dir, 'projects', `${created.id}.touchmap`), 'utf8');
    await library.save(withStep(created, 'Pay'));
    const backups = await library.listBackups(created.id);
    expect(backups).toHaveLength(1);
    const backupText = await readFile(join(dir, 'backups', created.id, backups[0]!.name), 'utf8');
    expect(backupText).toBe(before);
    expect(backups[0]!.bytes).toBe(Buffer.byteLength(before));
  });

  it('leaves no temp files after many saves at once, and the last save wins', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const created = await library.create('Checkout', 'blank');
    const saves = Array.from({ length: 12 }, (_, i) => library.save({ ...created, description: `v${i}` }));
    await Promise.all(saves);
    const opened = await library.open(created.id);
    expect(opened.description).toBe('v11');
    expect(await readdir(join(dir, 'projects'))).toEqual([`${created.id}.touchmap`]);
    expect((await readdir(join(dir, 'backups', created.id))).every((n) => !n.startsWith('.'))).toBe(true);
  });

  it('renames in the listing and in the file', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const created = await library.create('Checkout', 'blank');
    const summary = await library.rename(created.id, 'Check-in');
    expect(summary.name).toBe('Check-in');
    expect((await library.open(created.id)).name).toBe('Check-in');
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['Check-in']);
  });

  it('deletes to the trash: file and backups are moved, not removed', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir);
    const created = await library.create('Checkout', 'blank');
    await library.save(withStep(created, 'Pay'));
    const kept = await library.create('Other', 'blank');
    await library.delete(created.id);
    expect(await exists(join(dir, 'projects', `${created.id}.touchmap`))).toBe(false);
    const trashed = await readdir(join(dir, '.trash'));
    expect(trashed.some((n) => n.endsWith(`${created.id}.touchmap`))).toBe(true);
    expect(trashed.some((n) => n.endsWith(`-${created.id}`))).toBe(true);
    expect((await library.list()).projects.map((p) => p.id)).toEqual([kept.id]);
    await expect(library.open(created.id)).rejects.toThrow(/not in the library/);
  });

  it('keeps the project when the trash fails', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir, {
      trash: () => Promise.reject(new Error('trash unavailable')),
    });
    const created = await library.create('Checkout', 'blank');
    await expect(library.delete(created.id)).rejects.toThrow('trash unavailable');
    expect((await library.list()).projects.map((p) => p.id)).toEqual([created.id]);
  });

  it('lists most recently changed first', async () => {
    const library = makeLibrary(await tempDir());
    const a = await library.create('A', 'blank');
    await library.create('B', 'blank');
    await library.save(a);
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('refuses ids that are not its own, including paths', async () => {
    const library = makeLibrary(await tempDir());
    await expect(library.open('../../etc/passwd')).rejects.toThrow(/not in the library/);
    await expect(library.open('nope')).rejects.toThrow(/not in the library/);
  });

  it('remembers projects across restarts, and rebuilds the index from the files if it is lost', async () => {
    const dir = await tempDir();
    const first = makeLibrary(dir);
    const a = await first.create('A', 'blank');
    const b = await first.create('B', 'supermarket');
    const expected = (await first.list()).projects;

    expect((await makeLibrary(dir).list()).projects).toEqual(expected);

    await rm(join(dir, 'library.json'));
    const rebuilt = await makeLibrary(dir).list();
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.projects.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(rebuilt.projects).toEqual(expected);
  });

  it('refuses to save a project larger than the size cap, leaving the file as it was', async () => {
    const dir = await tempDir();
    const library = makeLibrary(dir, { maxFileBytes: 4000 });
    const created = await library.create('Checkout', 'blank');
    const file = join(dir, 'projects', `${created.id}.touchmap`);
    const before = await readFile(file, 'utf8');
    await expect(library.save({ ...created, description: 'x'.repeat(5000) })).rejects.toThrow(/too large/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});

describe('older files', () => {
  it('opens a format-1 file through the migrations and saves it in the current format', async () => {
    const dir = await tempDir();
    const current = blankProject({ id: 'old-1', name: 'From v1', now: '2024-01-01T00:00:00.000Z' });
    const { writtenBy: _dropped, ...v1 } = { ...current, schemaVersion: 1 };
    await mkdir(join(dir, 'projects'), { recursive: true });
    await writeFile(join(dir, 'projects', 'old-1.touchmap'), JSON.stringify(v1));

    const library = makeLibrary(dir);
    expect((await library.list()).projects.map((p) => p.name)).toEqual(['From v1']);
    const opened = await library.open('old-1');
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);

    await library.save(opened);
    const saved = JSON.parse(await readFile(join(dir, 'projects', 'old-1.touchmap'), 'utf8')) as Project;
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(saved.writtenBy).toEqual(APP_INFO);
  });
});
