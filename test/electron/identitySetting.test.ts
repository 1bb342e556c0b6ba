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

describe('who you are (settings.identity)', () => {
  it('is not set until the user says', () => {
    expect(DEFAULT_SETTINGS.identity).toBeUndefined();
  });

  it('accepts a name and a #rrggbb colour only', () => {
    const ok = { name: 'Ana Kovács', colour: '#1b6fd6' };
    expect(validateRequest(Channels.setSettings, { settings: { identity: ok } }).ok).toBe(true);
    for (const identity of [
      { name: '', colour: '#1b6fd6' },
      { name: '   ', colour: '#1b6fd6' },
      { name: 'x'.repeat(101), colour: '#1b6fd6' },
      { name: 'Ana', colour: 'red' },
      { name: 'Ana', colour: '#1b6fd6', extra: 'x' },
      { name: 'Ana' },
      'Ana',
      null,
    ])
      expect(validateRequest(Channels.setSettings, { settings: { identity } }).ok, JSON.stringify(identity)).toBe(
        // An extra key is dropped by the schema, not refused.
        typeof identity === 'object' && identity !== null && 'extra' in identity,
      );
  });

  it('is kept over a restart, and a damaged one is forgotten without losing the other settings', async () => {
    const dir = await tempDir();
    const first = start(dir);
    const identity = { name: '李明', colour: '#b83da0' };
    const saved = await call(first.handlers, Channels.setSettings, { settings: { identity, theme: 'dark' } });
    expect(saved.ok && saved.value.identity).toEqual(identity);
    await first.library.flush();
    const again = start(dir);
    const read = await call(again.handlers, Channels.getSettings, undefined);
    expect(read.ok && read.value.identity).toEqual(identity);
    await again.library.flush();

    const files = (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.json'));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    const index = texts.findIndex((text) => text.includes('"identity"'));
    expect(index).toBeGreaterThanOrEqual(0);
    await writeFile(join(dir, files[index]!), texts[index]!.replace('#b83da0', 'javascript:alert(1)'));
    const third = start(dir);
    const damaged = await call(third.handlers, Channels.getSettings, undefined);
    expect(damaged.ok && damaged.value.identity).toBeUndefined();
    expect(damaged.ok && damaged.value.theme).toBe('dark');
    await third.library.flush();
  });
});
