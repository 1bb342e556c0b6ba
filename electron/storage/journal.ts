/**
 * The recovery journal: edits since the last completed save, one JSON line
 * per edit, appended and flushed within a second of the edit. After a crash,
 * the saved file plus these edits replayed gives back the work.
 */
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { journalEntrySchema } from '../../shared/ipc';
import type { JournalContents, JournalEntry } from '../../shared/ipc';
import { LibraryError } from './layout';

/** A journal this big means saves keep failing; refuse to grow it further. */
export const MAX_JOURNAL_BYTES = 50 * 1024 * 1024;

export async function appendJournal(
  path: string,
  entries: JournalEntry[],
  maxBytes = MAX_JOURNAL_BYTES,
): Promise<void> {
  const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  const current = (await stat(path).catch(() => null))?.size ?? 0;
  if (current + Buffer.byteLength(text) > maxBytes) {
    throw new LibraryError('The recovery journal is full. Save the project to keep your changes safe.');
  }
  const handle = await open(path, 'a');
  try {
    await handle.writeFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Read the journal. A line that does not parse (typically the last one, torn
 * by a crash mid-append) is skipped and counted, never fatal.
 */
export async function readJournal(path: string, maxBytes = MAX_JOURNAL_BYTES): Promise<JournalContents> {
  const info = await stat(path).catch(() => null);
  if (!info) return { entries: [], skipped: 0 };
  if (info.size > maxBytes) throw new LibraryError('The recovery journal is too large to read.');
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const parsed = journalEntrySchema.safeParse(data);
    if (parsed.success) entries.push(parsed.data);
    else skipped++;
  }
  return { entries, skipped };
}

export async function hasJournal(path: string): Promise<boolean> {
  return ((await stat(path).catch(() => null))?.size ?? 0) > 0;
}

export async function discardJournal(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
