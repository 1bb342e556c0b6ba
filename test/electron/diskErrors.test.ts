// @vitest-environment node
/**
 * A full disk, a permission error or a read-only disk on save: the save fails
 * with a sentence a user understands, the file on disk is the previous version,
 * untouched, no temp file is left, and saving works again once the cause is gone.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const faults = vi.hoisted(() => ({ code: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  // Writing a temp file fails while a fault is set, as the OS would report it.
  const open: typeof real.open = async (path, flags, mode) => {
    const handle = await real.open(path, flags, mode);
    if (!faults.code || flags !== 'wx') return handle;
    const code = faults.code;
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'writeFile' || prop === 'write')
          return async () => {
            throw Object.assign(new Error(`${code}: simulated`), { code });
          };
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...real, default: { ...real, open }, open };
});

const { createHandlers } = await import('../../electron/handlers');
const { Channels } = await import('../../shared/ipc');
const { folderTrash } = await import('../support/trash');

async function setUp() {
  const dataDir = await mkdtemp(join(tmpdir(), 'tm-disk-'));
  const handlers = createHandlers({ dataDir, trash: folderTrash(join(dataDir, '.trash')), log: () => {} });
  const created = await handlers[Channels.createProject]({ name: 'Disk test', template: 'supermarket' });
  if (!created.ok) throw new Error(created.error);
  return { dataDir, handlers, project: created.value };
}

async function projectFiles(dataDir: string) {
  return (await readdir(join(dataDir, 'projects'))).sort();
}

beforeEach(() => {
  faults.code = null;
});

describe('disk errors on save', () => {
  it.each([
    ['ENOSPC', /disk is full/i],
    ['EACCES', /not allowed/i],
    ['EROFS', /read-only/i],
  ])('%s: a clear message, the old file untouched, no temp file, and saving resumes', async (code, message) => {
    const { dataDir, handlers, project } = await setUp();
    const [file] = await projectFiles(dataDir);
    const before = await readFile(join(dataDir, 'projects', file), 'utf8');
    const edited = { ...project, name: 'Disk test, edited' };

    faults.code = code;
    const failed = await handlers[Channels.saveProject]({ project: edited });
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error).toMatch(message);
    expect(await readFile(join(dataDir, 'projects', file), 'utf8')).toBe(before);
    expect(await projectFiles(dataDir)).toEqual([file]);

    faults.code = null;
    const saved = await handlers[Channels.saveProject]({ project: edited });
    expect(saved.ok).toBe(true);
    expect(JSON.parse(await readFile(join(dataDir, 'projects', file), 'utf8')).name).toBe('Disk test, edited');
    expect(await projectFiles(dataDir)).toEqual([file]);
  });
});
