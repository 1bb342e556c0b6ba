/**
 * launchApp: the app without the Electron binary. It serves the BUILT renderer,
 * opens it in Debian's Chromium, and binds the REAL main-process handlers (the
 * same `createHandlers` that electron/main.ts wires, with the same payload
 * validation) as `window.touchmap`, exactly where the preload puts it.
 * Calling it twice on one dataDir is restarting the app.
 */
import { mkdir, mkdtemp, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../../electron/handlers';
import { API_METHODS, validateRequest, type Channel, type Handlers, type MenuCommand } from '../../shared/ipc';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { serveStatic } from '../support/staticServer';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface App {
  page: Page;
  dataDir: string;
  /** Send a native-menu command, as main does over the menu channel. */
  menu(command: MenuCommand): Promise<void>;
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
}

export async function launchApp(options: LaunchOptions = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'touchmap-e2e-')));
  const handlers: Handlers = createHandlers({ dataDir, trash: folderTrash(dataDir) });
  const server = await serveStatic(RENDERER_DIR);
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  for (const [method, channel] of Object.entries(API_METHODS) as [string, Channel][]) {
    await page.exposeFunction(`__touchmap_${method}`, async (payload: unknown) => {
      const checked = validateRequest(channel, payload);
      if (!checked.ok) return { ok: false, error: checked.error };
      if (options.stallSaves && channel === 'project:save') return new Promise(() => {});
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return handler(checked.value);
    });
  }
  await page.addInitScript((methods: string[]) => {
    const bridge = window as unknown as Record<string, (payload?: unknown) => Promise<unknown>>;
    const api: Record<string, unknown> = {};
    for (const m of methods) api[m] = (payload?: unknown) => bridge[`__touchmap_${m}`](payload);
    api.onMenuCommand = (listener: (command: string) => void) => {
      const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
      window.addEventListener('touchmap:menu', handler);
      return () => window.removeEventListener('touchmap:menu', handler);
    };
    Object.defineProperty(window, 'touchmap', { value: Object.freeze(api), writable: false });
  }, Object.keys(API_METHODS));

  await options.beforeLoad?.(page);
  await page.goto(server.url);

  const app: App & { errors: string[] } = {
    page,
    dataDir,
    errors,
    menu: async (command) => {
      await page.evaluate((c) => window.dispatchEvent(new CustomEvent('touchmap:menu', { detail: c })), command);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  return app;
}
