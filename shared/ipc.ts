/**
 * The contract between renderer and main: for every invoke channel, one row of
 * {@link CONTRACT} (request schema, reply type, size limit), keyed by the `Api`
 * method that calls it. The `Api` the preload exposes as `window.touchmap`, the
 * `Handlers` main implements and the request types are all derived from that table.
 * Channel names live in ./ipcChannels.ts (zod-free, for the preload), re-exported here.
 */
import { z } from 'zod';
import { Channels, FILE_TOKEN_PATTERN, MENU_COMMANDS } from './ipcChannels';
import type { Channel, FileToken, MenuCommand, Method } from './ipcChannels';
import { LANGUAGES, type Language } from './i18n/languages';
import { parseFilters } from './analysis/filters';
import { THEME_CHOICES } from './look/tokens';
import { LENS_KINDS } from './lens';
import { SENSES, authorSchema } from './model/schema';
import { PAGE_PRESETS } from './formats/drawing/pages';
import type { Project } from './model/types';
import { exceedsBytes } from './payloadSize';
import {
  hostWorkshopRequest,
  joinWorkshopRequest,
  MAX_UPDATE_CHARS,
  pollWorkshopRequest,
  removeParticipantRequest,
  sendWorkshopRequest,
} from './workshopIpc';
import type { WorkshopHostInfo, WorkshopNews } from './workshopIpc';

export const TEMPLATE_IDS = ['blank', 'supermarket', 'phone-call', 'hotel-stay'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export {
  Channels,
  Events,
  FILE_TOKEN_PATTERN,
  JOIN_CODE_PATTERN,
  MENU_COMMANDS,
  PRELOAD_BUILT,
  TOUCHMAP_EXTENSION,
  isFileToken,
  isJoinCode,
  isMenuCommand,
  isTouchmapPath,
} from './ipcChannels';
export type { Channel, FileToken, MenuCommand, Method } from './ipcChannels';

export const menuCommandSchema = z.enum(MENU_COMMANDS);

const projectId = z.string().min(1).max(100);
const projectName = z.string().trim().min(1, 'A project needs a name.').max(200);

/** Largest project file Touchmap reads or accepts (a 20,000-step project is about 40 MB). */
export const MAX_PROJECT_FILE_BYTES = 50 * 1024 * 1024;

/** A file token main handed the page (see ./ipcChannels.ts); main alone knows the path behind it. */
export const fileTokenSchema = z.string().regex(FILE_TOKEN_PATTERN, 'not a file token');

/**
 * A path main itself resolved (the preload, from a dropped file); main still checks
 * that it is absolute, safe on this system and of a kind Touchmap opens.
 */
export const resolvedPathSchema = z.string().min(1).max(4096);

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

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'html', 'csv', 'md', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** File extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  html: 'html',
  csv: 'csv',
  md: 'md',
  mermaid: 'mmd',
};
/** The largest export main accepts from the renderer. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
/** At most this many UTF-16 units of characters to subset PDF fonts for. */
export const MAX_PDF_FONT_TEXT = 200_000;

/** The longest filter list a saved view may carry (MAX_FILTERS of them are kept). */
export const MAX_SAVED_FILTER_ENTRIES = 100;

/** How many projects' view state the library keeps; the least recently viewed are dropped first. */
export const MAX_PROJECT_VIEWS = 200;

/**
 * A project's view state: UI state, never in the project file. The viewport,
 * the overlay lens and its sense, the map filters; `at` (ms since 1970) orders them for eviction.
 */
export const projectViewSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.01).max(10),
  lens: z.enum(LENS_KINDS),
  sense: z.enum(SENSES),
  at: z.number().finite().min(0),
  /**
   * The map filters (shared/analysis/filters.ts), absent in views saved before them. Read
   * leniently: a filter this build does not know is dropped, not the whole view; a list
   * longer than MAX_SAVED_FILTER_ENTRIES is refused, and at most MAX_FILTERS are kept.
   */
  filters: z.array(z.unknown()).max(MAX_SAVED_FILTER_ENTRIES).transform(parseFilters).optional(),
});
export type ProjectView = z.infer<typeof projectViewSchema>;

/**
 * User settings kept in the library store. Each field is read on its own (a bad value
 * falls back to its default without losing the others): a new setting needs only its
 * schema here and its default in DEFAULT_SETTINGS.
 * `views` (view state by project id) is merged per project by setSettings, not replaced.
 */
