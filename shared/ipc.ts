/**
 * The contract between renderer and main: channel names, request schemas and
 * the one typed `Api` the preload exposes as `window.touchmap`.
 * Channel names live in ./ipcChannels.ts (zod-free, for the preload), re-exported
 * here, and nowhere else.
 */
import { z } from 'zod';
import { Channels, isTouchmapPath, MENU_COMMANDS } from './ipcChannels';
import type { Channel, MenuCommand } from './ipcChannels';
import { LENS_KINDS } from './lens';
import { SENSES } from './model/schema';
import type { Project } from './model/types';

export const TEMPLATE_IDS = ['blank', 'supermarket', 'phone-call', 'hotel-stay'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export {
  API_METHODS,
  Channels,
  Events,
  MENU_COMMANDS,
  TOUCHMAP_EXTENSION,
  isMenuCommand,
  isTouchmapPath,
} from './ipcChannels';
export type { Channel, MenuCommand } from './ipcChannels';

export const menuCommandSchema = z.enum(MENU_COMMANDS);

const projectId = z.string().min(1).max(100);
const projectName = z.string().trim().min(1, 'A project needs a name.').max(200);

/** Largest project file Touchmap reads or accepts (a 20,000-step project is about 40 MB). */
export const MAX_PROJECT_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A project file path from the renderer: main still checks that it is absolute and exists.
 * Only `.touchmap` files: this channel never reads or writes anything else.
 */
export const touchmapPathSchema = z
  .string()
  .max(4096)
  .refine(isTouchmapPath, 'only Touchmap project files (.touchmap) can be opened or saved');

/** What File > Open accepts: a project file, or an image Touchmap exported (it carries the project). */
export const openablePathSchema = z
  .string()
  .max(4096)
  .refine(
    (p) => /\.(touchmap|png|svg)$/i.test(p) && !p.includes('\0'),
    'only Touchmap projects (.touchmap) and images exported by Touchmap (.png, .svg) can be opened',
  );

/** A backup is named by main (see listBackups); only such plain file names are accepted back. */
export const backupNameSchema = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*\.touchmap$/, 'not a backup name');

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One immer patch, as `produceWithPatches` emits it (forward patches only are journalled). */
export const patchSchema = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z
    .array(z.union([z.string().max(200), z.number().int().min(0)]))
    .max(32)
    .refine((path) => path.every((key) => !RESERVED_KEYS.has(String(key))), 'reserved key in patch path'),
  value: z.unknown().optional(),
});
export type JournalPatch = z.infer<typeof patchSchema>;

/** One edit (one undo entry) in the recovery journal. */
export const journalEntrySchema = z.object({
  at: z.string().max(40),
  patches: z.array(patchSchema).max(100_000),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv', 'md', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** File extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  csv: 'csv',
  md: 'md',
  mermaid: 'mmd',
};
/** The largest export main accepts from the renderer. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** How many projects' view state the library keeps; the least recently viewed are dropped first. */
export const MAX_PROJECT_VIEWS = 200;

/**
 * A project's view state: UI state, never in the project file. The viewport,
 * the overlay lens and its sense; `at` (ms since 1970) orders them for eviction.
 */
export const projectViewSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.01).max(10),
  lens: z.enum(LENS_KINDS),
  sense: z.enum(SENSES),
  at: z.number().finite().min(0),
});
export type ProjectView = z.infer<typeof projectViewSchema>;

/**
 * User settings kept in the library store. `language: null` follows the system.
 * `views` (view state by project id) is merged per project by setSettings, not replaced.
 */
