// @vitest-environment node
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFileName, removeStaleTemps, tempPathFor, writeFileAtomic } from '../../../electron/storage/atomicWrite';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('writes the data and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchmap');
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, 'second\n');
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await readdir(dir)).toEqual(['a.touchmap']);
  });

  it('leaves the old content and no temp file when the write fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchmap');
    await writeFile(target, 'old');
    // Renaming a file over a folder fails, after the temp file was written.
    const folderTarget = join(dir, 'sub');
    await mkdir(folderTarget);
    await writeFile(join(folderTarget, 'x'), 'keep');
    await expect(writeFileAtomic(folderTarget, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['a.touchmap', 'sub']);
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('fails in a folder that does not exist, creating nothing', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'a.touchmap'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('temp file names', () => {
  it('are hidden, in the same folder, and recognisable', () => {
    const temp = tempPathFor('/data/projects/p1.touchmap');
    expect(temp.startsWith('/data/projects/.p1.touchmap.')).toBe(true);
    expect(isTempFileName(temp.split('/').pop()!)).toBe(true);
    expect(isTempFileName('p1.touchmap')).toBe(false);
    expect(isTempFileName('.hidden')).toBe(false);
    expect(isTempFileName('.notes.tmp')).toBe(false);
  });
});

describe('removeStaleTemps', () => {
  it('removes only our temp files', async () => {
    const dir = await tempDir();
    const stale = tempPathFor(join(dir, 'p1.touchmap'));
    await writeFile(stale, 'half a proj');
    await writeFile(join(dir, 'p1.touchmap'), '{}');
    await writeFile(join(dir, '.hidden'), 'user file');
    const removed = await removeStaleTemps(dir);
    expect(removed).toEqual([stale]);
    expect((await readdir(dir)).sort()).toEqual(['.hidden', 'p1.touchmap']);
  });

  it('treats a missing folder as empty', async () => {
    const dir = await tempDir();
    expect(await removeStaleTemps(join(dir, 'nope'))).toEqual([]);
  });
});
