/**
 * What every part of the library shares: the data folder's layout, the index,
 * backups, journals, the per-project queue, and the one read path and one write
 * path of a project file. ProjectLibrary (the library's face) and LibraryFiles
 * (files outside the library folder) both work on one LibraryCore.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../shared/model/types';
import { removeStaleTemps, writeFileAtomic } from './atomicWrite';
import { Backups, DEFAULT_BACKUP_POLICY } from './backups';
import type { BackupPolicy } from './backups';
import { describeMissing, indexFields, samePath } from './entries';
import { KeyedQueue } from './keyedQueue';
import { dataLayout, entryFile, isSafeId, LibraryError, projectPath } from './layout';
import type { DataLayout } from './layout';
import { LibraryStore, removeStoreTemps } from './libraryStore';
import type { IndexEntry } from './libraryStore';
import { ProjectJournals } from './projectJournals';
import { projectBytes, tooLargeMessage } from './prepareSave';
import type { DocumentFields } from './prepareSave';
import { savePreparer } from './savePreparer';
import type { SavePreparer } from './savePreparer';
import { MAX_PROJECT_BYTES, quarantineFile, readProjectFile } from './projectFiles';
import { scanProjects } from './scan';
import { mainLanguage, mt } from '../language';

export interface CoreOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  backups?: BackupPolicy;
  maxFileBytes?: number;
  log?: (message: string) => void;
  /** The built save worker (out/main/saveWorker.js); without it (or when missing) saves are prepared in-process. */
  saveWorker?: string | URL;
}

/** Where a write goes when it is not the entry's usual file. */
export interface WriteTarget {
  file: string;
  external: boolean;
}

export class LibraryCore {
  readonly layout: DataLayout;
  readonly store: LibraryStore;
  readonly backups: Backups;
  readonly journals: ProjectJournals;
  readonly queue = new KeyedQueue();
  readonly maxBytes: number;
  readonly now: () => Date;
  readonly log: (message: string) => void;
  readonly preparer: SavePreparer;
  readonly #newId: () => string;
  #ready: Promise<void> | null = null;

