/**
 * The recovery journal: edits since the last completed save, one JSON line
 * per edit, appended and flushed as soon as the renderer sends them (it sends
 * each edit once the append before it has completed, see
 * renderer/state/journal.ts). After a crash, the saved file plus these edits
 * replayed gives back the work.
 *
 * The first line is a header naming the saved file the edits build on: the
 * SHA-256 of its bytes, `{"base":"<hex>"}`. A save replaces the file first and
 * removes the journal after; a crash between the two leaves a journal whose
 * edits the new file already holds. Its header then no longer names the file on
 * disk, so the library never replays it (see ProjectLibrary.readJournal).
 *
 * Edits keep coming while a save is under way, and those made after the save's document was
 * taken are not in the file it writes. So a save marks the journal: a cut line
 * `{"cut":"<id>"}` where its document was taken (written when the save arrives, behind the
 * appends sent before it), and before it replaces the file a line `{"saved":"<sha256>","cut":"<id>"}`
 * naming the file it writes. Once the file is replaced, the entries after the cut are the
 * journal of the new file. A crash in between leaves a journal whose header names the replaced
 * file: on the new one, only the entries after the cut of the save that wrote it are replayed
 * (all of them when there is no cut line: the journal was begun after the cut).
 */
import { open, readFile, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { journalEntrySchema } from '../../shared/ipc';
import type { JournalEntry } from '../../shared/ipc';
import { LibraryError } from './layout';
import { mt } from '../language';

/** A journal this big means saves keep failing; refuse to grow it further. */
export const MAX_JOURNAL_BYTES = 50 * 1024 * 1024;

/** A header is about 80 bytes; reading this much always holds its whole line. */
const HEADER_READ_BYTES = 512;

const NEWLINE = 0x0a;

const headerSchema = z.object({ base: z.string().min(1) }).strict();
const cutSchema = z.object({ cut: z.string().min(1) }).strict();
const savedSchema = z.object({ saved: z.string().min(1), cut: z.string().min(1) }).strict();

/** One line of a journal after its header: an edit, a save's cut, or a save's mark naming the file it writes. */
export type JournalLine = { entry: JournalEntry } | { cut: string } | { saved: string; cut: string };

/** A journal as read from disk. */
export interface JournalFile {
  /** The fingerprint of the saved file the edits build on; null when the first line is not a readable header. */
  base: string | null;
  entries: JournalEntry[];
  /** Lines that could not be read (a line torn by a crash) and were left out. */
  skipped: number;
}

/** The line marking where a save took its document. */
export function cutLine(cut: string): string {
  return `${JSON.stringify({ cut })}\n`;
}

/** The line naming the file a save is about to write (the cut line `cut` is where it took its document). */
export function savedLine(saved: string, cut: string): string {
  return `${JSON.stringify({ saved, cut })}\n`;
}

/** The header line of a journal whose edits build on the saved file with fingerprint `base`. */
export function journalHeader(base: string): string {
  return `${JSON.stringify({ base })}\n`;
}

function parseHeader(line: string): string | null {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data.base : null;
  } catch {
    return null;
  }
}

/** The base named by an open journal's first line: undefined if the file is empty, null if it has no readable header. */
async function headerOf(handle: FileHandle): Promise<string | null | undefined> {
  const buffer = Buffer.alloc(HEADER_READ_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  if (bytesRead === 0) return undefined;
  const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
  return end < 0 ? null : parseHeader(buffer.toString('utf8', 0, end));
}

/**
 * Which saved file a journal builds on, reading only its first line.
 * @returns undefined when there is no journal (or it is empty), null when its header cannot be read.
 */
export async function journalBase(path: string): Promise<string | null | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return await headerOf(handle);
  } finally {
    await handle.close();
  }
}

/**
 * A journal held open for appending, so that an edit costs one write and one fdatasync
 * instead of an open, a stat, header and tail reads and a close. Only ever opened through
 * openJournal, which checks the header and ends a line torn by a crash; after a failed write
 * it is closed (the caller opens it again, and that check runs again).
 */
export class OpenJournal {
  #closed = false;

  private constructor(
    private readonly handle: FileHandle,
    /** The fingerprint of the saved file the edits build on (its header). */
    readonly base: string,
    private size: number,
    /** What must precede the next entries: the header of a new journal, or a newline ending a torn line. */
    private prefix: string,
    private readonly maxBytes: number,
  ) {}

