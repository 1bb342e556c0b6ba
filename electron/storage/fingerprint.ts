/**
 * What a project file looked like when Touchmap last read or wrote it, so a
 * save can tell whether someone else changed the file in the meantime (another
 * program, a colleague on a shared drive, a version-control checkout).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface Fingerprint {
  bytes?: number | undefined;
  mtimeMs?: number | undefined;
  sha256?: string | undefined;
}

/** SHA-256 of a file's bytes (a string is hashed as UTF-8), in hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * SHA-256 of the file at `path`, or null when it cannot be read as a project file
 * (missing, not a file, larger than `maxBytes`, unreadable).
 */
export async function hashFile(path: string, maxBytes: number): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > maxBytes) return null;
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

/**
 * Whether the file at `path` differs from what we last saw. Size and mtime
 * decide when they match; when they do not (a sync tool touching the file, a
 * copy that kept the content), the content hash has the last word, so only a
 * real change counts. A missing file is not a change: there is nothing to lose.
 */
export async function changedOnDisk(path: string, known: Fingerprint, maxBytes: number): Promise<boolean> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return false;
  if (info.size === known.bytes && info.mtimeMs === known.mtimeMs) return false;
  if (!known.sha256 || !info.isFile() || info.size > maxBytes) return true;
  return sha256(await readFile(path)) !== known.sha256;
}