  constructor(options: CoreOptions) {
    this.layout = dataLayout(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
    this.maxBytes = options.maxFileBytes ?? MAX_PROJECT_BYTES;
    this.log = options.log ?? ((message) => console.warn(`[library] ${message}`));
    this.backups = new Backups(this.layout, options.backups ?? DEFAULT_BACKUP_POLICY);
    this.store = new LibraryStore({
      dataDir: options.dataDir,
      quarantineDir: this.layout.quarantine,
      now: this.now,
      log: this.log,
    });
    this.journals = new ProjectJournals(this);
    this.preparer = savePreparer(options.saveWorker, this.log);
  }

  /**
   * Start-up work, run once (every method awaits it): create the folders,
   * remove temp files left by cut-short writes (ours in projects/ and backups/,
   * electron-store's next to library.json), check changed project files and quarantine the
   * unreadable ones, rebuild index entries for files the index does not know.
   */
  init(): Promise<void> {
    this.#ready ??= this.#start().catch((error: unknown) => {
      this.#ready = null; // let the next call try again rather than fail forever
      throw error;
    });
    return this.#ready;
  }

  async #start(): Promise<void> {
    const { projects, backups, quarantine } = this.layout;
    for (const dir of [projects, backups, quarantine]) await mkdir(dir, { recursive: true });
    await removeStoreTemps(this.layout.root);
    await removeStaleTemps(projects);
    for (const folder of await readdir(backups, { withFileTypes: true })) {
      if (folder.isDirectory()) await removeStaleTemps(join(backups, folder.name));
    }
    await scanProjects({
      layout: this.layout,
      store: this.store,
      now: this.now,
      maxBytes: this.maxBytes,
      log: this.log,
    });
  }

  /** Where an entry's document lives. */
  fileOf(entry: IndexEntry): string {
    return entryFile(this.layout, entry);
  }

  /** The entry whose document lives at `file`, if any. */
  entryAt(file: string): IndexEntry | undefined {
    return this.store.entries().find((entry) => samePath(this.fileOf(entry), file));
  }

  /** A new, unused, file-name-safe project id. */
  freshId(): string {
    const id = this.#newId();
    if (!isSafeId(id) || this.store.get(id)) throw new LibraryError(mt('storage.library.noFreshId'));
    return id;
  }

  /** The index entry of a project in the library; refused for an unknown (or unsafe) id. */
  async entry(id: string): Promise<IndexEntry> {
    await this.init();
    const entry = isSafeId(id) ? this.store.get(id) : undefined;
    if (!entry) throw new LibraryError(mt('storage.library.notInLibrary'));
    return entry;
  }

  /** Open a library project: its file, read and checked in the project's queue. */
  async open(id: string): Promise<Project> {
    const entry = await this.entry(id);
    if (entry.problem)
      throw new LibraryError(mt('storage.library.cannotOpen', { name: entry.name, detail: entry.problem.reason }));
    return this.queue.run(id, () => this.readVerified(entry));
  }

  /**
   * Read and check a project's file. An unreadable file is quarantined and the
   * index remembers why, so the listing keeps telling the user. Must run inside the queue.
   */
  async readVerified(queued: IndexEntry): Promise<Project> {
    // Writes queued before this read may have changed the entry (a rename, say).
    const entry = this.store.get(queued.id) ?? queued;
    const file = this.fileOf(entry);
    const outcome = await readProjectFile(file, this.maxBytes);
    if (!outcome.ok && entry.external) {
      // The user's own file, outside our folder: refused, never moved; the entry stays as it was.
      throw new LibraryError(
        mt('storage.library.cannotOpen', { name: entry.name, detail: describeMissing(outcome, file) }),
      );
    }
    if (!outcome.ok) {
      const quarantinedTo = outcome.missing
        ? null
        : await quarantineFile(this.layout.quarantine, file, outcome.reason, this.now());
      this.store.put({ ...entry, problem: { reason: outcome.reason, quarantinedTo } });
      const key = quarantinedTo ? 'storage.library.quarantined' : 'storage.library.cannotOpen';
      throw new LibraryError(mt(key, { name: entry.name, detail: outcome.reason }));
    }
    // The file name is the id; a copied file carrying another id is adopted under its name.
    const project = outcome.project.id === entry.id ? outcome.project : { ...outcome.project, id: entry.id };
    const { bytes, mtimeMs } = outcome;
    // The hash names the version the user's edits build on (journal) and tells a real change from a touched file (external).
    this.store.put({
      ...indexFields(project, file),
      bytes,
      mtimeMs,
      sha256: outcome.sha256,
      ...(entry.external ? { external: true } : {}),
    });
    return project;
  }

  /**
   * Write a project file: back up the current one, write atomically, record the new
   * version in the index; the journal then keeps only the edits made after the write took
   * its document (see ProjectJournals: cut, mark, finish). A crash before the journal is
   * settled leaves one whose header names the replaced version and whose marks say which of
   * its edits build on this one. Must run inside the queue.
   */
  async write(version: Project, target?: WriteTarget, options: { pinBackup?: boolean } = {}): Promise<Project> {
    const { project, bytes, sha256 } = projectBytes(version);
    if (bytes.byteLength > this.maxBytes) throw new LibraryError(tooLargeMessage(this.maxBytes, mainLanguage()));
    const fields = {
      id: project.id,
      name: project.name,
      updatedAt: project.updatedAt,
      stepCount: project.steps.length,
    };
    await this.writeBytes(fields, bytes, sha256, target, options);
    return project;
  }

  /**
   * The disk half of `write`, for bytes already prepared (checked, serialised, hashed; see
   * ./prepareSave.ts): backup, atomic write, index, journal. `cut` is where the journal stood
   * when the document was taken (ProjectJournals.cut; null: it could not be marked, and the
   * journal is removed after the write, as before marks); taken now when not given. Must run
   * inside the queue.
   */
  async writeBytes(
    fields: DocumentFields,
    bytes: Uint8Array,
    sha256: string,
    target?: WriteTarget,
    options: { pinBackup?: boolean; cut?: string | null } = {},
  ): Promise<void> {
    const cut = options.cut !== undefined ? options.cut : await this.journals.cut(fields.id).catch(() => null);
    const entry = this.store.get(fields.id);
    const external = target?.external ?? entry?.external ?? false;
    const file = target?.file ?? (entry ? this.fileOf(entry) : projectPath(this.layout, fields.id));
    await this.backups.keep(fields.id, file, options.pinBackup ? { pinned: true } : {});
    // Before the file is replaced, the journal names it: a crash after the rename still finds the later edits.
    if (cut !== null) await this.journals.mark(fields.id, cut, sha256);
    try {
      await writeFileAtomic(file, bytes);
    } catch (error) {
      await this.journals.unmark(fields.id);
      throw error;
    }
    // The index learns of the new version before the journal is settled: should that fail,
    // the next edit still sees that the journal's header names the replaced file.
    const info = await stat(file);
    const where = external ? { external: true } : {};
    this.store.put({ ...fields, file, bytes: info.size, mtimeMs: info.mtimeMs, sha256, ...where });
    await this.journals.finish(fields.id, sha256);
  }
}
