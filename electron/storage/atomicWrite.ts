/**
 * Atomic file writes: a reader (or a crash) sees either the old file or the
 * new one, never half of each. Temp files are named `.<name>.<hex>.tmp` in the
 * target's own folder (a rename is only atomic within one file system), so
 * leftovers from a crash are recognisable and removed at the next start.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** The temp-file path used while writing `target`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether a file name is one of our temp files. */
export function isTempFileName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

/**
 * Flush a folder's entry table so a completed rename survives power loss.
 * Windows cannot open folders for syncing; there the rename is already durable enough.
 */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Write `data` to `target` atomically: temp file in the same folder, write,
 * fsync, rename over the target, fsync the folder. The temp file is removed if
 * anything fails, and the previous content of `target` is untouched.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    await syncFolder(dirname(target));
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Remove temp files left by writes that never finished (a crash, a kill).
 * Call only at start-up, before any write of this process is in flight.
 * @returns the paths removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const path = join(dir, name);
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}
