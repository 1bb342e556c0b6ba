/**
 * launchApp: the app without the Electron binary. It serves the BUILT renderer,
 * opens it in Chromium, and binds the real main-process handlers (built by
 * `createServices`, as electron/main.ts builds them) as `window.touchmap`, where
 * the preload puts it. Each call goes through `validateRequest`, as in main; there
 * is no sender check (the page is the only caller). Stand-ins replace what needs
 * Electron: the dialogs (DialogStub), the trash, and the preload's resolution of a
 * dropped file to its path (`drop`). Calling it twice on one dataDir is restarting the app.
 * `locale` plays the system's language: main reads it as app.getPreferredSystemLanguages()
 * does, and Chromium runs in it (its Intl and navigator.language).
 */
import { mkdir, mkdtemp, readFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import type { Dialogs } from '../../electron/files';
import { describeIoError } from '../../electron/storage/projectFiles';
import { createServices } from '../../electron/handlers';
import type { WorkshopService } from '../../electron/workshop';
import type { FileGrants } from '../../electron/fileGrants';
import { menuTemplate } from '../../electron/menu';
import { joinCodeFromArgv } from '../../electron/joinLinks';
import {
  Channels,
  PRELOAD_BUILT,
  validateRequest,
  type Channel,
  type Handlers,
  type LanguageInfo,
  type MenuCommand,
} from '../../shared/ipc';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { serveStatic } from '../support/staticServer';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface App {
  page: Page;
  dataDir: string;
  /** Send a native-menu command, as main does over the menu channel. */
  menu(command: MenuCommand): Promise<void>;
  /**
   * The native menu as main would build it now (in main's current language); clicking an item
   * does what it does in the app (a command goes to the page, a language is chosen).
   */
  nativeMenu(): MenuItemConstructorOptions[];
  /** Main's UI language now. */
  language(): LanguageInfo;
  /**
   * Ask the page to open a path, as main does for the command line, a second instance or Open
   * Recent: main grants a token for it and sends the token.
   */
  openPath(path: string): Promise<void>;
  /**
   * Start the app again with these arguments, as the system does for a clicked join link
   * (a second instance's argv on Windows and Linux): main takes the link from them
   * (electron/joinLinks.ts) and sends its code to the page, which opens Join workshop.
   * Resolves with the code main sent, or null when it took none.
   */
  launchWith(argv: readonly string[]): Promise<string | null>;
  /**
   * Drop files from disk on the window, as dragging them from the file manager does. The page gets
   * `File`s with their content; the stand-in for the preload's webUtils.getPathForFile resolves
   * exactly these to their paths (a File the page makes itself resolves to none, as in Electron).
   */
  drop(paths: string[]): Promise<void>;
  /** The file tokens main has granted. */
  grants: FileGrants;
  /** The open/save dialogs main would show; a test sets their answers. */
  dialogs: DialogStub;
  /** The real main-process handlers bound into the page, for a test to look behind the UI. */
  handlers: Handlers;
  /** Uncaught errors of the page so far. */
  errors: string[];
  /** Main's live workshop (a test cuts its network with goOffline/goOnline). */
  workshop: WorkshopService;
  faults: { save: string | null };
  /** Close the app. With `{ crash: true }` nothing is flushed: the page is torn down mid-flight. */
  close(options?: { crash?: boolean }): Promise<void>;
}

/** Stand-in for the system trash: moves into <dataDir>/.trash so tests can see nothing was destroyed. */
export function folderTrash(dataDir: string) {
  return async (path: string) => {
    const dir = join(dataDir, '.trash');
    await mkdir(dir, { recursive: true });
    await rename(path, join(dir, `${Date.now()}-${basename(path)}`));
  };
}

/**
 * Stand-in for the native dialogs: each answers what the test set (null = the user cancelled)
 * and records that it was asked.
 */
export class DialogStub implements Dialogs {
  /** What the open dialog returns. */
  openPath: string | null = null;
  /** What the save dialog returns. */
  savePath: string | null = null;
  readonly asked: { dialog: 'open' | 'save' | 'export'; detail?: string }[] = [];

  async showOpen(): Promise<string | null> {
    this.asked.push({ dialog: 'open' });
    return this.openPath;
  }

  async showSave(defaultName: string): Promise<string | null> {
    this.asked.push({ dialog: 'save', detail: defaultName });
    return this.savePath;
  }

  /** What the export dialog returns. */
  exportPath: string | null = null;

  async showExport(defaultName: string): Promise<string | null> {
    this.asked.push({ dialog: 'export', detail: defaultName });
    return this.exportPath;
  }
}

/*
 * Bytes cross the page boundary as base64 (Playwright passes JSON-like values);
 * Electron's IPC carries Uint8Array as is, so both ends see the same types.
 */
type Encoded = { __bytes: string };
const isEncoded = (v: unknown): v is Encoded =>
  typeof v === 'object' && v !== null && typeof (v as Encoded).__bytes === 'string';
function decodePayload(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) if (isEncoded(v)) out[k] = new Uint8Array(Buffer.from(v.__bytes, 'base64'));
  return out;
}
function encodeResult(result: unknown): unknown {
  const r = result as { ok?: boolean; value?: unknown };
  if (r && r.ok && r.value instanceof Uint8Array)
    return { ...r, value: { __bytes: Buffer.from(r.value).toString('base64') } };
  return result;
}

