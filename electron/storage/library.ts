/**
 * The project library: an index in electron-store plus one `.touchmap` file
 * per project under `<dataDir>/projects/`, with backups, a recovery journal
 * and a quarantine for files that cannot be read. Every write to a project
 * goes through one queue per project, so two writes never interleave.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, JournalContents, JournalEntry, LibraryListing, ProjectSummary } from '../../shared/ipc';
import type { Settings, TemplateId } from '../../shared/ipc';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { APP_INFO } from '../../shared/model/defaults';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model/types';
import { removeStaleTemps, writeFileAtomic } from './atomicWrite';
import { Backups, DEFAULT_BACKUP_POLICY } from './backups';
import type { BackupPolicy } from './backups';
import { appendJournal, discardJournal, hasJournal, readJournal } from './journal';
import { KeyedQueue } from './keyedQueue';
import { backupFolder, dataLayout, isSafeId, journalPath, LibraryError, projectPath } from './layout';
import type { DataLayout } from './layout';
import { LibraryStore } from './libraryStore';
import type { IndexEntry } from './libraryStore';
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
  }

  /**
   * Start-up work, run once (every method awaits it): create the folders,
   * remove stale temp files, check changed project files and quarantine the
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
        if (await hasJournal(journalPath(this.layout, entry.id))) summary.hasRecovery = true;
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

  /** Save a validated project (stamping `updatedAt`), keeping the previous file as a backup. */
  async save(project: Project): Promise<{ savedAt: string }> {
    await this.#entry(project.id);
    return this.#queue.run(project.id, async () => {
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

  /** Move the project file and its backups to the trash and forget the project. */
  async delete(id: string): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, async () => {
      for (const path of [projectPath(this.layout, id), backupFolder(this.layout, id)]) {
        if (await stat(path).catch(() => null)) await this.options.trash(path);
      }
      await discardJournal(journalPath(this.layout, id));
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
      return this.#write({ ...outcome.project, id, updatedAt: this.#now().toISOString() });
    });
  }

  async appendJournal(id: string, entries: JournalEntry[]): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, () => appendJournal(journalPath(this.layout, id), entries));
  }

  async readJournal(id: string): Promise<JournalContents> {
    await this.#entry(id);
    return this.#queue.run(id, () => readJournal(journalPath(this.layout, id)));
  }

  async discardJournal(id: string): Promise<void> {
    await this.#entry(id);
    await this.#queue.run(id, () => discardJournal(journalPath(this.layout, id)));
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
    const file = projectPath(this.layout, entry.id);
    const outcome = await readProjectFile(file, this.#maxBytes);
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
    this.store.put({ ...indexFields(project, file), bytes: outcome.bytes, mtimeMs: outcome.mtimeMs });
    return project;
  }

  /**
   * Write a project file: back up the current one, write atomically, then the
   * journal is obsolete (this save holds all its edits). Must run inside the queue.
   */
  async #write(version: Project): Promise<Project> {
    // The file records which app wrote it, whatever wrote the version before.
    const project: Project = { ...version, writtenBy: { ...APP_INFO } };
    const text = serializeProject(project);
    if (Buffer.byteLength(text) > this.#maxBytes) {
      const limit = Math.round(this.#maxBytes / (1024 * 1024));
      throw new LibraryError(`The project is too large to save (project files are limited to ${limit} MB).`);
    }
    const file = projectPath(this.layout, project.id);
    await this.#backups.keep(project.id, file);
    await writeFileAtomic(file, text);
    await discardJournal(journalPath(this.layout, project.id));
    const info = await stat(file);
    this.store.put({ ...indexFields(project, file), bytes: info.size, mtimeMs: info.mtimeMs });
    return project;
  }
}

function indexFields(project: Project, file: string): IndexEntry {
  return { id: project.id, name: project.name, updatedAt: project.updatedAt, file, stepCount: project.steps.length };
}

function toSummary(entry: IndexEntry): ProjectSummary {
  return { id: entry.id, name: entry.name, updatedAt: entry.updatedAt, stepCount: entry.stepCount, file: entry.file };
}
