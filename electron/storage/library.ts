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
 *
 * What the parts share (index, queue, the read and write paths) is one
 * LibraryCore (./libraryCore.ts); this class and LibraryFiles both work on it.
 */
import { stat } from 'node:fs/promises';
import type { BackupInfo, JournalContents, JournalEntry, LibraryListing, ProjectSummary } from '../../shared/ipc';
import type { Language } from '../../shared/i18n/languages';
import type { RecentFile, SaveAsInfo, Settings, TemplateId } from '../../shared/ipc';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model/types';
import { toSummary } from './entries';
import { changedOnDisk } from './fingerprint';
import { backupFolder, LibraryError, projectPath } from './layout';
import type { DataLayout } from './layout';
import { LibraryCore, type CoreOptions } from './libraryCore';
import { LibraryFiles } from './libraryFiles';
import type { LibraryStore } from './libraryStore';
import { readProjectFile, summariseErrors } from './projectFiles';

export type BuildProject = (
  template: TemplateId,
  fields: { id: string; name: string; now: string; language?: Language },
) => Project;

/** What the library needs beyond what its core does (LibraryCore's options). */
export interface LibraryOptions extends CoreOptions {
  /** Moves a file or folder to the system trash (Electron: shell.trashItem). */
  trash: (path: string) => Promise<void>;
  /** Builds a new project from a template. */
  buildProject: BuildProject;
}