export const settingsSchema = z.object({
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag like "en" or "nl-BE"')
    .nullable(),
  autosave: z.boolean(),
  exportDefaults: z.object({
    format: z.enum(EXPORT_FORMATS),
    scale: z.number().int().min(1).max(4),
    background: z.enum(['white', 'transparent']),
    includeTitle: z.boolean(),
    includeLegend: z.boolean(),
    includeDate: z.boolean(),
    paper: z.enum(['A4', 'A3']),
  }),
  views: z
    .record(projectId, projectViewSchema)
    .refine((views) => Object.keys(views).length <= MAX_PROJECT_VIEWS, `at most ${MAX_PROJECT_VIEWS} project views`),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  autosave: true,
  exportDefaults: {
    format: 'png',
    scale: 2,
    background: 'white',
    includeTitle: true,
    includeLegend: true,
    includeDate: true,
    paper: 'A4',
  },
  views: {},
};

/**
 * Payload schemas, one per invoke channel. `project` payloads are checked
 * by the model's own parse path in the handler (migrate, validate, integrity).
 */
export const RequestSchemas = {
  [Channels.listProjects]: z.undefined(),
  [Channels.createProject]: z.object({ name: projectName, template: z.enum(TEMPLATE_IDS) }),
  [Channels.openProject]: z.object({ id: projectId }),
  [Channels.saveProject]: z.object({
    project: z.unknown(),
    /** Write even if the file changed on disk since it was opened (the user said so). */
    overwrite: z.boolean().optional(),
  }),
  [Channels.renameProject]: z.object({ id: projectId, name: projectName }),
  [Channels.deleteProject]: z.object({ id: projectId }),
  [Channels.listBackups]: z.object({ id: projectId }),
  [Channels.restoreBackup]: z.object({ id: projectId, backup: backupNameSchema }),
  [Channels.appendJournal]: z.object({ id: projectId, entries: z.array(journalEntrySchema).min(1).max(1000) }),
  [Channels.readJournal]: z.object({ id: projectId }),
  [Channels.discardJournal]: z.object({ id: projectId }),
  [Channels.getSettings]: z.undefined(),
  [Channels.setSettings]: z.object({ settings: settingsSchema.partial() }),
  [Channels.openFile]: z.object({ path: openablePathSchema.optional() }),
  [Channels.saveAs]: z.object({ project: z.unknown(), path: touchmapPathSchema.optional() }),
  // The size cap is checked by the handler, which can say so in a sentence; this bound only stops absurd payloads.
  [Channels.importFile]: z.object({ name: z.string().max(1000), content: z.string().max(4 * MAX_PROJECT_FILE_BYTES) }),
  [Channels.listRecent]: z.undefined(),
  [Channels.saveExport]: z.object({
    format: z.enum(EXPORT_FORMATS),
    suggestedName: z.string().min(1).max(200),
    data: z.union([
      z.string().max(MAX_EXPORT_BYTES, 'The export is too large.'),
      z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'The export is too large.'),
    ]),
  }),
  [Channels.getPdfFont]: z.undefined(),
} satisfies Record<Channel, z.ZodType>;

export type Request<C extends Channel> = z.infer<(typeof RequestSchemas)[C]>;

/**
 * Machine-readable reasons a call failed, for the few failures the renderer answers differently.
 * `changed-on-disk`: the project's file was changed by someone else since it was opened or saved;
 * repeat the save with `overwrite: true` if the user agrees.
 */
export type ErrorCode = 'changed-on-disk';

/** Every reply is a result: errors cross the bridge as readable text, never as thrown objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  stepCount: number;
  file: string;
  /** Unsaved edits from a previous session wait in the recovery journal. */
  hasRecovery?: boolean;
}

/** A project file that could not be read at start-up. */
export interface LibraryProblem {
  id: string;
  name: string;
  reason: string;
  /** Where the unreadable file was moved (never deleted). */
  quarantinedTo: string | null;
  hasBackup: boolean;
}

export interface LibraryListing {
  projects: ProjectSummary[];
  problems: LibraryProblem[];
}

export interface SaveInfo {
  /** Also written as the saved document's `updatedAt`. */
  savedAt: string;
}

/** A previous version of a project kept by main; newest first in listings. */
export interface BackupInfo {
  /** Pass back to restoreBackup. */
  name: string;
  savedAt: string;
  bytes: number;
}

/** What the recovery journal holds: the edits since the last completed save, oldest first. */
export interface JournalContents {
  entries: JournalEntry[];
  /** Lines that could not be read (a torn last line after a crash) and were left out. */
  skipped: number;
  /**
   * Set when the journal held edits made on another version of the file than the one saved
   * now (another program replaced it): they were not replayed, and the journal was moved to
   * the quarantine folder.
   */
  stale?: boolean;
}

/** A project file opened or saved outside the library folder, newest first in listings. */
export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
  /** The file is no longer there (moved, deleted, a drive not plugged in). */
  missing: boolean;
}

/** The outcome of Save As: the project now lives at `path` (same id, unless it had to change). */
export interface SaveAsInfo {
  path: string;
  savedAt: string;
  project: Project;
}