/** What the export dialog offers as the file's language: the app's, or one of the languages. */
export const EXPORT_LANGUAGE_CHOICES = ['ui', ...LANGUAGES] as const;
export type ExportLanguageChoice = (typeof EXPORT_LANGUAGE_CHOICES)[number];

export const settingsSchema = z.object({
  exportDefaults: z.object({
    format: z.enum(EXPORT_FORMATS),
    scale: z.number().int().min(1).max(4),
    background: z.enum(['white', 'transparent']),
    includeTitle: z.boolean(),
    includeLegend: z.boolean(),
    includeDate: z.boolean(),
    /** The PDF's page: slide 16:9, A4 or A3 landscape, or the map's own size. */
    paper: z.enum(PAGE_PRESETS),
    /** The proportions of a PNG or SVG, the same choices (absent in settings saved before it existed: the map's own size). */
    frame: z.enum(PAGE_PRESETS).optional(),
    /** End a PDF with the insights page (absent in settings saved before it existed: no). */
    insightsPage: z.boolean().optional(),
    /** The exports' colours (absent: light). */
    theme: z.enum(['light', 'dark']).optional(),
    /** The exports' language; 'ui' (or absent, in settings saved before it existed) follows the app's. */
    language: z.enum(EXPORT_LANGUAGE_CHOICES).optional(),
    /** Markdown and HTML list the comment threads (absent: no). */
    includeComments: z.boolean().optional(),
  }),
  views: z
    .record(projectId, projectViewSchema)
    .refine((views) => Object.keys(views).length <= MAX_PROJECT_VIEWS, `at most ${MAX_PROJECT_VIEWS} project views`),
  /** The UI language the user chose; null follows the system's language. */
  language: z.enum(LANGUAGES).nullable(),
  /** The app's colour theme: the system's (prefers-color-scheme), or light or dark always. */
  theme: z.enum(THEME_CHOICES),
  /** Who you are (display name and colour) for comments, votes and presence; absent until first asked. */
  identity: authorSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
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
  language: null,
  theme: 'system',
};

/** The UI language: the one in use, the user's choice (null = the system's) and the system's. */
export interface LanguageInfo {
  language: Language;
  chosen: Language | null;
  system: Language;
}

/**
 * Machine-readable reasons a call failed, for the few failures the renderer answers differently.
 * `changed-on-disk`: the project's file was changed by someone else since it was opened or saved;
 * repeat the save with `overwrite: true` if the user agrees.
 * `not-on-disk`: a dropped file has no path on disk (dragged from a browser or an archive);
 * the preload answers so without asking main, and the page may import its content instead.
 */
export type ErrorCode = 'changed-on-disk' | 'not-on-disk';

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
  /** Pass to openFile to open it; the page never sends the path back. */
  token: FileToken;
  /** Where it is, for the user to read. */
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

/** A font cut down to the glyphs of one PDF (TrueType bytes), with its bold face when the family has one. */
export interface PdfFontFace {
  regular: Uint8Array;
  bold: Uint8Array | null;
}

/** Names a channel's reply type in {@link CONTRACT}; a marker for the type checker, empty at run time. */
export interface Reply<T> {
  readonly reply?: T;
}
const reply = <T>(): Reply<T> => ({});

/**
 * A project in a request: the page must send a `Project`, main receives `unknown` and runs it
 * through the model's own parse path (migrate, validate, integrity) in the handler.
 */
const projectPayload = z.unknown() as z.ZodType<unknown, Project>;

/** What every payload may weigh when its row names no limit (measured before any parse). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;

interface ChannelContract {
  /** The payload's schema, strict: an unknown key is refused, not dropped. */
  request: z.ZodType;
  reply: Reply<unknown>;
  /** The largest payload accepted (about its JSON size); checked before the schema runs. */
  maxBytes?: number;
}

/**
 * Every invoke channel, once: its request schema, reply and size limit, keyed by the `Api`
 * method that calls it (its channel name is `Channels[method]`).
 */
