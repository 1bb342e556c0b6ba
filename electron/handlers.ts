/**
 * The real services behind every IPC channel, as plain async functions that
 * return Result objects. Free of any `electron` import: main wires these
 * through electron/ipc.ts, and the end-to-end harness binds the very same
 * functions in Chromium.
 */
import { Channels } from '../shared/ipc';
import { saveExport } from './exports';
import { PdfFontService } from './pdfFont/pdfFontService';
import { isImagePath, readProjectFromImage } from './imageImport';
import type { Channel, Handlers, LanguageInfo, Result, Settings } from '../shared/ipc';
import type { ThemeChoice } from '../shared/look/tokens';
import { matchLanguage, type Language } from '../shared/i18n/languages';
import { mainLanguage, mt, setMainLanguage } from './language';
import { parseProject } from '../shared/model/parse';
import type { Project } from '../shared/model/types';
import { buildTemplate } from '../shared/templates';
import { FileGrants } from './fileGrants';
import { NO_DIALOGS, openablePathProblem, projectPathProblem, suggestedFileName } from './files';
import type { Dialogs } from './files';
import { ProjectLibrary } from './storage/library';
import type { LibraryOptions } from './storage/library';
import type { RecentEntry } from './storage/libraryStore';
import { LibraryError } from './storage/layout';
import { describeIoError, summariseErrors } from './storage/projectFiles';
import { WorkshopService, type WorkshopDeps } from './workshop';
import { workshopHandlers } from './workshopHandlers';

export interface HandlerDeps {
  dataDir: string;
  trash: (path: string) => Promise<void>;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string) => void;
  /** Storage tuning for tests (backup policy, size cap). */
  library?: Partial<Pick<LibraryOptions, 'backups' | 'maxFileBytes' | 'buildProject' | 'saveWorker'>>;
  /** Open/save dialogs (main: Electron's; the harness: a stub). Without them every dialog is cancelled. */
  dialogs?: Dialogs;
  /** Told the new recent-files list whenever it changes (main rebuilds File > Open Recent). */
  onRecentChange?: (recent: RecentEntry[]) => void;
  /** The system whose path rules apply (tests pass 'win32' to check the Windows ones anywhere). */
  platform?: NodeJS.Platform;
  /**
   * The system's preferred languages, best first (main: app.getPreferredSystemLanguages()); the UI
   * follows the first Touchmap speaks unless the user chose one. None: English.
   */
  systemLocales?: readonly string[];
  /** Told whenever the UI language or the user's choice changes (main rebuilds the menu and tells the page). */
  onLanguageChange?: (info: LanguageInfo) => void;
  /**
   * Told the app's colour theme when the user changes it (main sets Electron's nativeTheme, so
   * the window frame, native menus and dialogs follow the app's choice, not only the page).
   */
  onThemeChange?: (theme: ThemeChoice) => void;
  /** Live workshops: the sync engine, the address to host on (tests: loopback). */
  workshop?: WorkshopDeps;
}

/** The UI language: read it, or choose one (null follows the system again). */
export interface LanguageService {
  info(): LanguageInfo;
  choose(language: Language | null): LanguageInfo;
}

export interface Services {
  library: ProjectLibrary;
  handlers: Handlers;
  /** The file tokens main hands the page (main grants one for each path it sends there). */
  grants: FileGrants;
  /** The UI language main speaks (and sets for its menus, dialogs and errors). */
  language: LanguageService;
  /** The live workshop, if one runs (main ends it when the app quits; tests cut its network). */
  workshop: WorkshopService;
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
  const language = languageService(library, deps);
  const files: FileDeps = {
    dialogs: deps.dialogs ?? NO_DIALOGS,
    onRecentChange: deps.onRecentChange ?? (() => {}),
    grants: new FileGrants(),
    platform: deps.platform ?? process.platform,
  };
  const workshop = new WorkshopService({ log, ...deps.workshop });
  return {
    library,
    handlers: { ...handlersFor(library, log, files, language, deps.onThemeChange), ...workshopHandlers(workshop, log) },
    grants: files.grants,
    language,
    workshop,
  };
}