export interface Responses {
  [Channels.listProjects]: LibraryListing;
  [Channels.createProject]: Project;
  [Channels.openProject]: Project;
  [Channels.saveProject]: SaveInfo;
  [Channels.renameProject]: ProjectSummary;
  [Channels.deleteProject]: null;
  [Channels.listBackups]: BackupInfo[];
  [Channels.restoreBackup]: Project;
  [Channels.appendJournal]: null;
  [Channels.readJournal]: JournalContents;
  [Channels.discardJournal]: null;
  [Channels.getSettings]: Settings;
  [Channels.setSettings]: Settings;
  [Channels.openFile]: Project | null;
  [Channels.saveAs]: SaveAsInfo | null;
  [Channels.importFile]: Project;
  [Channels.listRecent]: RecentFile[];
  [Channels.saveExport]: { path: string } | null;
  [Channels.getPdfFont]: Uint8Array | null;
}

/** What main implements for each channel (after validation), and what the harness binds. */
export type Handlers = { [C in Channel]: (req: Request<C>) => Promise<Result<Responses[C]>> };

/** `window.touchmap`: exactly this, nothing more. */
export interface Api {
  listProjects(): Promise<Result<LibraryListing>>;
  createProject(req: Request<typeof Channels.createProject>): Promise<Result<Project>>;
  openProject(req: Request<typeof Channels.openProject>): Promise<Result<Project>>;
  /**
   * Save the open project where it lives. Refused with code `changed-on-disk` when its file was
   * changed by someone else since it was opened; `overwrite: true` saves anyway.
   */
  saveProject(req: { project: Project; overwrite?: boolean }): Promise<Result<SaveInfo>>;
  renameProject(req: Request<typeof Channels.renameProject>): Promise<Result<ProjectSummary>>;
  deleteProject(req: Request<typeof Channels.deleteProject>): Promise<Result<null>>;
  listBackups(req: Request<typeof Channels.listBackups>): Promise<Result<BackupInfo[]>>;
  /** Make a backup the current version (the current file, if readable, becomes a backup itself). */
  restoreBackup(req: Request<typeof Channels.restoreBackup>): Promise<Result<Project>>;
  /** Append edits to the recovery journal; a completed save empties it. */
  appendJournal(req: Request<typeof Channels.appendJournal>): Promise<Result<null>>;
  readJournal(req: Request<typeof Channels.readJournal>): Promise<Result<JournalContents>>;
  discardJournal(req: Request<typeof Channels.discardJournal>): Promise<Result<null>>;
  getSettings(): Promise<Result<Settings>>;
  setSettings(req: Request<typeof Channels.setSettings>): Promise<Result<Settings>>;
  /**
   * Open a `.touchmap` file from anywhere (asks with the open dialog when no path is given; null
   * when the user cancels). The project lives at that path from then on; a rejected file changes nothing.
   */
  openFile(req: { path?: string }): Promise<Result<Project | null>>;
  /** Save the project to a file the user picks (or `path`); it lives there from then on. Null when cancelled. */
  saveAs(req: { project: Project; path?: string }): Promise<Result<SaveAsInfo | null>>;
  /** Import a file's content (a dropped file) as a new project in the library. */
  importFile(req: Request<typeof Channels.importFile>): Promise<Result<Project>>;
  /** Recently opened or saved files, newest first, at most 10. */
  listRecent(): Promise<Result<RecentFile[]>>;
  /** Main asks where (save dialog) and writes the bytes the renderer built; null = the user cancelled. */
  saveExport(req: Request<typeof Channels.saveExport>): Promise<Result<{ path: string } | null>>;
  /** A Unicode (CJK-capable) system font for PDF text beyond Western European, if the system has one. */
  getPdfFont(): Promise<Result<Uint8Array | null>>;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribe to paths main asks to open (command line, second instance, Open Recent); returns the unsubscribe. */
  onOpenPath(listener: (path: string) => void): () => void;
}

/** Validate a payload against its channel's schema; the text explains what was wrong. */
export function validateRequest<C extends Channel>(
  channel: C,
  payload: unknown,
): { ok: true; value: Request<C> } | { ok: false; error: string } {
  const schema: z.ZodType = RequestSchemas[channel];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as Request<C> };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    error: `Rejected ${channel}: ${first ? `${first.path.join('.') || 'payload'}: ${first.message}` : 'invalid payload'}`,
  };
}