export const CONTRACT = {
  listProjects: { request: z.undefined(), reply: reply<LibraryListing>() },
  /** A new project from a template; `language` is the template text's (English when absent). */
  createProject: {
    request: z.strictObject({
      name: projectName,
      template: z.enum(TEMPLATE_IDS),
      language: z.enum(LANGUAGES).optional(),
    }),
    reply: reply<Project>(),
  },
  openProject: { request: z.strictObject({ id: projectId }), reply: reply<Project>() },
  /**
   * Save the open project where it lives. Refused with code `changed-on-disk` when its file was
   * changed by someone else since it was opened; `overwrite: true` saves anyway.
   */
  saveProject: {
    request: z.strictObject({ project: projectPayload, overwrite: z.boolean().optional() }),
    reply: reply<SaveInfo>(),
    maxBytes: MAX_PROJECT_FILE_BYTES,
  },
  renameProject: { request: z.strictObject({ id: projectId, name: projectName }), reply: reply<ProjectSummary>() },
  deleteProject: { request: z.strictObject({ id: projectId }), reply: reply<null>() },
  listBackups: { request: z.strictObject({ id: projectId }), reply: reply<BackupInfo[]>() },
  /** Make a backup the current version (the current file, if readable, becomes a backup itself). */
  restoreBackup: {
    request: z.strictObject({ id: projectId, backup: backupNameSchema }),
    reply: reply<Project>(),
  },
  /** Append edits to the recovery journal; a completed save empties it. */
  appendJournal: {
    request: z.strictObject({ id: projectId, entries: z.array(journalEntrySchema).min(1).max(1000) }),
    reply: reply<null>(),
    maxBytes: MAX_PROJECT_FILE_BYTES,
  },
  readJournal: { request: z.strictObject({ id: projectId }), reply: reply<JournalContents>() },
  discardJournal: { request: z.strictObject({ id: projectId }), reply: reply<null>() },
  getSettings: { request: z.undefined(), reply: reply<Settings>() },
  setSettings: { request: z.strictObject({ settings: settingsSchema.partial().strict() }), reply: reply<Settings>() },
  /** The UI language, read before the first screen (a change to `settings.language` switches it). */
  getLanguage: { request: z.undefined(), reply: reply<LanguageInfo>() },
  /**
   * Open a file main named with `token` (recent list, command line, the OS), or one the user picks
   * in the open dialog when no token is given (null when the user cancels). A `.touchmap` file
   * lives at its path from then on; an exported image's project opens as a new copy.
   */
  openFile: { request: z.strictObject({ token: fileTokenSchema.optional() }), reply: reply<Project | null>() },
  /**
   * Open a dropped file, as openFile opens a picked one. The page passes the `File`; the preload
   * resolves its path (see PRELOAD_BUILT) and sends only that.
   */
  openDropped: { request: z.strictObject({ path: resolvedPathSchema }), reply: reply<Project>() },
  /** Save the project to a file the user picks in the save dialog; it lives there from then on. Null when cancelled. */
  saveAs: {
    request: z.strictObject({ project: projectPayload }),
    reply: reply<SaveAsInfo | null>(),
    maxBytes: MAX_PROJECT_FILE_BYTES,
  },
  /** Import a file's content (a dropped file with no path on disk, a Mermaid import) as a new library project. */
  importFile: {
    // The handler checks the content's size against the project cap and can say so in a sentence.
    request: z.strictObject({ name: z.string().max(1000), content: z.string().max(4 * MAX_PROJECT_FILE_BYTES) }),
    reply: reply<Project>(),
    maxBytes: 4 * MAX_PROJECT_FILE_BYTES + 2000,
  },
  /** Recently opened or saved files, newest first, at most 10. */
  listRecent: { request: z.undefined(), reply: reply<RecentFile[]>() },
  /** Main asks where (save dialog) and writes the bytes the renderer built; null = the user cancelled. */
  saveExport: {
    request: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      suggestedName: z.string().min(1).max(200),
      data: z.union([
        z.string().max(MAX_EXPORT_BYTES, 'The export is too large.'),
        z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'The export is too large.'),
      ]),
    }),
    reply: reply<{ path: string } | null>(),
    maxBytes: MAX_EXPORT_BYTES + 2000,
  },
  /**
   * Fonts holding exactly the glyphs of `text` (shipped Noto Sans, then Noto Sans SC, then system
   * fonts), for the PDF export. `text` is the distinct characters a PDF draws.
   */
  getPdfFont: {
    request: z.strictObject({ text: z.string().max(MAX_PDF_FONT_TEXT) }),
    reply: reply<PdfFontFace[]>(),
  },
  /**
   * Host a live workshop from the open project: main checks the project, puts it in a shared
   * document, starts the sync server on the local network with a fresh 128-bit token and answers
   * the join code and link. The server listens only until leaveWorkshop (or the app quits).
   */
  hostWorkshop: {
    request: hostWorkshopRequest,
    reply: reply<WorkshopHostInfo>(),
    maxBytes: MAX_PROJECT_FILE_BYTES,
  },
  /**
   * Join a workshop by code or link (or a team server's URL with `token`). Refused with a
   * readable reason for a code that is not one, a host that does not answer or a wrong token.
   */
  joinWorkshop: { request: joinWorkshopRequest, reply: reply<null>() },
  /** Leave the workshop; for the host, end it (the server stops and everyone is told). */
  leaveWorkshop: { request: z.undefined(), reply: reply<null>() },
  /** The page's own edits (Yjs updates) and presence, to pass on to the others. */
  sendWorkshop: { request: sendWorkshopRequest, reply: reply<null>(), maxBytes: 2 * MAX_UPDATE_CHARS },
  /** What happened since the last poll: the others' edits and presence, the connection's status. */
  pollWorkshop: { request: pollWorkshopRequest, reply: reply<WorkshopNews>() },
  /** The host removes someone from the workshop (their connection is closed). */
  removeParticipant: { request: removeParticipantRequest, reply: reply<null>() },
} as const satisfies { [M in Method]: ChannelContract };

