/**
 * The project library: an index in electron-store plus one `.touchmap` file
 * per project under `<dataDir>/projects/`, with backups, a recovery journal
 * and a quarantine for files that cannot be read. Every write to a project
 * goes through one queue per project, so two writes never interleave.
 *
 * A project can also live anywhere else (opened from or saved to a path the
 * user chose, see ./libraryFiles.ts): its entry is marked `external` and
 * records that path; saves go there unless the file changed on disk since
 * Touchmap last read or wrote it. External files are never quarantined.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, JournalContents, JournalEntry, LibraryListing, ProjectSummary } from '../../shared/ipc';
import type { RecentFile, SaveAsInfo, Settings, TemplateId } from '../../shared/ipc';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { APP_INFO } from '../../shared/model/defaults';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model/types';
import { removeStaleTemps, writeFileAtomic } from './atomicWrite';
import { Backups, DEFAULT_BACKUP_POLICY } from './backups';
import type { BackupPolicy } from './backups';
import { changedOnDisk, sha256 } from './fingerprint';
import { describeMissing, indexFields, samePath, toSummary } from './entries';
import { KeyedQueue } from './keyedQueue';
import { backupFolder, dataLayout, isSafeId, LibraryError, projectPath } from './layout';
import type { DataLayout } from './layout';
import { LibraryStore, removeStoreTemps } from './libraryStore';
import type { IndexEntry } from './libraryStore';
import { LibraryFiles } from './libraryFiles';
import type { WriteTarget } from './libraryFiles';
import { ProjectJournals } from './projectJournals';
import { MAX_PROJECT_BYTES, quarantineFile, readProjectFile, summariseErrors } from './projectFiles';
import { scanProjects } from './scan';

export type BuildProject = (template: TemplateId, fields: { id: string; name: string; now: string }) => Project;

export interface LibraryOptions {
  dataDir: string;
  /** Moves a file or folder to the system trash (Electron: shell.trashItem). */
  trash: (path: string) => Promise<void>;
  /** Builds a new project from a template. */
  buildProject: BuildProject;
  now?: () => Date;
  newId?: () => string;
  backups?: BackupPolicy;
  maxFileBytes?: number;
  log?: (message: string) => void;
}

export class ProjectLibrary {
  readonly layout: DataLayout;
  readonly store: LibraryStore;
  readonly #backups: Backups;
  readonly #queue = new KeyedQueue();
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #maxBytes: number;
  readonly #log: (message: string) => void;
  readonly #files: LibraryFiles;
  readonly #journals: ProjectJournals;
  #ready: Promise<void> | null = null;

