/**
 * The contract between renderer and main: channel names, request schemas and
 * the one typed `Api` the preload exposes as `window.touchmap`.
 * Channel names live here and nowhere else.
 */
import { z } from 'zod';
import type { Project } from './model/types';

export const TEMPLATE_IDS = ['blank', 'supermarket', 'phone-call', 'hotel-stay'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Invoke channels (renderer -> main, with a reply). */
export const Channels = {
  listProjects: 'library:list',
  createProject: 'project:create',
  openProject: 'project:open',
  saveProject: 'project:save',
  renameProject: 'project:rename',
  deleteProject: 'project:delete',
} as const;
export type Channel = (typeof Channels)[keyof typeof Channels];

/** Event channels (main -> renderer, no reply). */
export const Events = {
  menuCommand: 'menu:command',
} as const;

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['new-project', 'open-project', 'undo', 'redo', 'save', 'close-project'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

const projectId = z.string().min(1).max(100);
const projectName = z.string().trim().min(1, 'A project needs a name.').max(200);

/**
 * Payload schemas, one per invoke channel. `project` payloads are checked
 * by the model's own parse path in the handler (migrate, validate, integrity).
 */
export const RequestSchemas = {
  [Channels.listProjects]: z.undefined(),
  [Channels.createProject]: z.object({ name: projectName, template: z.enum(TEMPLATE_IDS) }),
  [Channels.openProject]: z.object({ id: projectId }),
  [Channels.saveProject]: z.object({ project: z.unknown() }),
  [Channels.renameProject]: z.object({ id: projectId, name: projectName }),
  [Channels.deleteProject]: z.object({ id: projectId }),
} satisfies Record<Channel, z.ZodType>;

export type Request<C extends Channel> = z.infer<(typeof RequestSchemas)[C]>;

/** Every reply is a result: errors cross the bridge as readable text, never as thrown objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  stepCount: number;
  file: string;
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
  savedAt: string;
}

export interface Responses {
  [Channels.listProjects]: LibraryListing;
  [Channels.createProject]: Project;
  [Channels.openProject]: Project;
  [Channels.saveProject]: SaveInfo;
  [Channels.renameProject]: ProjectSummary;
  [Channels.deleteProject]: null;
}

/** What main implements for each channel (after validation), and what the harness binds. */
export type Handlers = { [C in Channel]: (req: Request<C>) => Promise<Result<Responses[C]>> };

/** `window.touchmap`: exactly this, nothing more. */
export interface Api {
  listProjects(): Promise<Result<LibraryListing>>;
  createProject(req: Request<typeof Channels.createProject>): Promise<Result<Project>>;
  openProject(req: Request<typeof Channels.openProject>): Promise<Result<Project>>;
  saveProject(req: { project: Project }): Promise<Result<SaveInfo>>;
  renameProject(req: Request<typeof Channels.renameProject>): Promise<Result<ProjectSummary>>;
  deleteProject(req: Request<typeof Channels.deleteProject>): Promise<Result<null>>;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Which Api method calls which channel; the preload and the harness both build from this. */
export const API_METHODS = {
  listProjects: Channels.listProjects,
  createProject: Channels.createProject,
  openProject: Channels.openProject,
  saveProject: Channels.saveProject,
  renameProject: Channels.renameProject,
  deleteProject: Channels.deleteProject,
} as const satisfies Record<Exclude<keyof Api, 'onMenuCommand'>, Channel>;

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