/**
 * The UI language over the library settings: `settings.language` when the user chose one, else
 * the system's. Sets main's language now and on every change, and tells `deps.onLanguageChange`.
 */
function languageService(library: ProjectLibrary, deps: HandlerDeps): LanguageService {
  const system = matchLanguage(deps.systemLocales ?? []);
  const info = (): LanguageInfo => {
    const chosen = library.settings().language;
    return { language: chosen ?? system, chosen, system };
  };
  let last = info();
  setMainLanguage(last.language);
  const applied = (): LanguageInfo => {
    const now = info();
    const changed = now.language !== last.language || now.chosen !== last.chosen;
    last = now;
    setMainLanguage(now.language);
    if (changed) deps.onLanguageChange?.(now);
    return now;
  };
  return {
    info,
    choose: (language) => {
      library.updateSettings({ language });
      return applied();
    },
  };
}

/** The handlers for every channel over a fresh library in `deps.dataDir`. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return createServices(deps).handlers;
}

/** Font files are read once per process and shared: they do not change while the app runs. */
const pdfFonts = new PdfFontService();

/** Run a service call and turn any failure into readable text; nothing is thrown across the bridge. */
const IO_ERROR_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EDQUOT', 'EIO', 'EBUSY']);
/** The catalogue key of the sentence put before a disk error on each channel. */
const IO_PREFIX: Partial<Record<Channel, string>> = {
  [Channels.saveProject]: 'errors.notSaved',
  [Channels.saveAs]: 'errors.notSaved',
  [Channels.saveExport]: 'errors.exportNotSaved',
  [Channels.appendJournal]: 'errors.journalNotWritten',
  [Channels.openFile]: 'errors.notOpened',
  [Channels.openDropped]: 'errors.notOpened',
};

async function attempt<T>(
  channel: Channel,
  log: (message: string) => void,
  work: () => Promise<T> | T,
): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof LibraryError)
      return error.code ? { ok: false, error: error.message, code: error.code } : { ok: false, error: error.message };
    log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    // Disk trouble (full, read-only, no permission, folder gone) in words a user understands.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code && IO_ERROR_CODES.has(code)) {
      const prefix = IO_PREFIX[channel];
      return { ok: false, error: `${prefix ? `${mt(prefix)} ` : ''}${describeIoError(error)}` };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: mt('errors.somethingWrong', { detail }) };
  }
}

/** The project as the renderer sent it, through the model's full parse path (the renderer is not trusted). */
function checked(project: unknown): Project {
  const parsed = parseProject(project);
  if (!parsed.ok)
    throw new LibraryError(mt('errors.notSavedBecause', { detail: summariseErrors(parsed.problems, mainLanguage()) }));
  return parsed.project;
}

/** `path` if `problem` finds nothing wrong with it; else the refusal, before anything touches the disk. */
function allowed(path: string, problem: string | null): string {
  if (problem) throw new LibraryError(problem);
  return path;
}

interface FileDeps {
  dialogs: Dialogs;
  onRecentChange: (recent: RecentEntry[]) => void;
  grants: FileGrants;
  platform: NodeJS.Platform;
}

