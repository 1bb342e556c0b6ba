/**
 * The real services behind every IPC channel, as plain async functions that
 * return Result objects. Free of any `electron` import: main wires these
 * through electron/ipc.ts, and the end-to-end harness binds the very same
 * functions in Chromium.
 */
import { Channels } from '../shared/ipc';
import type { Channel, Handlers, Result } from '../shared/ipc';
import { parseProject } from '../shared/model/parse';
import { buildTemplate } from '../shared/templates';
import { ProjectLibrary } from './storage/library';
import type { LibraryOptions } from './storage/library';
import { LibraryError } from './storage/layout';
import { summariseErrors } from './storage/projectFiles';

export interface HandlerDeps {
  dataDir: string;
  trash: (path: string) => Promise<void>;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string) => void;
  /** Storage tuning for tests (backup policy, size cap). */
  library?: Partial<Pick<LibraryOptions, 'backups' | 'maxFileBytes' | 'buildProject'>>;
}

export interface Services {
  library: ProjectLibrary;
  handlers: Handlers;
}

/** Build the library over `dataDir` and the handlers over it; main also needs the library (window bounds). */
export function createServices(deps: HandlerDeps): Services {
  const log = deps.log ?? ((message: string) => console.warn(`[touchmap] ${message}`));
  const library = new ProjectLibrary({
    ...deps.library,
    dataDir: deps.dataDir,
    trash: deps.trash,
    buildProject: deps.library?.buildProject ?? buildTemplate,
    log,
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.newId ? { newId: deps.newId } : {}),
  });
  return { library, handlers: handlersFor(library, log) };
}

/** The handlers for every channel over a fresh library in `deps.dataDir`. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return createServices(deps).handlers;
}

/** Run a service call and turn any failure into readable text; nothing is thrown across the bridge. */
async function attempt<T>(
  channel: Channel,
  log: (message: string) => void,
  work: () => Promise<T> | T,
): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, error: error.message };
    log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Something went wrong (${detail}).` };
  }
}

export function handlersFor(library: ProjectLibrary, log: (message: string) => void): Handlers {
  return {
    [Channels.listProjects]: () => attempt(Channels.listProjects, log, () => library.list()),
    [Channels.createProject]: ({ name, template }) =>
      attempt(Channels.createProject, log, () => library.create(name, template)),
    [Channels.openProject]: ({ id }) => attempt(Channels.openProject, log, () => library.open(id)),
    [Channels.saveProject]: ({ project }) =>
      attempt(Channels.saveProject, log, () => {
        // The renderer is not trusted: the document goes through the model's full parse path.
        const parsed = parseProject(project);
        if (!parsed.ok) throw new LibraryError(`The project was not saved: ${summariseErrors(parsed.errors)}`);
        return library.save(parsed.project);
      }),
    [Channels.renameProject]: ({ id, name }) => attempt(Channels.renameProject, log, () => library.rename(id, name)),
    [Channels.deleteProject]: ({ id }) =>
      attempt(Channels.deleteProject, log, async () => {
        await library.delete(id);
        return null;
      }),
    [Channels.listBackups]: ({ id }) => attempt(Channels.listBackups, log, () => library.listBackups(id)),
    [Channels.restoreBackup]: ({ id, backup }) =>
      attempt(Channels.restoreBackup, log, () => library.restoreBackup(id, backup)),
    [Channels.appendJournal]: ({ id, entries }) =>
      attempt(Channels.appendJournal, log, async () => {
        await library.appendJournal(id, entries);
        return null;
      }),
    [Channels.readJournal]: ({ id }) => attempt(Channels.readJournal, log, () => library.readJournal(id)),
    [Channels.discardJournal]: ({ id }) =>
      attempt(Channels.discardJournal, log, async () => {
        await library.discardJournal(id);
        return null;
      }),
    [Channels.getSettings]: () => attempt(Channels.getSettings, log, () => library.settings()),
    [Channels.setSettings]: ({ settings }) =>
      attempt(Channels.setSettings, log, () => library.updateSettings(settings)),
  };
}
