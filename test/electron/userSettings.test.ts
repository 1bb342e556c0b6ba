// @vitest-environment node
/**
 * The user's own settings kept in the library settings (the theme, who you are), one table of
 * cases through the real settings channel: the default, the values the channel accepts and
 * refuses, kept over a restart beside the other settings, and a value damaged in the stored
 * file falls back to the default without losing the other settings.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { Channels, DEFAULT_SETTINGS, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, Request, Settings } from '../../shared/ipc';
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

interface Case {
  key: 'theme' | 'identity';
  /** What it is until the user chooses. */
  initial: unknown;
  accepted: unknown[];
  refused: unknown[];
  stored: unknown;
  /** Other settings saved with it, which a damaged value must not take with it. */
  others: Partial<Settings>;
  /** The stored file's text with the value damaged (null: the text was not as expected). */
  damage: (text: string) => string | null;
}

const CASES: Case[] = [
  {
    key: 'theme',
    initial: 'system',
    accepted: ['system', 'light', 'dark'],
    refused: ['Dark', 'blue', '', null, 1, { dark: true }],
    stored: 'light',
    others: { language: 'hu' },
    damage: (text) => (/"theme":\s*"light"/.test(text) ? text.replace(/"theme":\s*"light"/, '"theme": "sepia"') : null),
  },
  {
    key: 'identity',
    initial: undefined,
    accepted: [
      { name: 'Ana Kovács', colour: '#1b6fd6' },
      // An extra key is dropped by the schema, not refused.
      { name: 'Ana', colour: '#1b6fd6', extra: 'x' },
    ],
    refused: [
      { name: '', colour: '#1b6fd6' },
      { name: '   ', colour: '#1b6fd6' },
      { name: 'x'.repeat(101), colour: '#1b6fd6' },
      { name: 'Ana', colour: 'red' },
      { name: 'Ana' },
      'Ana',
      null,
    ],
    stored: { name: '李明', colour: '#b83da0' },
    others: { theme: 'dark' },
    damage: (text) => (text.includes('#b83da0') ? text.replace('#b83da0', 'javascript:alert(1)') : null),
  },
];

describe.each(CASES)('the $key setting', (c) => {
  const othersOf = (settings: Settings) =>
    Object.fromEntries(Object.keys(c.others).map((k) => [k, settings[k as keyof Settings]]));

  it('has its default until the user chooses', () => {
    expect(DEFAULT_SETTINGS[c.key]).toEqual(c.initial);
  });

  it('accepts what it may be and refuses anything else', () => {
    for (const value of c.accepted)
      expect(validateRequest(Channels.setSettings, { settings: { [c.key]: value } }).ok, JSON.stringify(value)).toBe(
        true,
      );
    for (const value of c.refused)
      expect(validateRequest(Channels.setSettings, { settings: { [c.key]: value } }).ok, JSON.stringify(value)).toBe(
        false,
      );
  });

  it('is kept over a restart beside the other settings; a damaged one falls back, keeping the others', async () => {
    const dir = await tempDir();
    const first = start(dir);
    // Set alone, it leaves the other settings as they were.
    const alone = await call(first.handlers, Channels.setSettings, { settings: { [c.key]: c.stored } });
    if (!alone.ok) throw new Error(alone.error);
    expect(alone.value[c.key]).toEqual(c.stored);
    expect(othersOf(alone.value)).toEqual(othersOf(DEFAULT_SETTINGS));
    const saved = await call(first.handlers, Channels.setSettings, { settings: { [c.key]: c.stored, ...c.others } });
    if (!saved.ok) throw new Error(saved.error);
    expect(othersOf(saved.value)).toEqual(c.others);
    await first.library.flush();

    const again = start(dir);
    const read = await call(again.handlers, Channels.getSettings, undefined);
    if (!read.ok) throw new Error(read.error);
    expect(read.value[c.key]).toEqual(c.stored);
    expect(othersOf(read.value)).toEqual(c.others);
    await again.library.flush();

    // The library store's JSON file: the one that holds the setting.
    const files = (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.json'));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    const index = texts.findIndex((text) => text.includes(`"${c.key}"`));
    expect(index).toBeGreaterThanOrEqual(0);
    const damaged = c.damage(texts[index]!);
    expect(damaged).not.toBeNull();
    await writeFile(join(dir, files[index]!), damaged!);
    const third = start(dir);
    const after = await call(third.handlers, Channels.getSettings, undefined);
    if (!after.ok) throw new Error(after.error);
    expect(after.value[c.key]).toEqual(c.initial);
    expect(othersOf(after.value)).toEqual(c.others);
    await third.library.flush();
  });
});