export interface LaunchOptions {
  dataDir?: string;
  viewport?: { width: number; height: number };
  /**
   * Saves never complete (a disk that hangs, a process about to die): with
   * close(), this simulates a crash in the middle of writing.
   */
  stallSaves?: boolean;
  /** Runs before the app's page loads (the bench installs its probe here). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** The system's language, as a BCP 47 locale ('hu-HU', 'zh-CN'); 'en-US' when not given. */
  locale?: string;
}

export async function launchApp(options: LaunchOptions = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'touchmap-e2e-')));
  const dialogs = new DialogStub();
  /** Disk faults a test can switch on and off while the app runs (an errno code, e.g. 'ENOSPC'). */
  const faults: { save: string | null } = { save: null };
  // Saves are prepared (checked, serialised, hashed) in the built save worker, as in the app.
  const locale = options.locale ?? 'en-US';
  /** The page, once it exists: main tells it when the UI language changes, as over Events.languageChanged. */
  let live: Page | null = null;
  const { handlers, grants, language, workshop } = createServices({
    dataDir,
    // Workshops are hosted on loopback in tests: nothing listens on the machine's network.
    workshop: { bindAddress: '127.0.0.1' },
    trash: folderTrash(dataDir),
    dialogs,
    library: { saveWorker: resolve('out/main/saveWorker.js') },
    systemLocales: [locale],
    onLanguageChange: (info) => {
      void live
        ?.evaluate((l) => window.dispatchEvent(new CustomEvent('touchmap:language', { detail: l })), info.language)
        .catch(() => undefined);
    },
  });
  const server = await serveStatic(RENDERER_DIR);
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale });
  const page = await context.newPage();
  live = page;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  for (const [method, channel] of Object.entries(Channels) as [string, Channel][]) {
    await page.exposeFunction(`__touchmap_${method}`, async (payload: unknown) => {
      const checked = validateRequest(channel, decodePayload(payload));
      if (!checked.ok) return { ok: false, error: checked.error };
      if (options.stallSaves && channel === 'project:save') return new Promise(() => {});
      if (faults.save && channel === 'project:save') {
        // What main answers when the disk fails under the write (see electron/handlers.ts).
        const error = Object.assign(new Error(faults.save), { code: faults.save });
        return { ok: false, error: `The project was not saved. ${describeIoError(error)}` };
      }
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return encodeResult(await handler(checked.value));
    });
  }
  await page.addInitScript(
    (methods: string[]) => {
      const bridge = window as unknown as Record<string, (payload?: unknown) => Promise<unknown>>;
      const api: Record<string, unknown> = {};
      const toBase64 = (bytes: Uint8Array) => {
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      };
      const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const encode = (payload: unknown) => {
        if (typeof payload !== 'object' || payload === null) return payload;
        const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
        for (const [k, v] of Object.entries(out)) if (v instanceof Uint8Array) out[k] = { __bytes: toBase64(v) };
        return out;
      };
      const decode = (result: unknown) => {
        const r = result as { ok?: boolean; value?: { __bytes?: string } };
        return r?.ok && typeof r.value?.__bytes === 'string' ? { ...r, value: fromBase64(r.value.__bytes) } : result;
      };
      for (const m of methods)
        api[m] = async (payload?: unknown) => decode(await bridge[`__touchmap_${m}`](encode(payload)));
      api.onMenuCommand = (listener: (command: string) => void) => {
        const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
        window.addEventListener('touchmap:menu', handler);
        return () => window.removeEventListener('touchmap:menu', handler);
      };
      api.onLanguageChange = (listener: (language: string) => void) => {
        const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
        window.addEventListener('touchmap:language', handler);
        return () => window.removeEventListener('touchmap:language', handler);
      };
      api.onOpenFile = (listener: (token: string) => void) => {
        const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
        window.addEventListener('touchmap:open-file', handler);
        return () => window.removeEventListener('touchmap:open-file', handler);
      };
      api.onJoinLink = (listener: (code: string) => void) => {
        const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
        window.addEventListener('touchmap:join-link', handler);
        return () => window.removeEventListener('touchmap:join-link', handler);
      };
      // The stand-in for the preload's webUtils.getPathForFile: only Files `drop` made have a path.
      // Chromium may hand the drop handler another File object for the same file, so the key is
      // what `drop` stamped on it (a random lastModified) with its name, not the object.
      const dropped = new Map<string, string>();
      Object.defineProperty(window, '__touchmapDropped', { value: dropped });
      api.openDropped = async (file: File) => {
        const path = file instanceof File ? dropped.get(`${file.lastModified}:${file.name}`) : undefined;
        if (!path) return { ok: false, code: 'not-on-disk', error: 'The dropped file is not a file on this computer.' };
        return bridge.__touchmap_openDropped!({ path });
      };
      Object.defineProperty(window, 'touchmap', { value: Object.freeze(api), writable: false });
    },
    Object.keys(Channels).filter((m) => !(PRELOAD_BUILT as readonly string[]).includes(m)),
  );

  let closed = false;
  await options.beforeLoad?.(page);
  await page.goto(server.url);
  // The page reads the UI language before its first render: the app has started once it has rendered.
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);

  const app: App = {
    page,
    dataDir,
    errors,
    menu: async (command) => {
      await page.evaluate((c) => window.dispatchEvent(new CustomEvent('touchmap:menu', { detail: c })), command);
    },
    nativeMenu: () =>
      menuTemplate((command) => void app.menu(command), {
        isMac: false,
        isDev: false,
        appName: 'Touchmap',
        language: language.info(),
        chooseLanguage: (choice) => language.choose(choice),
      }),
    language: () => language.info(),
    launchWith: async (argv) => {
      const code = joinCodeFromArgv(argv, () => undefined);
      if (code)
        await page.evaluate((c) => window.dispatchEvent(new CustomEvent('touchmap:join-link', { detail: c })), code);
      return code;
    },
    openPath: async (path) => {
      const token = grants.grant(path);
      await page.evaluate((t) => window.dispatchEvent(new CustomEvent('touchmap:open-file', { detail: t })), token);
    },
    drop: async (paths) => {
      const files = await Promise.all(
        paths.map(async (path) => ({ path, name: basename(path), data: (await readFile(path)).toString('base64') })),
      );
      await page.evaluate((items) => {
        const dropped = (window as unknown as { __touchmapDropped: Map<string, string> }).__touchmapDropped;
        const transfer = new DataTransfer();
        for (const item of items) {
          const lastModified = Math.floor(Math.random() * 2 ** 40);
          const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
          const file = new File([bytes], item.name, { lastModified });
          dropped.set(`${lastModified}:${item.name}`, item.path);
          transfer.items.add(file);
        }
        const target = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop'])
          target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, files);
    },
    grants,
    dialogs,
    handlers,
    faults,
    workshop,
    close: async () => {
      // Closing twice is harmless: a test may restart the app, and useApps closes what is left.
      if (closed) return;
      closed = true;
      await workshop.leave();
      await browser.close();
      await server.close();
    },
  };
  return app;
}