type Contract = typeof CONTRACT;
/** The `Api` method that calls a channel. */
type MethodOf<C extends Channel> = { [M in Method]: (typeof Channels)[M] extends C ? M : never }[Method];

/** What a handler receives on channel `C`, once validated. */
export type Request<C extends Channel> = z.output<Contract[MethodOf<C>]['request']>;
/** What the page sends on channel `C`. */
export type Send<C extends Channel> = z.input<Contract[MethodOf<C>]['request']>;
/** What channel `C` replies on success. */
export type Response<C extends Channel> = Contract[MethodOf<C>]['reply'] extends Reply<infer T> ? T : never;

/** What main implements for each channel (after validation), and what the harness binds. */
export type Handlers = { [C in Channel]: (req: Request<C>) => Promise<Result<Response<C>>> };

type Call<C extends Channel> =
  undefined extends Send<C>
    ? (req?: Send<C>) => Promise<Result<Response<C>>>
    : (req: Send<C>) => Promise<Result<Response<C>>>;

/** `window.touchmap`: exactly this, nothing more. */
// Mapped over the table's own keys, so each method keeps its row's documentation.
export type Api = { [M in keyof Contract as M extends 'openDropped' ? never : M]: Call<(typeof Channels)[M]> } & {
  /**
   * Open a file dropped on the window (see CONTRACT.openDropped). A file with no path on disk
   * is refused with code `not-on-disk`.
   */
  openDropped(file: File): Promise<Result<Project>>;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribe to files main asks the page to open (command line, second instance, Open Recent); returns the unsubscribe. */
  onOpenFile(listener: (token: FileToken) => void): () => void;
  /** Subscribe to UI language changes made in main (the Language menu, a settings change); returns the unsubscribe. */
  onLanguageChange(listener: (language: Language) => void): () => void;
  /**
   * Subscribe to join links the user opened (`touchmap://join?code=...`, by the system): each
   * arrives as its join code, for the Join workshop dialog. Returns the unsubscribe.
   */
  onJoinLink(listener: (code: string) => void): () => void;
};

/**
 * Validate a payload against its channel's row: its size first (a bounded walk, so an oversized
 * payload costs no more than the limit), then its schema. The text explains what was wrong.
 */
export function validateRequest<C extends Channel>(
  channel: C,
  payload: unknown,
): { ok: true; value: Request<C> } | { ok: false; error: string } {
  const method = methodOf(channel);
  if (!method) return { ok: false, error: `Rejected ${channel}: no such channel.` };
  const row: ChannelContract = CONTRACT[method];
  const limit = row.maxBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  if (exceedsBytes(payload, limit)) {
    return {
      ok: false,
      error: `Rejected ${channel}: the payload is larger than ${(limit / (1024 * 1024)).toFixed(1)} MB.`,
    };
  }
  const parsed = row.request.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as Request<C> };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    error: `Rejected ${channel}: ${first ? `${first.path.join('.') || 'payload'}: ${first.message}` : 'invalid payload'}`,
  };
}

const METHOD_OF = new Map<string, Method>(
  Object.entries(Channels).map(([method, channel]) => [channel, method as Method]),
);

/** The `Api` method that calls `channel`, or undefined for a name that is no channel. */
function methodOf(channel: string): Method | undefined {
  return METHOD_OF.get(channel);
}