/** The id a sent document names; one that names none (or an unsafe one) is refused as unknown. */
function idOf(sent: unknown): string {
  const id = typeof sent === 'object' && sent !== null ? (sent as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}

export class ProjectLibrary {
  readonly #core: LibraryCore;
  readonly #files: LibraryFiles;

  constructor(private readonly options: LibraryOptions) {
    this.#core = new LibraryCore(options);
    this.#files = new LibraryFiles(this.#core);
  }

  get layout(): DataLayout {
    return this.#core.layout;
  }

  get store(): LibraryStore {
    return this.#core.store;
  }

  /** Start-up work, run once; every method awaits it (see LibraryCore.init). */
  init(): Promise<void> {
    return this.#core.init();
  }

  async list(): Promise<LibraryListing> {
    const core = this.#core;
    await core.init();
    const listing: LibraryListing = { projects: [], problems: [] };
    for (const entry of core.store.entries()) {
      if (entry.problem) {
        listing.problems.push({
          id: entry.id,
          name: entry.name,
          reason: entry.problem.reason,
          quarantinedTo: entry.problem.quarantinedTo,
          hasBackup: await core.backups.has(entry.id),
        });
      } else {
        const summary: ProjectSummary = toSummary(entry);
        if (await core.journals.hasRecovery(entry)) summary.hasRecovery = true;
        listing.projects.push(summary);
      }
    }
    listing.projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
    return listing;
  }

  /** A new project from a template, its text in `language` (the template's English when absent). */
  async create(name: string, template: TemplateId, language?: Language): Promise<Project> {
    const core = this.#core;
    await core.init();
    const id = core.freshId();
    const fields = { id, name, now: core.now().toISOString(), ...(language ? { language } : {}) };
    const built = parseProject(this.options.buildProject(template, fields));
    if (!built.ok) throw new LibraryError(`The template "${template}" is broken: ${summariseErrors(built.problems)}`);
    return core.queue.run(id, () => core.write(built.project));
  }

  open(id: string): Promise<Project> {
    return this.#core.open(id);
  }

  /**
   * Save a project as the renderer sent it (checked here, off main's event loop when there is
   * a save worker: see ./savePreparer.ts), stamping `updatedAt`, keeping the previous file as a
   * backup. It goes where the project lives (its index entry): only a project in the library can
   * be saved, never to a path the caller names. A project living outside the library whose file
   * changed on disk since we last read or wrote it is not saved (LibraryError code
   * `changed-on-disk`) unless `overwrite` is set.
   */
  async save(sent: unknown, options: { overwrite?: boolean } = {}): Promise<{ savedAt: string }> {
    const core = this.#core;
    const id = idOf(sent);
    await core.entry(id);
    // Edits appended after this point are not in `sent`: the journal keeps them through the save.
    const cut = core.journals.cut(id).catch(() => null);
    return core.queue.run(id, async () => {
      const entry = core.store.get(id);
      if (entry?.external && !options.overwrite && (await changedOnDisk(entry.file, entry, core.maxBytes))) {
        throw new LibraryError(
          `"${entry.name}" was not saved: the file ${entry.file} changed on disk since you opened it (another program or person may have edited it).`,
          'changed-on-disk',
        );
      }
      const savedAt = core.now().toISOString();
      const prepared = await core.preparer.prepare({ project: sent, updatedAt: savedAt, maxBytes: core.maxBytes });
      if (!prepared.ok) throw new LibraryError(prepared.error);
      if (prepared.fields.id !== id) throw new LibraryError('The project was not saved: its id changed.');
      await core.writeBytes(prepared.fields, prepared.bytes, prepared.sha256, undefined, { cut: await cut });
      return { savedAt };
    });
  }

  async rename(id: string, name: string): Promise<ProjectSummary> {
    const core = this.#core;
    const entry = await core.entry(id);
    if (entry.problem) throw new LibraryError(`"${entry.name}" cannot be renamed: ${entry.problem.reason}`);
    return core.queue.run(id, async () => {
      const current = await core.readVerified(entry);
      await core.write({ ...current, name, updatedAt: core.now().toISOString() });
      return toSummary(core.store.get(id) ?? entry);
    });
  }

  /**
   * Move the project file and its backups to the trash and forget the project. A project
   * living outside the library keeps its file where the user put it; only Touchmap's own
   * copies (backups, a copy left in the projects folder) go to the trash.
   */
  async delete(id: string): Promise<void> {
    const core = this.#core;
    await core.entry(id);
    await core.queue.run(id, async () => {
      for (const path of [projectPath(core.layout, id), backupFolder(core.layout, id)]) {
        if (await stat(path).catch(() => null)) await this.options.trash(path);
      }
      await core.journals.discard(id);
      core.store.remove(id);
    });
  }

  async listBackups(id: string): Promise<BackupInfo[]> {
    await this.#core.entry(id);
    return this.#core.backups.list(id);
  }

  /** Make a backup the current version; the current file, if any, is kept as a backup first. */
  async restoreBackup(id: string, backup: string): Promise<Project> {
    const core = this.#core;
    await core.entry(id);
    return core.queue.run(id, async () => {
      const path = await core.backups.pathOf(id, backup);
      if (!path) throw new LibraryError('That backup no longer exists.');
      const outcome = await readProjectFile(path, core.maxBytes);
      if (!outcome.ok) throw new LibraryError(`That backup cannot be read either: ${outcome.reason}`);
      // The version a restore replaces is pinned: the saves that follow never thin it out.
      return core.write({ ...outcome.project, id, updatedAt: core.now().toISOString() }, undefined, {
        pinBackup: true,
      });
    });
  }

  /**
   * Record edits made since the last save (see ProjectJournals: the journal names the file they
   * build on). Appends run in the journal's own lane, so they do not wait for a save in flight.
   */
  async appendJournal(id: string, entries: JournalEntry[]): Promise<void> {
    await this.#core.entry(id);
    await this.#core.journals.append(id, entries);
  }

  /**
   * The edits to replay on the saved file: only those of a journal that builds on the file now
   * on disk, so a save cut short never has its edits replayed twice (see ProjectJournals).
   */
  async readJournal(id: string): Promise<JournalContents> {
    await this.#core.entry(id);
    return this.#core.queue.run(id, () => this.#core.journals.read(id));
  }

  async discardJournal(id: string): Promise<void> {
    await this.#core.entry(id);
    await this.#core.queue.run(id, () => this.#core.journals.discard(id));
  }

  /** Open a `.touchmap` file from anywhere; the project lives at that path from then on (see LibraryFiles). */
  openFile(path: string): Promise<Project> {
    return this.#files.openFile(path);
  }

  /** Save a project to `path`; it lives there from then on (see LibraryFiles). */
  saveAs(project: Project, path: string): Promise<SaveAsInfo> {
    return this.#files.saveAs(project, path);
  }

  /** Import a file's content as a new library project (see LibraryFiles). */
  importText(name: string, text: string): Promise<Project> {
    return this.#files.importText(name, text);
  }

  /** Files opened or saved outside the library, newest first, with the missing ones flagged. */
  recent(): Promise<Omit<RecentFile, 'token'>[]> {
    return this.#files.recent();
  }

  settings(): Settings {
    return this.#core.store.settings();
  }

  updateSettings(update: Partial<Settings>): Settings {
    return this.#core.store.updateSettings(update);
  }

  /** Resolves when every queued write has finished and the journals held open are closed (call before quitting). */
  async flush(): Promise<void> {
    await this.#core.queue.idle();
    await this.#core.journals.idle();
    await this.#core.journals.closeAll();
    await this.#core.preparer.close();
  }
}
