// @vitest-environment node
/**
 * electron-store writes library.json through a temp file next to it; a kill mid-write
 * leaves that file behind, and the next start removes it (and nothing else).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
// electron-store's own writer (through conf): used here to leave a real temp file, as a kill would.
import { writeFileSync as atomicWriteFileSync } from 'atomically';
import { describe, expect, it } from 'vitest';
import { isStoreTempName } from '../../../electron/storage/libraryStore';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

/** Start writing library.json the way electron-store does, and stop once the temp file exists. */
function cutShortStoreWrite(dir: string): string {
  let temp = '';
  expect(() =>
    atomicWriteFileSync(join(dir, 'library.json'), '{"projects":{}}', {
      tmpPurge: false,
      tmpCreated: (path) => {
        temp = path;
        throw new Error('killed');
      },
    }),
  ).toThrow('killed');
  return temp;
}

describe('temp files of the library index', () => {
  it('are removed at start-up, leaving everything else in the data folder', async () => {
    const dir = await tempDir();
    await makeLibrary(dir).create('Checkout', 'blank');
    const left = cutShortStoreWrite(dir);
    expect(await readdir(dir)).toContain(basename(left));
    const others = [
      'library.json.tmp-12345', // too short
      'library.json.tmp-1234567890abcdef.txt',
      'library.json.tmp-1234567890ABCDEF', // atomically writes lower-case hex
      'settings.json.tmp-1234567890abcdef', // another file's temp file
      'notes.txt',
    ];
    for (const name of others) await writeFile(join(dir, name), 'keep');
    await mkdir(join(dir, 'library.json.tmp-0000000000000000')); // the right name, but a folder

    const restarted = makeLibrary(dir);
    expect((await restarted.list()).projects.map((p) => p.name)).toEqual(['Checkout']);
    expect((await readdir(dir)).sort()).toEqual(
      [...others, 'library.json', 'library.json.tmp-0000000000000000', 'backups', 'projects', 'quarantine'].sort(),
    );
  });

  it('are recognised by the name electron-store gives them', async () => {
    const dir = await tempDir();
    const left = cutShortStoreWrite(dir);
    expect(isStoreTempName(basename(left))).toBe(true);
    expect(isStoreTempName('library.json')).toBe(false);
    expect(isStoreTempName('library.json.tmp-1234567890abcde')).toBe(false);
    expect(isStoreTempName('library.json.tmp-1234567890abcdef')).toBe(true);
    expect(isStoreTempName('xlibrary.json.tmp-1234567890abcdef')).toBe(false);
    expect(isStoreTempName('library.json.tmp-1234567890abcdef0')).toBe(false);
  });
});