export function handlersFor(
  library: ProjectLibrary,
  log: (message: string) => void,
  files: FileDeps,
  language: LanguageService,
  onThemeChange?: (theme: ThemeChoice) => void,
): Omit<Handlers, WorkshopChannel> {
  return {
    ...fileHandlers(library, log, files),
    [Channels.listProjects]: () => attempt(Channels.listProjects, log, () => library.list()),
    [Channels.createProject]: ({ name, template, language }) =>
      attempt(Channels.createProject, log, () => library.create(name, template, language)),
    [Channels.openProject]: ({ id }) => attempt(Channels.openProject, log, () => library.open(id)),
    // Saves go where the project lives (a path main learned), never to a path the page names.
    // The library checks the project (in its save worker: the full parse path, as `checked`).
    [Channels.saveProject]: ({ project, overwrite }) =>
      attempt(Channels.saveProject, log, () => library.save(project, overwrite ? { overwrite } : {})),
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
      attempt(Channels.setSettings, log, () => {
        const before = library.settings().theme;
        let after: Settings;
        if (settings.language === undefined) after = library.updateSettings(settings);
        else {
          const { language: chosen, ...rest } = settings;
          library.updateSettings(rest);
          language.choose(chosen);
          after = library.settings();
        }
        if (after.theme !== before) onThemeChange?.(after.theme);
        return after;
      }),
    [Channels.getLanguage]: () => attempt(Channels.getLanguage, log, () => language.info()),
    [Channels.saveExport]: (req) =>
      attempt(Channels.saveExport, log, () => saveExport(files.dialogs, req, files.platform)),
    [Channels.getPdfFont]: ({ text }) => attempt(Channels.getPdfFont, log, () => pdfFonts.subsetFor(text)),
  };
}

type WorkshopChannel = keyof ReturnType<typeof workshopHandlers>;

type FileChannel =
  | typeof Channels.openFile
  | typeof Channels.openDropped
  | typeof Channels.saveAs
  | typeof Channels.importFile
  | typeof Channels.listRecent;

/**
 * Open, save as, import and recent files: the channels that reach outside the library folder.
 * Every path they open or write is one main learned itself (a dialog, a token it granted, a
 * drop the preload resolved) and passes the path checks of ./files.ts first.
 */
function fileHandlers(
  library: ProjectLibrary,
  log: (message: string) => void,
  files: FileDeps,
): Pick<Handlers, FileChannel> {
  const { dialogs, grants, platform } = files;
  // The menu lagging behind is no reason to fail the open or save that changed the list.
  const recentChanged = () =>
    library
      .recent()
      .then(files.onRecentChange)
      .catch((error: unknown) => log(`Recent files not updated: ${String(error)}`));

  /** Open a project file in place, or the project inside an exported image as a new copy. */
  const openPath = async (path: string): Promise<Project> => {
    const chosen = allowed(path, openablePathProblem(path, platform));
    if (isImagePath(chosen)) {
      const { name, text } = await readProjectFromImage(chosen);
      return library.importText(name, text);
    }
    const project = await library.openFile(chosen);
    await recentChanged();
    return project;
  };

  return {
    [Channels.openFile]: ({ token }) =>
      attempt(Channels.openFile, log, async () => {
        if (token === undefined) {
          const picked = await dialogs.showOpen();
          return picked === null ? null : openPath(picked);
        }
        const granted = grants.pathOf(token);
        if (granted === undefined) throw new LibraryError(mt('errors.notOffered'));
        return openPath(granted);
      }),
    // The path comes from the preload, resolved from a dropped File; the page cannot name one.
    [Channels.openDropped]: ({ path }) => attempt(Channels.openDropped, log, () => openPath(path)),
    [Channels.saveAs]: ({ project }) =>
      attempt(Channels.saveAs, log, async () => {
        const valid = checked(project);
        // The save dialog asks before replacing a file itself.
        const picked = await dialogs.showSave(suggestedFileName(valid.name));
        if (picked === null) return null;
        const saved = await library.saveAs(valid, allowed(picked, projectPathProblem(picked, platform)));
        await recentChanged();
        return saved;
      }),
    [Channels.importFile]: ({ name, content }) =>
      attempt(Channels.importFile, log, () => library.importText(name, content)),
    [Channels.listRecent]: () =>
      attempt(Channels.listRecent, log, async () =>
        (await library.recent()).map((file) => ({ ...file, token: grants.grant(file.path) })),
      ),
  };
}
