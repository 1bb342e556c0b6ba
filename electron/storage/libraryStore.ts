/**
 * The library index, settings and window bounds, kept in electron-store
 * (`<dataDir>/library.json`). It is small: read once here, held in memory and
 * written through on change. A damaged library.json never stops the app: it
 * is moved to quarantine and the index is rebuilt from the project files.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import Store from 'electron-store';
import { z } from 'zod';
import { DEFAULT_SETTINGS, MAX_PROJECT_VIEWS, settingsSchema } from '../../shared/ipc';
import type { Settings } from '../../shared/ipc';
import { fileStamp } from './layout';

const problemSchema = z.object({ reason: z.string(), quarantinedTo: z.string().nullable() });

const entrySchema = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
  file: z.string(),
  stepCount: z.number().int().min(0),
  /** Size and mtime at our last write or check: unchanged means no need to re-read at start-up. */
  bytes: z.number().optional(),
  mtimeMs: z.number().optional(),
  /**
   * Content hash at our last read or write: names the version the recovery journal builds on,
   * and decides whether an external file really changed.
   */
  sha256: z.string().optional(),
  /**
   * The project lives at `file`, outside the projects folder (opened or saved there by the user).
   * Otherwise its file is always `projects/<id>.touchmap`, wherever the data folder now is.
   */
  external: z.boolean().optional(),
  problem: problemSchema.optional(),
});
export type IndexEntry = z.infer<typeof entrySchema>;

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const recentSchema = z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof recentSchema>;

/** How many recent files are remembered. */
export const MAX_RECENT = 10;

type StoreData = Record<string, unknown>;

/** electron-store's file name (without `.json`) in the data folder. */
const STORE_NAME = 'library';

/**
 * The temp files electron-store writes library.json through (conf 15 writes with
 * atomically 2: `<file>.tmp-` + the last 10 digits of Date.now() + 6 lowercase hex
 * digits, next to the file). A kill mid-write leaves one behind.
 */
const STORE_TEMP = new RegExp(`^${STORE_NAME}\\.json\\.tmp-\\d{10}[0-9a-f]{6}$`);

/** Whether a file name in the data folder is one of electron-store's temp files for library.json. */
export function isStoreTempName(name: string): boolean {
  return STORE_TEMP.test(name);
}

/**
 * Remove the temp files electron-store left in `dataDir` when a write was cut short, and
 * nothing else (only plain files named exactly as above). Safe while this process runs:
 * electron-store writes synchronously, so none of our own is ever half-done across an await.
 * @returns the paths removed.
 */
export async function removeStoreTemps(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const item of await readdir(dataDir, { withFileTypes: true })) {
    if (!item.isFile() || !isStoreTempName(item.name)) continue;
    const path = join(dataDir, item.name);
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}

export interface StoreOptions {
  dataDir: string;
  quarantineDir: string;
  now: () => Date;
  log: (message: string) => void;
}

export class LibraryStore {
  #store: Store<StoreData> | null = null;
  #entries = new Map<string, IndexEntry>();
  #settings: Settings;
  #window: WindowState | null;
  #recent: RecentEntry[];
  /** Where a damaged library.json was moved at start-up, if it was. */
  readonly quarantinedIndex: string | null = null;

  constructor(private readonly options: StoreOptions) {
    let data: StoreData = {};
    try {
      this.#store = this.#openStore();
      data = this.#store.store;
    } catch (error) {
      this.quarantinedIndex = this.#setAside(error);
      try {
        this.#store = this.#openStore();
      } catch (again) {
        // Still failing (a read-only disk?): run with an in-memory index rather than not at all.
        options.log(`Library index unavailable, running without one: ${String(again)}`);
        this.#store = null;
      }
    }
    const projects = z.record(z.string(), z.unknown()).safeParse(data.projects);
    for (const raw of Object.values(projects.success ? projects.data : {})) {
      const entry = entrySchema.safeParse(raw);
      // A bad entry is dropped; the start-up scan re-adds its project from the file.
      if (entry.success) this.#entries.set(entry.data.id, entry.data);
    }
    this.#settings = readSettings(data.settings);
    const win = windowStateSchema.safeParse(data.windowState);
    this.#window = win.success ? win.data : null;
    const recent = z.array(z.unknown()).safeParse(data.recent);
    // One bad item is dropped, not the whole list.
    this.#recent = (recent.success ? recent.data : [])
      .map((item) => recentSchema.safeParse(item))
      .flatMap((item) => (item.success ? [item.data] : []))
      .slice(0, MAX_RECENT);
  }

