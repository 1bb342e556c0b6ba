// @vitest-environment node
/**
 * The file channels as the renderer reaches them (payload validated, then the
 * handler), with the dialogs stubbed: open, save as, import, recent files,
 * and a save refused because the file changed on disk.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../electron/files';
import { createHandlers } from '../../electron/handlers';
import { folderTrash } from '../support/trash';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { Channels, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, Request } from '../../shared/ipc';
import type { RecentEntry } from '../../electron/storage/libraryStore';
import { blankProject, defaultStep } from '../../shared/model';
import type { Project } from '../../shared/model';
import { steppingClock } from './storage/fixtures';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

interface Answers {
  open?: string | null;
  save?: string | null;
}

function setUp(dataDir: string, answers: Answers = {}) {
  const dialogs = {
    showOpen: vi.fn<Dialogs['showOpen']>(async () => answers.open ?? null),
    showSave: vi.fn<Dialogs['showSave']>(async () => answers.save ?? null),
    showExport: vi.fn<Dialogs['showExport']>(async () => null),
  };
  const recentChanges: RecentEntry[][] = [];
  let n = 0;
  const handlers = createHandlers({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    now: steppingClock(),
    newId: () => `p-${++n}`,
    log: () => undefined,
    dialogs,
    onRecentChange: (recent) => recentChanges.push(recent),
  });
  return { handlers, dialogs, recentChanges };
}

/** Call a handler the way the IPC wrapper and the e2e harness do: validate, then handle. */
async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) return { ok: false as const, error: request.error };
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

function journey(id = 'ext-1', name = 'Hotel check-in'): Project {
  const base = blankProject({ id, name, now: '2025-01-01T00:00:00.000Z' });
  const stages = [{ id: 'st-1', name: 'Arrive' }];
  return { ...base, stages, steps: [defaultStep({ id: 's-1', stageId: 'st-1', title: 'Reception' })] };
}

async function listing(handlers: Handlers) {
  const result = await call(handlers, Channels.listProjects, undefined);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('file:open', () => {
  it('asks with the open dialog, opens the file there and tells main the recent list changed', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const file = join(outside, 'hotel.touchmap');
    await writeFile(file, serializeProject(journey()));
    const { handlers, dialogs, recentChanges } = setUp(dataDir, { open: file });

    const result = await call(handlers, Channels.openFile, {});
    expect(dialogs.showOpen).toHaveBeenCalledOnce();
    expect(result.ok && result.value?.name).toBe('Hotel check-in');
    expect((await listing(handlers)).projects.map((p) => p.file)).toEqual([file]);
    expect(recentChanges).toEqual([[expect.objectContaining({ path: file, name: 'Hotel check-in', missing: false })]]);
    const recent = await call(handlers, Channels.listRecent, undefined);
    expect(recent.ok && recent.value.map((r) => r.path)).toEqual([file]);
  });

  it('returns null and changes nothing when the dialog is cancelled', async () => {
    const dataDir = await tempDir();
    const { handlers, recentChanges } = setUp(dataDir, { open: null });
    expect(await call(handlers, Channels.openFile, {})).toEqual({ ok: true, value: null });
    expect((await listing(handlers)).projects).toEqual([]);
    expect(recentChanges).toEqual([]);
  });

  it('opens a file from the recent list by its token, without asking', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const file = join(outside, 'hotel.touchmap');
    await writeFile(file, serializeProject(journey()));
    const { handlers, dialogs } = setUp(dataDir, { open: file });
    await call(handlers, Channels.openFile, {});
    const recent = await call(handlers, Channels.listRecent, undefined);
    if (!recent.ok) throw new Error(recent.error);
    expect(recent.value).toEqual([
      expect.objectContaining({ path: file, token: expect.stringMatching(/^[\w-]{32}$/) }),
    ]);
    const again = await call(handlers, Channels.openFile, { token: recent.value[0]!.token });
    expect(again.ok && again.value?.id).toBe('ext-1');
    expect(dialogs.showOpen).toHaveBeenCalledOnce();
  });

  it.each([
    ['relative', 'maps/hotel.touchmap', '"maps/hotel.touchmap" is not a full path to a file.'],
    [
      'not .touchmap',
      '/etc/passwd',
      'Only Touchmap projects (.touchmap), images exported by Touchmap (.png, .svg) and interactive maps exported by Touchmap (.html) can be opened.',
    ],
    ['relative image', 'maps/hotel.png', '"maps/hotel.png" is not a full path to a file.'],
    ['missing image', '/nonexistent/hotel.svg', '"hotel.svg" cannot be opened: the file does not exist.'],
  ])('refuses a %s path from the open dialog', async (_kind, path, message) => {
    const { handlers } = setUp(await tempDir(), { open: path });
    const result = await call(handlers, Channels.openFile, {});
    expect(result).toEqual({ ok: false, error: message });
  });

  it('refuses a 60 MB file by its size, before reading it, and leaves library and recent list unchanged', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const file = join(outside, 'huge.touchmap');
    const { handlers, recentChanges } = setUp(dataDir, { open: file });
    await call(handlers, Channels.createProject, { name: 'Checkout', template: 'blank' });
    const before = await listing(handlers);
    // Sparse: 60 MB long without 60 MB written. Read, it would be zero bytes and "not valid JSON".
    const handle = await open(file, 'w');
    await handle.truncate(60 * 1024 * 1024);
    await handle.close();

    const result = await call(handlers, Channels.openFile, {});
    expect(result).toEqual({
      ok: false,
      error: '"huge.touchmap" cannot be opened: The file is 60.0 MB; Touchmap opens project files up to 50.0 MB.',
    });
    expect(await listing(handlers)).toEqual(before);
    expect(recentChanges).toEqual([]);
  });
});

