/**
 * Files anywhere: projects opened from, or saved to, a path outside the
 * library folder, content imported as a copy, and the recent-files list.
 * Part of ProjectLibrary (which delegates here), working on the same LibraryCore.
 *
 * An external project keeps a library entry marked `external` that records its
 * path; saves go there, atomically and with a backup. External files are never
 * moved to quarantine: a bad one is refused and left where it is.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { RecentFile, SaveAsInfo } from '../../shared/ipc';
import { deserializeProject } from '../../shared/formats/touchmapFile';
import type { Project } from '../../shared/model/types';
import { describeMissing, describeSize, distinctName, indexFields, isInside } from './entries';
import { isSafeId, LibraryError, PROJECT_EXTENSION } from './layout';
import type { LibraryCore } from './libraryCore';
import { readProjectFile, summariseErrors } from './projectFiles';

export class LibraryFiles {
  constructor(private readonly core: LibraryCore) {}

  /**
   * Open a `.touchmap` file from anywhere. The project then lives at that path: it gets a
   * library entry recording the path (the same entry when the path is opened again) and
   * saves go there. A file that cannot be read changes nothing and is left where it is.
   * A file inside Touchmap's own data folder that the library does not know is imported as a copy.
   */
  async openFile(path: string): Promise<Project> {
    const { core } = this;
    await core.init();
    const file = resolve(path);
    const known = core.entryAt(file);
    if (known) return this.#opened(file, await core.open(known.id));
    const outcome = await readProjectFile(file, core.maxBytes);
    if (!outcome.ok) throw new LibraryError(`"${basename(file)}" cannot be opened: ${describeMissing(outcome, file)}`);
    if (isInside(core.layout.root, file)) return this.#importProject(outcome.project);
    // Two opens of one path at once must not make two entries: the path is the queue key.
    return core.queue.run(`path:${file}`, async () => {
      const again = core.entryAt(file);
      if (again) return this.#opened(file, await core.open(again.id));
      const ownId = outcome.project.id;
      const id = isSafeId(ownId) && !core.store.get(ownId) ? ownId : core.freshId();
      const project: Project = { ...outcome.project, id };
      const { bytes, mtimeMs } = outcome;
      core.store.put({ ...indexFields(project, file), external: true, bytes, mtimeMs, sha256: outcome.sha256 });
      return this.#opened(file, project);
    });
  }

  /**
   * Save a project to `path` (pretty JSON, atomically, a file already there kept as a
   * backup first), and let the project live there from now on: same id, the entry moves;
   * a copy left in the projects folder stays as it is.
   */
  async saveAs(project: Project, path: string): Promise<SaveAsInfo> {
    const { core } = this;
    await core.init();
    const file = resolve(path);
    if (isInside(core.layout.root, file)) {
      throw new LibraryError(
        'That folder holds Touchmap’s own files. Please save the project somewhere else, such as your Documents folder.',
      );
    }
    const owner = core.entryAt(file);
    if (owner && owner.id !== project.id) {
      throw new LibraryError(
        `That file is where the project "${owner.name}" lives. Please choose another name, so neither project is lost.`,
      );
    }
    const id = isSafeId(project.id) ? project.id : core.freshId();
    return core.queue.run(id, async () => {
      const savedAt = core.now().toISOString();
      const saved = await core.write({ ...project, id, updatedAt: savedAt }, { file, external: true });
      core.store.touchRecent({ path: file, name: saved.name, openedAt: savedAt });
      return { path: file, savedAt, project: saved };
    });
  }

  /** Import a file's content (a dropped file) as a new project in the library; a rejected file changes nothing. */
  async importText(name: string, text: string): Promise<Project> {
    const { core } = this;
    await core.init();
    const label = basename(name.replaceAll('\\', '/')).slice(0, 200) || 'The file';
    if (!label.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw new LibraryError(`"${label}" is not a Touchmap project. Only .touchmap files can be opened.`);
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > core.maxBytes) {
      throw new LibraryError(
        `"${label}" cannot be opened: the file is ${describeSize(bytes)}; Touchmap opens project files up to ${describeSize(core.maxBytes)}.`,
      );
    }
    const parsed = deserializeProject(text);
    if (!parsed.ok) throw new LibraryError(`"${label}" cannot be opened: ${summariseErrors(parsed.problems)}`);
    return this.#importProject(parsed.project);
  }

  /** Files opened or saved outside the library, newest first, with the missing ones flagged. */
  async recent(): Promise<Omit<RecentFile, 'token'>[]> {
    const items = this.core.store.recent();
    const isFile = (path: string) =>
      stat(path).then(
        (info) => info.isFile(),
        () => false,
      );
    const present = await Promise.all(items.map((item) => isFile(item.path)));
    return items.map((item, i) => ({ ...item, missing: !present[i] }));
  }

  #opened(file: string, project: Project): Project {
    this.core.store.touchRecent({ path: file, name: project.name, openedAt: this.core.now().toISOString() });
    return project;
  }

  /**
   * A copy of a checked project as a new library project, with a new id, and a name of its own
   * when the library already lists one by its name (a map opened again from its exported image).
   */
  async #importProject(project: Project): Promise<Project> {
    const id = this.core.freshId();
    const name = distinctName(
      project.name,
      this.core.store.entries().map((entry) => entry.name),
    );
    return this.core.queue.run(id, () =>
      this.core.write({ ...project, id, name, updatedAt: this.core.now().toISOString() }),
    );
  }
}
