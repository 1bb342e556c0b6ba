// @vitest-environment node
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { Channels, DEFAULT_SETTINGS, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, Request } from '../../shared/ipc';
import { folderTrash } from '../support/trash';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) throw new Error(request.error);
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

const start = (dataDir: string) =>
  createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    log: () => undefined,
    systemLocales: ['en-US'],
  });

describe('the theme setting', () => {
  it('follows the system until the user chooses', () => {
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('accepts System, Light and Dark only', () => {
    for (const theme of ['system', 'light', 'dark'])
      expect(validateRequest(Channels.setSettings, { settings: { theme } }).ok, theme).toBe(true);
    for (const theme of ['Dark', 'blue', '', null, 1, { dark: true }])
      expect(validateRequest(Channels.setSettings, { settings: { theme } }).ok, String(theme)).toBe(false);
  });

  it('is stored in the library settings and kept over a restart, beside the other settings', async () => {
    const dir = await tempDir();
    const first = start(dir);
    const saved = await call(first.handlers, Channels.setSettings, { settings: { theme: 'dark' } });
    expect(saved.ok && saved.value.theme).toBe('dark');
    expect(saved.ok && saved.value.language).toBe(null);
    await first.library.flush();
    const again = start(dir);
    const read = await call(again.handlers, Channels.getSettings, undefined);
    expect(read.ok && read.value.theme).toBe('dark');
    await again.library.flush();
  });

  it('falls back to System when the stored value is not a theme, keeping the other settings', async () => {
    const dir = await tempDir();
    const first = start(dir);
    await call(first.handlers, Channels.setSettings, { settings: { theme: 'light', language: 'hu' } });
    await first.library.flush();
    // The library store's JSON file: the one that holds the setting.
    const files = (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.json'));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    const index = texts.findIndex((text) => text.includes('"theme"'));
    expect(index).toBeGreaterThanOrEqual(0);
    const text = texts[index]!;
    expect(text).toMatch(/"theme":\s*"light"/);
    await writeFile(join(dir, files[index]!), text.replace(/"theme":\s*"light"/, '"theme": "sepia"'));
    const again = start(dir);
    const read = await call(again.handlers, Channels.getSettings, undefined);
    expect(read.ok && read.value.theme).toBe('system');
    expect(read.ok && read.value.language).toBe('hu');
    await again.library.flush();
  });
});
