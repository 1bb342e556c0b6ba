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
 *
 * Every operation on a project's journal runs in its own lane (one at a time, in order), apart
 * from the project's queue: an append need not wait for a save in flight. A save marks the
 * journal instead (./journal.ts: cut, saved, then `finish` keeps the edits made after its cut).
 */
import type { JournalContents, JournalEntry } from '../../shared/ipc';
import type { Backups } from './backups';
import { hashFile } from './fingerprint';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from './atomicWrite';
import { KeyedQueue } from './keyedQueue';
import {
  cutLine,
  discardJournal,
  hasEntries,
  journalBase,
  journalEntries,
  journalText,
  linesOnto,
  OpenJournal,
  readJournalLines,
  savedLine,
} from './journal';
import { entryFile, journalPath, LibraryError } from './layout';
import type { DataLayout } from './layout';
import type { IndexEntry, LibraryStore } from './libraryStore';
import { quarantineFile } from './projectFiles';
import { mt } from '../language';

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
  /** One lane per project: journal operations run one at a time, in the order they were asked for. */
  readonly #lane = new KeyedQueue();
  /** A save's mark for a project that had no journal: written first into the journal an append begins during the save. */
  readonly #pending = new Map<string, { base: string; line: string }>();

  constructor(private readonly ctx: JournalContext) {}

  /** Record edits made since the last save; a journal building on another version is settled first, and these start a new one. */
  append(id: string, entries: JournalEntry[]): Promise<void> {
    return this.#lane.run(id, async () => (await this.#journal(id, await this.#baseOf(id))).append(entries));
  }

  /**
   * A save of `id` took its document now: edits appended from here on are not in it. Asked for
   * when the save arrives, so the appends sent before it are ahead in the lane. Returns the cut's id.
   */
  cut(id: string): Promise<string> {
    const cut = randomBytes(6).toString('hex');
    return this.#lane.run(id, async () => {
      const held = this.#open.get(id);
      const path = journalPath(this.ctx.layout, id);
      // No journal: every edit from now on goes into one begun after the cut, which is what a missing cut line means.
      if ((!held || held.closed) && (await journalBase(path)) === undefined) return cut;
      const base = await this.#baseOf(id);
      await (await this.#journal(id, base)).appendLines(cutLine(cut));
      return cut;
    });
  }

  /** A save of `id` taken at `cut` is about to write the file with fingerprint `saved` (see ./journal.ts). */
  mark(id: string, cut: string, saved: string): Promise<void> {
    return this.#lane.run(id, async () => {
      const base = await this.#baseOf(id).catch(() => null);
      // A new project: no file yet, so no edit can build on one.
      if (base === null) return;
      const held = this.#open.get(id);
      if ((!held || held.closed) && (await journalBase(journalPath(this.ctx.layout, id))) === undefined) {
        // No journal to mark (and none left behind should the save fail): the first append of the save's time carries the mark.
        this.#pending.set(id, { base, line: savedLine(saved, cut) });
        return;
      }
      await (await this.#journal(id, base)).appendLines(savedLine(saved, cut));
    });
  }

  /** A save of `id` failed: its mark (if not written yet) is dropped. */
  unmark(id: string): Promise<void> {
    return this.#lane.run(id, () => {
      this.#pending.delete(id);
      return Promise.resolve();
    });
  }

  /**
   * The file with fingerprint `saved` is written and in the index: the journal keeps only the
   * edits a save marked as made after its cut, as the journal of the new file; without such a
   * mark (a write that took no cut) it is removed, as the write holds all its edits.
   */
  finish(id: string, saved: string): Promise<void> {
    return this.#lane.run(id, async () => {
      this.#pending.delete(id);
      const path = journalPath(this.ctx.layout, id);
      const found = await journalBase(path);
      if (found === undefined || found === saved) return;
      await this.close(id);
      if (!(await this.#rebase(id, saved))) await discardJournal(path);
    });
  }

  /** Close a project's journal if it is held open (before the file is moved, removed or replaced). */
  async close(id: string): Promise<void> {
    const held = this.#open.get(id);
    if (!held) return;
    this.#open.delete(id);
    await held.close();
  }

  /** Resolves once every journal operation asked for so far has settled. */
  idle(): Promise<void> {
    return this.#lane.idle();
  }

  /** Close every journal held open (the library is shutting down). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((id) => this.#lane.run(id, () => this.close(id))));
  }

  /**
   * The edits to replay on the file now on disk: only those of a journal that builds on it.
   * `stale` reports a journal set aside because someone else replaced the file.
   */
  read(id: string): Promise<JournalContents> {
    return this.#lane.run(id, async () => {
      const path = journalPath(this.ctx.layout, id);
      let journal = await readJournalLines(path);
      if (!journal) return { entries: [], skipped: 0 };
      const entry = this.ctx.store.get(id);
      const current = entry ? await hashFile(entryFile(this.ctx.layout, entry), this.ctx.maxBytes) : null;
      // No file to replay on (away, too large): nothing to recover now, and the journal is kept for later.
      if (current === null) return { entries: [], skipped: 0 };
      if (journal.base !== current) {
        const stale = await this.#settle(id, journal.base, current);
        journal = stale ? null : await readJournalLines(path);
        if (!journal || journal.base !== current)
          return stale ? { entries: [], skipped: 0, stale: true } : { entries: [], skipped: 0 };
      }
      return { entries: journalEntries(journal.lines), skipped: journal.skipped };
    });
  }

  /**
   * Whether the listing should offer recovery: a journal holding edits that build on the version
   * in the index (or any journal with edits, for an entry from before the index kept hashes).
   */
  async hasRecovery(entry: IndexEntry): Promise<boolean> {
    const path = journalPath(this.ctx.layout, entry.id);
    const base = await journalBase(path);
    if (base === undefined) return false;
    if (entry.sha256 !== undefined && base !== entry.sha256) {
      // A save cut short after replacing the file: the edits after its cut build on the new one.
      const journal = await readJournalLines(path).catch(() => null);
      const onto = journal && linesOnto(journal.lines, entry.sha256);
      return onto ? hasEntries(onto) : false;
    }
    const journal = await readJournalLines(path).catch(() => null);
    return journal ? hasEntries(journal.lines) || journal.skipped > 0 : false;
  }

  /** Remove the journal (a save holds its edits now, or the user chose to drop them). */
  discard(id: string): Promise<void> {
    return this.#lane.run(id, async () => {
      await this.close(id);
      await discardJournal(journalPath(this.ctx.layout, id));
    });
  }

  /** The journal of `id` open for edits building on `base`; one building on another version is settled first. Runs in the lane. */
  async #journal(id: string, base: string): Promise<OpenJournal> {
    const held = this.#open.get(id);
    if (held && !held.closed && held.base === base) return held;
    await this.close(id);
    const path = journalPath(this.ctx.layout, id);
    const found = await journalBase(path);
    if (found !== undefined && found !== base) await this.#settle(id, found, base);
    const journal = await OpenJournal.open(path, base);
    this.#open.set(id, journal);
    const pending = this.#pending.get(id);
    if (journal.fresh && pending?.base === base) await journal.appendLines(pending.line);
    return journal;
  }

  /** The fingerprint of the version the user's edits build on: the one last read or written, else the file as it is. */
  async #baseOf(id: string): Promise<string> {
    const entry = this.ctx.store.get(id);
    if (entry?.sha256) return entry.sha256;
    const hash = entry ? await hashFile(entryFile(this.ctx.layout, entry), this.ctx.maxBytes) : null;
    if (!hash) throw new LibraryError(mt('storage.journal.baseUnreadable'));
    return hash;
  }

  /**
   * Make the journal the journal of the file with fingerprint `saved`, if a save marked it as
   * writing that file: the lines after its cut, under a new header (or no journal, without edits).
   * @returns whether a save had marked it so.
   */
  async #rebase(id: string, saved: string): Promise<boolean> {
    const path = journalPath(this.ctx.layout, id);
    const journal = await readJournalLines(path);
    const onto = journal && linesOnto(journal.lines, saved);
    if (!onto) return false;
    if (hasEntries(onto)) await writeFileAtomic(path, journalText(saved, onto));
    else await discardJournal(path);
    return true;
  }

  /**
   * Deal with a journal (whose header names `base`) that does not build on the file now on disk
   * (`current`). If a save marked it as writing that file, it was cut short before finishing: the
   * edits after its cut become the journal of the file. If it builds on the newest backup (the
   * version the last save replaced), that save was cut short before removing it and its edits are
   * in the file: it is removed. Otherwise it is moved to quarantine, never deleted. Runs in the lane.
   * @returns whether edits were set aside.
   */
  async #settle(id: string, base: string | null, current: string): Promise<boolean> {
    await this.close(id);
    if (await this.#rebase(id, current)) return false;
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
