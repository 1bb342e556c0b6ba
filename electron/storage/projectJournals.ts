/**
 * The recovery journals of the library's projects, on top of ./journal.ts: which
 * saved file a journal builds on, and what becomes of one that no longer builds
 * on the file on disk. Part of ProjectLibrary, which runs every method here
 * inside the project's queue.
 *
 * A journal builds on the version of the file Touchmap last read or wrote (its
 * SHA-256, kept in the index entry), since that is what the user's document
 * started from. One that builds on another version is never replayed: either a
 * save replaced that version and was cut short before it could remove the
 * journal (its edits are in the file: it is removed), or someone else replaced
 * the file (its edits fit a document that is gone: it is set aside in quarantine).
 *
 * A project's journal stays open between appends (an edit costs one write and one fdatasync);
 * it is closed before anything else moves, removes or replaces the file.
 */
import type { JournalContents, JournalEntry } from '../../shared/ipc';
import type { Backups } from './backups';
import { hashFile } from './fingerprint';
import { discardJournal, journalBase, OpenJournal, readJournal } from './journal';
import { entryFile, journalPath, LibraryError } from './layout';
import type { DataLayout } from './layout';
import type { IndexEntry, LibraryStore } from './libraryStore';
import { quarantineFile } from './projectFiles';

/** What the journals need from the library. */
export interface JournalContext {
  layout: DataLayout;
  store: LibraryStore;
  backups: Backups;
  maxBytes: number;
  now(): Date;
  log(message: string): void;
}

export class ProjectJournals {
  /** The journals held open for appending, by project id. */
  readonly #open = new Map<string, OpenJournal>();

  constructor(private readonly ctx: JournalContext) {}

  /** Record edits made since the last save; a journal building on another version is settled first, and these start a new one. */
  async append(id: string, entries: JournalEntry[]): Promise<void> {
    const base = await this.#baseOf(id);
    const held = this.#open.get(id);
    if (held && !held.closed && held.base === base) return held.append(entries);
    await this.close(id);
    const path = journalPath(this.ctx.layout, id);
    const found = await journalBase(path);
    if (found !== undefined && found !== base) await this.#settle(id, found);
    const journal = await OpenJournal.open(path, base);
    this.#open.set(id, journal);
    await journal.append(entries);
  }

  /** Close a project's journal if it is held open (before the file is moved, removed or replaced). */
  async close(id: string): Promise<void> {
    const held = this.#open.get(id);
    if (!held) return;
    this.#open.delete(id);
    await held.close();
  }

  /** Close every journal held open (the library is shutting down). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((id) => this.close(id)));
  }

  /**
   * The edits to replay on the file now on disk: only those of a journal that builds on it.
   * `stale` reports a journal set aside because someone else replaced the file.
   */
  async read(id: string): Promise<JournalContents> {
    const journal = await readJournal(journalPath(this.ctx.layout, id));
    if (!journal) return { entries: [], skipped: 0 };
    const entry = this.ctx.store.get(id);
    const current = entry ? await hashFile(entryFile(this.ctx.layout, entry), this.ctx.maxBytes) : null;
    // No file to replay on (away, too large): nothing to recover now, and the journal is kept for later.
    if (current === null) return { entries: [], skipped: 0 };
    if (journal.base === current) return { entries: journal.entries, skipped: journal.skipped };
    return (await this.#settle(id, journal.base))
      ? { entries: [], skipped: 0, stale: true }
      : { entries: [], skipped: 0 };
  }

  /**
   * Whether the listing should offer recovery: a journal that builds on the version in the index
   * (or any journal, for an entry from before the index kept hashes). Reads only the header.
   */
  async hasRecovery(entry: IndexEntry): Promise<boolean> {
    const base = await journalBase(journalPath(this.ctx.layout, entry.id));
    return base !== undefined && (entry.sha256 === undefined || base === entry.sha256);
  }

  /** Remove the journal (a save holds its edits now, or the user chose to drop them). */
  async discard(id: string): Promise<void> {
    await this.close(id);
    await discardJournal(journalPath(this.ctx.layout, id));
  }

  /** The fingerprint of the version the user's edits build on: the one last read or written, else the file as it is. */
  async #baseOf(id: string): Promise<string> {
    const entry = this.ctx.store.get(id);
    if (entry?.sha256) return entry.sha256;
    const hash = entry ? await hashFile(entryFile(this.ctx.layout, entry), this.ctx.maxBytes) : null;
    if (!hash) throw new LibraryError('Your edits cannot be kept for recovery: the project file cannot be read.');
    return hash;
  }

  /**
   * Deal with a journal that does not build on the file now on disk. If it builds on the newest
   * backup (the version the last save replaced), that save was cut short before removing it and
   * its edits are in the file: it is removed. Otherwise it is moved to quarantine, never deleted.
   * @returns whether edits were set aside.
   */
  async #settle(id: string, base: string | null): Promise<boolean> {
    await this.close(id);
    const path = journalPath(this.ctx.layout, id);
    const newest = await this.ctx.backups.newest(id);
    if (base !== null && newest && (await hashFile(newest, this.ctx.maxBytes)) === base) {
      await discardJournal(path);
      return false;
    }
    const reason =
      'This recovery journal holds edits made on another version of the project file than the one saved now; they were not replayed.';
    const to = await quarantineFile(this.ctx.layout.quarantine, path, reason, this.ctx.now());
    this.ctx.log(`Moved the recovery journal ${path} to ${to}: it does not build on the saved file.`);
    return true;
  }
}
