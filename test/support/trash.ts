/**
 * A stand-in for the system trash, for tests: moves items into `trashDir`
 * (named by time and a counter) instead of deleting them.
 */
import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileStamp } from '../../electron/storage/layout';

export function folderTrash(trashDir: string, now: () => Date = () => new Date()): (path: string) => Promise<void> {
  let counter = 0;
  return async (path) => {
    await mkdir(trashDir, { recursive: true });
    counter += 1;
    await rename(path, join(trashDir, `${fileStamp(now())}-${counter}-${basename(path)}`));
  };
}