describe('file:save-as', () => {
  async function withProject() {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const target = join(outside, 'checkout.touchmap');
    const env = setUp(dataDir, { save: target });
    const created = await call(env.handlers, Channels.createProject, { name: 'Checkout: main/alt', template: 'blank' });
    if (!created.ok) throw new Error(created.error);
    return { ...env, dataDir, outside, target, project: created.value };
  }

  it('suggests a file name from the project name, writes there and reports where', async () => {
    const { handlers, dialogs, target, project, recentChanges } = await withProject();
    const result = await call(handlers, Channels.saveAs, { project: { ...project, description: 'Edited' } });
    expect(dialogs.showSave).toHaveBeenCalledExactlyOnceWith('Checkout main alt.touchmap');
    expect(result.ok && result.value).toMatchObject({ path: target, project: { id: project.id } });
    const text = await readFile(target, 'utf8');
    expect(JSON.parse(text).description).toBe('Edited');
    expect(text.endsWith('\n')).toBe(true);
    expect(recentChanges.at(-1)?.map((r) => r.path)).toEqual([target]);
    expect((await listing(handlers)).projects.map((p) => [p.id, p.file])).toEqual([[project.id, target]]);
  });

  it('returns null when the dialog is cancelled', async () => {
    const dataDir = await tempDir();
    const { handlers } = setUp(dataDir, { save: null });
    const created = await call(handlers, Channels.createProject, { name: 'Checkout', template: 'blank' });
    if (!created.ok) throw new Error(created.error);
    expect(await call(handlers, Channels.saveAs, { project: created.value })).toEqual({ ok: true, value: null });
    expect(await readdir(join(dataDir, 'projects'))).toEqual([`${created.value.id}.touchmap`]);
  });

  it('does not save an invalid project', async () => {
    const { handlers, target, project } = await withProject();
    const result = await call(handlers, Channels.saveAs, { project: { ...project, stages: 'none' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('The project was not saved: stages: must be a list.');
    await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('project:save of a file changed on disk', () => {
  it('is refused with code changed-on-disk, and goes through with overwrite: true', async () => {
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const file = join(outside, 'hotel.touchmap');
    await writeFile(file, serializeProject(journey()));
    const { handlers } = setUp(dataDir, { open: file });
    const opened = await call(handlers, Channels.openFile, {});
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const theirs = serializeProject({ ...journey(), name: 'Their version' });
    await writeFile(file, theirs);

    const mine = { ...opened.value, description: 'Mine' };
    const refused = await call(handlers, Channels.saveProject, { project: mine });
    expect(refused).toEqual({
      ok: false,
      code: 'changed-on-disk',
      error: `"Hotel check-in" was not saved: the file ${file} changed on disk since you opened it (another program or person may have edited it).`,
    });
    expect(await readFile(file, 'utf8')).toBe(theirs);

    const forced = await call(handlers, Channels.saveProject, { project: mine, overwrite: true });
    expect(forced.ok).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8')).description).toBe('Mine');
  });
});

describe('file:import', () => {
  it('imports content as a new library project', async () => {
    const dataDir = await tempDir();
    const { handlers } = setUp(dataDir);
    const result = await call(handlers, Channels.importFile, {
      name: 'hotel.touchmap',
      content: serializeProject(journey()),
    });
    expect(result.ok && result.value).toMatchObject({ id: 'p-1', name: 'Hotel check-in' });
    expect((await listing(handlers)).projects.map((p) => p.id)).toEqual(['p-1']);
  });

  it('refuses a broken file naming the step and field, and the library stays as it was', async () => {
    const dataDir = await tempDir();
    const { handlers } = setUp(dataDir);
    await call(handlers, Channels.createProject, { name: 'Checkout', template: 'supermarket' });
    const before = await listing(handlers);
    const files = await readdir(join(dataDir, 'projects'));
    const broken = JSON.parse(serializeProject(journey())) as { steps: { kind: string }[] };
    broken.steps[0]!.kind = 'teleport';

    const result = await call(handlers, Channels.importFile, {
      name: 'hotel.touchmap',
      content: JSON.stringify(broken),
    });
    expect(result).toEqual({
      ok: false,
      error:
        '"hotel.touchmap" cannot be opened: Step 1 ("Reception"), kind: must be one of "start", "step", "decision", "end".',
    });
    expect(await listing(handlers)).toEqual(before);
    expect(await readdir(join(dataDir, 'projects'))).toEqual(files);
  });
});