/**
 * For a test file: a `start(options)` that launches the app and closes every
 * app still running after each test.
 */
export function useApps(): (options?: LaunchOptions) => Promise<App> {
  const running: App[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.close()));
  });
  return async (options = {}) => {
    const app = await launchApp(options);
    running.push(app);
    return app;
  };
}

/** The id of the only project in the app's library (the tests that look behind the UI start with one). */
export async function onlyProjectId(app: App): Promise<string> {
  const list = await app.handlers[Channels.listProjects](undefined);
  if (!list.ok) throw new Error(list.error);
  if (list.value.projects.length !== 1) throw new Error(`expected one project, found ${list.value.projects.length}`);
  return list.value.projects[0].id;
}

/**
 * Press the canvas's Fit view control and wait until the fit has been applied: React Flow
 * queues a fit for its next render rather than applying it within the click, so reading the
 * viewport straight after the click can still see the old one.
 */
export async function fitView(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => getComputedStyle(el).transform);
  const before = await transform();
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  // A map already fitted does not move: give the queued fit a second, then go on.
  const until = Date.now() + 1000;
  while (Date.now() < until && (await transform()) === before) await page.waitForTimeout(25);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** The canvas's zoom: the scale of React Flow's viewport transform (`matrix(a, b, c, d, e, f)`, a is the scale). */
export async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const match = /matrix\(([^,]+),/.exec(transform);
  return match ? Number(match[1]) : 1;
}
