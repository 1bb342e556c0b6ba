// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, createServices } from '../../electron/handlers';
import { folderTrash } from '../support/trash';
import { Channels, DEFAULT_SETTINGS, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, Request } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { steppingClock } from './storage/fixtures';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

function handlersIn(dataDir: string, trash = folderTrash(join(dataDir, '.trash'))): Handlers {
  let n = 0;
  return createHandlers({ dataDir, trash, now: steppingClock(), newId: () => `p-${++n}`, log: () => undefined });
}

/** Call a handler the way the IPC wrapper and the e2e harness do: validate, then handle. */
async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) throw new Error(request.error);
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

async function created(handlers: Handlers, name = 'Checkout'): Promise<Project> {
  const result = await call(handlers, Channels.createProject, { name, template: 'blank' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('createHandlers', () => {
  it('serves the whole project life cycle as Results', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    const project = await created(handlers);
    expect(project).toMatchObject({ id: 'p-1', name: 'Checkout' });

    const saved = await call(handlers, Channels.saveProject, { project: { ...project, description: 'Edited' } });
    expect(saved.ok).toBe(true);
    const opened = await call(handlers, Channels.openProject, { id: 'p-1' });
    expect(opened.ok && opened.value.description).toBe('Edited');

    const renamed = await call(handlers, Channels.renameProject, { id: 'p-1', name: 'Renamed' });
    expect(renamed.ok && renamed.value.name).toBe('Renamed');
    const listing = await call(handlers, Channels.listProjects, undefined);
    expect(listing.ok && listing.value.projects.map((p) => p.name)).toEqual(['Renamed']);

    const backups = await call(handlers, Channels.listBackups, { id: 'p-1' });
    expect(backups.ok && backups.value.length).toBeGreaterThan(0);

    expect(await call(handlers, Channels.deleteProject, { id: 'p-1' })).toEqual({ ok: true, value: null });
    const after = await call(handlers, Channels.listProjects, undefined);
    expect(after.ok && after.value.projects).toEqual([]);
  });

  it('does not save an invalid project, and changes nothing on disk', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    const project = await created(handlers);
    const file = join(dir, 'projects', `${project.id}.touchmap`);
    const before = await readFile(file, 'utf8');

    const broken = {
      ...project,
      flows: [{ id: 'f1', from: 'nowhere', to: 'nothing', label: '', kind: 'main' }],
    };
    const result = await call(handlers, Channels.saveProject, { project: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The project was not saved: .*does not exist/);

    const wrongType = await call(handlers, Channels.saveProject, { project: { ...project, steps: 'many' } });
    expect(wrongType.ok).toBe(false);
    const notAProject = await call(handlers, Channels.saveProject, { project: 'rm -rf /' });
    expect(notAProject.ok).toBe(false);

    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'backups'))).toEqual([]);
  });

  it('drops unknown keys from a saved project', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    const project = await created(handlers);
    await call(handlers, Channels.saveProject, { project: { ...project, evil: '<script>' } });
    expect(await readFile(join(dir, 'projects', `${project.id}.touchmap`), 'utf8')).not.toContain('evil');
  });

  it('answers an unknown project with readable text', async () => {
    const handlers = handlersIn(await tempDir());
    expect(await call(handlers, Channels.openProject, { id: 'missing' })).toEqual({
      ok: false,
      error: 'This project is not in the library (it may have been deleted).',
    });
    const save = await call(handlers, Channels.saveProject, {
      project: { ...(await created(handlers)), id: 'other' },
    });
    expect(save).toEqual({ ok: false, error: 'This project is not in the library (it may have been deleted).' });
  });

  it('turns unexpected failures into a Result instead of throwing', async () => {
    const dir = await tempDir();
    const logged: string[] = [];
    const handlers = createHandlers({
      dataDir: dir,
      trash: () => Promise.reject(new Error('trash is full')),
      log: (m) => logged.push(m),
    });
    const project = await created(handlers);
    expect(await call(handlers, Channels.deleteProject, { id: project.id })).toEqual({
      ok: false,
      error: 'Something went wrong (trash is full).',
    });
    expect(logged.some((m) => m.includes('project:delete failed'))).toBe(true);
  });

  it('tells main when the colour theme changes (so the window frame and native menus follow), and only then', async () => {
    const dir = await tempDir();
    const told: string[] = [];
    const handlers = createHandlers({
      dataDir: dir,
      trash: folderTrash(join(dir, '.trash')),
      log: () => undefined,
      onThemeChange: (theme) => told.push(theme),
    });
    await call(handlers, Channels.setSettings, { settings: { theme: 'dark' } });
    await call(handlers, Channels.setSettings, { settings: { theme: 'dark' } });
    await call(handlers, Channels.setSettings, { settings: { language: 'hu' } });
    await call(handlers, Channels.setSettings, { settings: { theme: 'system', language: null } });
    expect(told).toEqual(['dark', 'system']);
  });

  it('keeps and restores settings, merging partial updates', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    expect(await call(handlers, Channels.getSettings, undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const exportDefaults = { ...DEFAULT_SETTINGS.exportDefaults, format: 'svg' as const, scale: 3 };
    const updated = await call(handlers, Channels.setSettings, { settings: { exportDefaults } });
    expect(updated).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, exportDefaults } });
    const again = await call(handlersIn(dir), Channels.getSettings, undefined);
    expect(again.ok && again.value.exportDefaults).toEqual(exportDefaults);
    // A key sent as undefined leaves the setting alone rather than resetting it.
    const partial = await call(handlersIn(dir), Channels.setSettings, { settings: { exportDefaults: undefined } });
    expect(partial.ok && partial.value.exportDefaults).toEqual(exportDefaults);
    // A setting Touchmap does not have is refused, not stored.
    expect(validateRequest(Channels.setSettings, { settings: { autosave: false } })).toEqual({
      ok: false,
      error: 'Rejected settings:set: settings: Unrecognized key: "autosave"',
    });
  });

  it('journals edits and a save empties the journal', async () => {
    const handlers = handlersIn(await tempDir());
    const project = await created(handlers);
    const entry = { at: '2025-01-01T00:00:00.000Z', patches: [{ op: 'replace', path: ['name'], value: 'X' }] };
    expect(await call(handlers, Channels.appendJournal, { id: project.id, entries: [entry] })).toEqual({
      ok: true,
      value: null,
    });
    expect(await call(handlers, Channels.readJournal, { id: project.id })).toEqual({
      ok: true,
      value: { entries: [entry], skipped: 0 },
    });
    await call(handlers, Channels.saveProject, { project: { ...project, name: 'X' } });
    const after = await call(handlers, Channels.readJournal, { id: project.id });
    expect(after.ok && after.value.entries).toEqual([]);
  });

  it('shares one library between the handlers and main (window bounds)', async () => {
    const dir = await tempDir();
    const { library, handlers } = createServices({ dataDir: dir, trash: folderTrash(join(dir, '.trash')) });
    library.store.setWindowState({ x: 5, y: 6, width: 900, height: 700, maximized: true });
    await created(handlers);
    const reopened = createServices({ dataDir: dir, trash: folderTrash(join(dir, '.trash')) });
    expect(reopened.library.store.windowState()).toEqual({ x: 5, y: 6, width: 900, height: 700, maximized: true });
  });
});

describe('journal payload validation', () => {
  it('refuses patches that reach for prototype keys', () => {
    const entry = { at: 't', patches: [{ op: 'add', path: ['__proto__', 'polluted'], value: true }] };
    expect(validateRequest(Channels.appendJournal, { id: 'p-1', entries: [entry] }).ok).toBe(false);
  });

  it('refuses backup names that are paths', () => {
    expect(validateRequest(Channels.restoreBackup, { id: 'p-1', backup: '../p-1.touchmap' }).ok).toBe(false);
    expect(validateRequest(Channels.restoreBackup, { id: 'p-1', backup: '2025-01-01T00-00-00-000Z.touchmap' }).ok).toBe(
      true,
    );
  });
});