  #openStore(): Store<StoreData> {
    // clearInvalidConfig stays false: a damaged index is set aside, never silently wiped.
    return new Store<StoreData>({
      cwd: this.options.dataDir,
      name: STORE_NAME,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
  }

  #setAside(error: unknown): string | null {
    const file = join(this.options.dataDir, `${STORE_NAME}.json`);
    const target = join(this.options.quarantineDir, `library.${fileStamp(this.options.now())}.json`);
    try {
      mkdirSync(this.options.quarantineDir, { recursive: true });
      renameSync(file, target);
      this.options.log(`library.json could not be read (${String(error)}); moved to ${target}, rebuilding.`);
      return target;
    } catch (moveError) {
      this.options.log(`library.json could not be read (${String(error)}) nor moved (${String(moveError)}).`);
      return null;
    }
  }

  #write(key: string, value: unknown): void {
    this.#store?.set(key, value);
  }

  #writeEntries(): void {
    this.#write('projects', Object.fromEntries(this.#entries));
  }

  entries(): IndexEntry[] {
    return [...this.#entries.values()];
  }

  get(id: string): IndexEntry | undefined {
    return this.#entries.get(id);
  }

  put(entry: IndexEntry): void {
    this.#entries.set(entry.id, entry);
    this.#writeEntries();
  }

  remove(id: string): void {
    if (this.#entries.delete(id)) this.#writeEntries();
    if (id in this.#settings.views) {
      const { [id]: _gone, ...views } = this.#settings.views;
      this.#settings = { ...this.#settings, views };
      this.#write('settings', this.#settings);
    }
  }

  settings(): Settings {
    return structuredClone(this.#settings);
  }

  /**
   * Merge a validated partial update and store it; returns the full settings.
   * `views` is merged project by project, keeping the MAX_PROJECT_VIEWS most recent.
   */
  updateSettings(update: Partial<Settings>): Settings {
    const given = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
    if (update.views) given.views = newestViews({ ...this.#settings.views, ...update.views });
    this.#settings = readSettings({ ...this.#settings, ...given });
    this.#write('settings', this.#settings);
    return this.settings();
  }

  /** Recently opened or saved files, newest first. */
  recent(): RecentEntry[] {
    return this.#recent.map((item) => ({ ...item }));
  }

  /** Put a file at the top of the recent list (once), keeping at most MAX_RECENT. */
  touchRecent(item: RecentEntry): void {
    this.#recent = [item, ...this.#recent.filter((r) => r.path !== item.path)].slice(0, MAX_RECENT);
    this.#write('recent', this.#recent);
  }

  windowState(): WindowState | null {
    return this.#window ? { ...this.#window } : null;
  }

  setWindowState(state: WindowState): void {
    const parsed = windowStateSchema.safeParse(state);
    if (!parsed.success) return;
    this.#window = parsed.data;
    this.#write('windowState', parsed.data);
  }
}

/** Settings field by field: one bad value falls back to its default without losing the others. */
function readSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const fields = Object.entries(settingsSchema.shape).map(([key, schema]) => {
    const parsed = schema.safeParse(input[key]);
    return [key, parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS[key as keyof Settings])];
  });
  return Object.fromEntries(fields) as Settings;
}

/** The MAX_PROJECT_VIEWS most recently written project views. */
function newestViews(views: Settings['views']): Settings['views'] {
  const entries = Object.entries(views);
  if (entries.length <= MAX_PROJECT_VIEWS) return views;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_PROJECT_VIEWS));
}