  constructor(private readonly options: LibraryOptions) {
    this.layout = dataLayout(options.dataDir);
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
    this.#maxBytes = options.maxFileBytes ?? MAX_PROJECT_BYTES;
    this.#log = options.log ?? ((message) => console.warn(`[library] ${message}`));
    this.#backups = new Backups(this.layout, options.backups ?? DEFAULT_BACKUP_POLICY);
    this.store = new LibraryStore({
      dataDir: options.dataDir,
      quarantineDir: this.layout.quarantine,
      now: this.#now,
      log: this.#log,
    });
    this.#journals = new ProjectJournals({
      layout: this.layout,
      store: this.store,
      backups: this.#backups,
      maxBytes: this.#maxBytes,
      now: this.#now,
      log: this.#log,
      fileOf: (entry) => this.#fileOf(entry),
    });
    this.#files = new LibraryFiles({
      layout: this.layout,
      store: this.store,
      maxBytes: this.#maxBytes,
      now: this.#now,
      init: () => this.init(),
      open: (id) => this.open(id),
      entryAt: (file) => this.store.entries().find((entry) => samePath(this.#fileOf(entry), file)),
      freshId: () => this.#freshId(),
      queue: (key, task) => this.#queue.run(key, task),
      write: (project, target) => this.#write(project, target),
    });
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
      now: this.#now,
      maxBytes: this.#maxBytes,
      log: this.#log,
    });
  }

  async list(): Promise<LibraryListing> {
    await this.init();
    const listing: LibraryListing = { projects: [], problems: [] };
    for (const entry of this.store.entries()) {
      if (entry.problem) {
        listing.problems.push({
          id: entry.id,
          name: entry.name,
          reason: entry.problem.reason,
          quarantinedTo: entry.problem.quarantinedTo,
          hasBackup: await this.#backups.has(entry.id),
        });
      } else {
        const summary: ProjectSummary = toSummary(entry);
        if (await this.#journals.hasRecovery(entry)) summary.hasRecovery = true;
        listing.projects.push(summary);
      }
    }
    listing.projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
    return listing;
  }

  async create(name: string, template: TemplateId): Promise<Project> {
    await this.init();
    const id = this.#newId();
    if (!isSafeId(id) || this.store.get(id)) throw new LibraryError('Could not pick a new project id.');
    const built = parseProject(this.options.buildProject(template, { id, name, now: this.#now().toISOString() }));
    if (!built.ok) throw new LibraryError(`The template "${template}" is broken: ${summariseErrors(built.errors)}`);
    return this.#queue.run(id, () => this.#write(built.project));
  }

  async open(id: string): Promise<Project> {
    const entry = await this.#entry(id);
    if (entry.problem) throw new LibraryError(`"${entry.name}" cannot be opened: ${entry.problem.reason}`);
    return this.#queue.run(id, () => this.#readVerified(entry));
  }

  /**
   * Save a validated project (stamping `updatedAt`), keeping the previous file as a backup.
   * A project living outside the library whose file changed on disk since we last read or
   * wrote it is not saved (LibraryError code `changed-on-disk`) unless `overwrite` is set.
   */
  async save(project: Project, options: { overwrite?: boolean } = {}): Promise<{ savedAt: string }> {
    await this.#entry(project.id);
    return this.#queue.run(project.id, async () => {
      const entry = this.store.get(project.id);
      if (entry?.external && !options.overwrite && (await changedOnDisk(entry.file, entry, this.#maxBytes))) {
        throw new LibraryError(
          `"${entry.name}" was not saved: the file ${entry.file} changed on disk since you opened it (another program or person may have edited it).`,
          'changed-on-disk',
        );
      }
      const savedAt = this.#now().toISOString();
      await this.#write({ ...project, updatedAt: savedAt });
      return { savedAt };
    });
  }

  async rename(id: string, name: string): Promise<ProjectSummary> {
    const entry = await this.#entry(id);
    if (entry.problem) throw new LibraryError(`"${entry.name}" cannot be renamed: ${entry.problem.reason}`);
    return this.#queue.run(id, async () => {
      const current = await this.#readVerified(entry);
      await this.#write({ ...current, name, updatedAt: this.#now().toISOString() });
      return toSummary(this.store.get(id) ?? entry);
    });
  }

  /**
   * Move the project file and its backups to the trash and forget the project. A project
   * living outside the library keeps its file where the user put it; only Touchmap's own
   * copies (backups, a copy left in the projects folder) go to the trash.
   */
  async delete(id: string): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, async () => {
      for (const path of [projectPath(this.layout, id), backupFolder(this.layout, id)]) {
        if (await stat(path).catch(() => null)) await this.options.trash(path);
      }
      await this.#journals.discard(id);
      this.store.remove(id);
    });
  }

  async listBackups(id: string): Promise<BackupInfo[]> {
    await this.#entry(id);
    return this.#backups.list(id);
  }

  /** Make a backup the current version; the current file, if any, is kept as a backup first. */
  async restoreBackup(id: string, backup: string): Promise<Project> {
    await this.#entry(id);
    return this.#queue.run(id, async () => {
      const path = await this.#backups.pathOf(id, backup);
      if (!path) throw new LibraryError('That backup no longer exists.');
      const outcome = await readProjectFile(path, this.#maxBytes);
      if (!outcome.ok) throw new LibraryError(`That backup cannot be read either: ${outcome.reason}`);
      // The version a restore replaces is pinned: the saves that follow never thin it out.
      return this.#write({ ...outcome.project, id, updatedAt: this.#now().toISOString() }, undefined, {
        pinBackup: true,
      });
    });
  }

  /** Record edits made since the last save (see ProjectJournals: the journal names the file they build on). */
  async appendJournal(id: string, entries: JournalEntry[]): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, () => this.#journals.append(id, entries));
  }

  /**
   * The edits to replay on the saved file: only those of a journal that builds on the file now
   * on disk, so a save cut short never has its edits replayed twice (see ProjectJournals).
   */
  async readJournal(id: string): Promise<JournalContents> {
    await this.#entry(id);
    return this.#queue.run(id, () => this.#journals.read(id));
  }

  async discardJournal(id: string): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, () => this.#journals.discard(id));
  }

  /** Open a `.touchmap` file from anywhere; the project lives at that path from then on (see LibraryFiles). */
  openFile(path: string): Promise<Project> {
    return this.#files.openFile(path);
  }

  /** Save a project to `path`; it lives there from then on (see LibraryFiles). */
  saveAs(project: Project, path: string): Promise<SaveAsInfo> {
    return this.#files.saveAs(project, path);
  }

  /** Import a file's content (a dropped file) as a new library project (see LibraryFiles). */
  importText(name: string, text: string): Promise<Project> {
    return this.#files.importText(name, text);
  }

  /** Whether the project `id` lives at `path`. */
  livesAt(id: string, path: string): Promise<boolean> {
    return this.#files.livesAt(id, path);
  }

  /** Files opened or saved outside the library, newest first, with the missing ones flagged. */
  recent(): Promise<Omit<RecentFile, 'token'>[]> {
    return this.#files.recent();
  }

  settings(): Settings {
    return this.store.settings();
  }

  updateSettings(update: Partial<Settings>): Settings {
    return this.store.updateSettings(update);
  }

  /** Resolves when every queued write has finished (call before quitting). */
  async flush(): Promise<void> {
    await this.#queue.idle();
  }

  /** Where an entry's document lives. */
  #fileOf(entry: IndexEntry): string {
    return entry.external ? entry.file : projectPath(this.layout, entry.id);
  }

  #freshId(): string {
    const id = this.#newId();
    if (!isSafeId(id) || this.store.get(id)) throw new LibraryError('Could not pick a new project id.');
    return id;
  }

  async #entry(id: string): Promise<IndexEntry> {
    await this.init();
    const entry = isSafeId(id) ? this.store.get(id) : undefined;
    if (!entry) throw new LibraryError('This project is not in the library (it may have been deleted).');
    return entry;
  }

  /**
   * Read and check a project's file. An unreadable file is quarantined and the
   * index remembers why, so the listing keeps telling the user. Must run inside the queue.
   */
  async #readVerified(queued: IndexEntry): Promise<Project> {
    // Writes queued before this read may have changed the entry (a rename, say).
    const entry = this.store.get(queued.id) ?? queued;
    const file = this.#fileOf(entry);
    const outcome = await readProjectFile(file, this.#maxBytes);
    if (!outcome.ok && entry.external) {
      // The user's own file, outside our folder: refused, never moved; the entry stays as it was.
      throw new LibraryError(`"${entry.name}" cannot be opened: ${describeMissing(outcome, file)}`);
    }
    if (!outcome.ok) {
      const quarantinedTo = outcome.missing
        ? null
        : await quarantineFile(this.layout.quarantine, file, outcome.reason, this.#now());
      this.store.put({ ...entry, problem: { reason: outcome.reason, quarantinedTo } });
      const where = quarantinedTo ? ' The file was moved to the quarantine folder.' : '';
      throw new LibraryError(`"${entry.name}" cannot be opened: ${outcome.reason}${where}`);
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
   * version in the index, then the journal is obsolete (this save holds all its edits).
   * A crash before the journal is gone leaves one whose header names the replaced
   * version, so it is never replayed on this one. Must run inside the queue.
   */
  async #write(version: Project, target?: WriteTarget, options: { pinBackup?: boolean } = {}): Promise<Project> {
    // The file records which app wrote it, whatever wrote the version before.
    const project: Project = { ...version, writtenBy: { ...APP_INFO } };
    const text = serializeProject(project);
    if (Buffer.byteLength(text) > this.#maxBytes) {
      const limit = Math.round(this.#maxBytes / (1024 * 1024));
      throw new LibraryError(`The project is too large to save (project files are limited to ${limit} MB).`);
    }
    const entry = this.store.get(project.id);
    const external = target?.external ?? entry?.external ?? false;
    const file = target?.file ?? (entry ? this.#fileOf(entry) : projectPath(this.layout, project.id));
    const hash = sha256(text);
    await this.#backups.keep(project.id, file, options.pinBackup ? { pinned: true } : {});
    await writeFileAtomic(file, text);
    // The index learns of the new version before the journal goes: should removing the journal
    // fail, the next edit still sees that the old journal builds on the replaced file.
    const info = await stat(file);
    const where = external ? { external: true } : {};
    this.store.put({ ...indexFields(project, file), bytes: info.size, mtimeMs: info.mtimeMs, sha256: hash, ...where });
    await this.#journals.discard(project.id);
    return project;
  }
}