  /**
   * Open the journal at `path` for edits building on the saved file with fingerprint `base`.
   * A new (or empty) journal gets its header with the first append. An existing journal must
   * build on `base` (the caller settles one that does not, see ProjectJournals).
   */
  static async open(path: string, base: string, maxBytes = MAX_JOURNAL_BYTES): Promise<OpenJournal> {
    // 'a+': every write goes to the end of the file, and positional reads still work.
    const handle = await open(path, 'a+');
    try {
      const { size } = await handle.stat();
      let prefix = '';
      if (size === 0) prefix = journalHeader(base);
      else {
        if ((await headerOf(handle)) !== base) {
          throw new LibraryError(mt('storage.journal.otherVersion'));
        }
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== NEWLINE) prefix = '\n';
      }
      return new OpenJournal(handle, base, size, prefix, maxBytes);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Whether nothing is written yet (not even the header). */
  get fresh(): boolean {
    return this.size === 0;
  }

  /** Append edits and flush them (data, and the size they grew the file by) to disk. */
  async append(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.appendLines(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  /** Append whole lines (edits or a save's marks) and flush them to disk. */
  async appendLines(text: string): Promise<void> {
    if (this.#closed) throw new Error(mt('storage.journal.closed'));
    const data = Buffer.from(this.prefix + text);
    if (this.size + data.byteLength > this.maxBytes) {
      throw new LibraryError(mt('storage.journal.full'));
    }
    try {
      await this.handle.appendFile(data);
      // fdatasync: the appended bytes and the new length; timestamps need not reach the disk.
      await this.handle.datasync();
    } catch (error) {
      // Part of the data may be on disk: the next open checks the tail again.
      await this.close();
      throw error;
    }
    this.size += data.byteLength;
    this.prefix = '';
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.handle.close().catch(() => undefined);
  }
}

/**
 * Append edits to the journal of the saved file with fingerprint `base`, and flush them to disk.
 * A new (or empty) journal gets its header first. An existing journal must build on `base`
 * (the caller settles one that does not, see ProjectLibrary); otherwise nothing is written.
 * A last line torn by a crash is ended first, so it cannot swallow these edits.
 */
export async function appendJournal(
  path: string,
  base: string,
  entries: JournalEntry[],
  maxBytes = MAX_JOURNAL_BYTES,
): Promise<void> {
  if (entries.length === 0) return;
  const journal = await OpenJournal.open(path, base, maxBytes);
  try {
    await journal.append(entries);
  } finally {
    await journal.close();
  }
}

/** A journal as read from disk, line by line. */
export interface JournalLines {
  base: string | null;
  lines: JournalLine[];
  skipped: number;
}

function parseLine(line: string): JournalLine | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  const entry = journalEntrySchema.safeParse(data);
  if (entry.success) return { entry: entry.data };
  const cut = cutSchema.safeParse(data);
  if (cut.success) return cut.data;
  const saved = savedSchema.safeParse(data);
  return saved.success ? saved.data : null;
}

/**
 * Read the journal line by line; null when there is none (or it is empty). A line that does
 * not parse (typically the last one, torn by a crash mid-append) is skipped and counted, never
 * fatal. A first line that is not a header is read as a line, and `base` is null.
 */
export async function readJournalLines(path: string, maxBytes = MAX_JOURNAL_BYTES): Promise<JournalLines | null> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info || info.size === 0) return null;
  if (info.size > maxBytes) throw new LibraryError(mt('storage.journal.tooLarge'));
  const text = (await readFile(path, 'utf8')).split('\n');
  const base = parseHeader(text[0]);
  const lines: JournalLine[] = [];
  let skipped = 0;
  for (const line of base === null ? text : text.slice(1)) {
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if (parsed) lines.push(parsed);
    else skipped++;
  }
  return { base, lines, skipped };
}

function entriesOf(lines: JournalLine[]): JournalEntry[] {
  return lines.flatMap((line) => ('entry' in line ? [line.entry] : []));
}

/**
 * The lines that build on the file with fingerprint `saved`, written by a save that marked this
 * journal: those after its cut (all when its cut line is not there), without that save's own marks.
 * null when no save marked the journal as writing that file.
 */
export function linesOnto(lines: JournalLine[], saved: string): JournalLine[] | null {
  const mark = lines.findLastIndex((line) => 'saved' in line && line.saved === saved);
  if (mark < 0) return null;
  const { cut } = lines[mark] as { cut: string };
  const at = lines.findIndex((line) => 'cut' in line && !('saved' in line) && line.cut === cut);
  return lines.slice(at + 1).filter((line, i) => i + at + 1 !== mark && !('cut' in line && line.cut === cut));
}

/** The text of a journal of the file with fingerprint `base` holding `lines`. */
export function journalText(base: string, lines: JournalLine[]): string {
  return (
    journalHeader(base) +
    lines
      .map((line) =>
        'entry' in line
          ? `${JSON.stringify(line.entry)}\n`
          : 'saved' in line
            ? savedLine(line.saved, line.cut)
            : cutLine(line.cut),
      )
      .join('')
  );
}

/** Whether any of these lines is an edit. */
export function hasEntries(lines: JournalLine[]): boolean {
  return lines.some((line) => 'entry' in line);
}

/**
 * Read the journal; null when there is none (or it is empty). A line that does not
 * parse (typically the last one, torn by a crash mid-append) is skipped and counted,
 * never fatal. A first line that is not a header is read as an entry, and `base` is null.
 * `entries` are all its edits, for the file its header names; a save's marks are left out.
 */
export async function readJournal(path: string, maxBytes = MAX_JOURNAL_BYTES): Promise<JournalFile | null> {
  const journal = await readJournalLines(path, maxBytes);
  return journal && { base: journal.base, entries: entriesOf(journal.lines), skipped: journal.skipped };
}

/** The edits of `lines`. */
export function journalEntries(lines: JournalLine[]): JournalEntry[] {
  return entriesOf(lines);
}

export async function discardJournal(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
