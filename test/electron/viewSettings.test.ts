/**
 * View state (viewport, overlay) is kept per project in the library settings,
 * through the settings channel: merged project by project, bounded in size,
 * dropped with its project, and never written into the project file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { MAX_FILTERS } from '../../shared/analysis/filters';
import { Channels, MAX_PROJECT_VIEWS, MAX_SAVED_FILTER_ENTRIES, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, ProjectView, Request } from '../../shared/ipc';
import { steppingClock } from './storage/fixtures';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

function handlersIn(dataDir: string): Handlers {
  let n = 0;
  return createHandlers({
    dataDir,
    trash: async () => {},
    now: steppingClock(),
    newId: () => `p-${++n}`,
    log: () => undefined,
  });
}

async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) throw new Error(request.error);
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

const view = (x: number, at = x): ProjectView => ({ x, y: -x, zoom: 0.8, lens: 'servqual', sense: 'smell', at });

describe('view state in the settings', () => {
  it('merges project by project and survives a restart', async () => {
    const dir = await tempDir();
    await call(handlersIn(dir), Channels.setSettings, { settings: { views: { a: view(1) } } });
    const both = await call(handlersIn(dir), Channels.setSettings, { settings: { views: { b: view(2) } } });
    expect(both.ok && both.value.views).toEqual({ a: view(1), b: view(2) });
    const reread = await call(handlersIn(dir), Channels.getSettings, undefined);
    expect(reread.ok && reread.value.views).toEqual({ a: view(1), b: view(2) });
  });

  it('keeps at most MAX_PROJECT_VIEWS, dropping the least recently viewed', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    for (let i = 0; i < MAX_PROJECT_VIEWS + 5; i++)
      await call(handlers, Channels.setSettings, { settings: { views: { [`p${i}`]: view(i) } } });
    const settings = await call(handlersIn(dir), Channels.getSettings, undefined);
    const ids = Object.keys(settings.ok ? settings.value.views : {});
    expect(ids).toHaveLength(MAX_PROJECT_VIEWS);
    expect(ids).not.toContain('p0');
    expect(ids).toContain(`p${MAX_PROJECT_VIEWS + 4}`);
  });

  it('refuses a payload with too many or malformed views', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_PROJECT_VIEWS + 1 }, (_, i) => [`p${i}`, view(i)]));
    expect(validateRequest(Channels.setSettings, { settings: { views: many } }).ok).toBe(false);
    expect(validateRequest(Channels.setSettings, { settings: { views: { a: { ...view(1), zoom: 0 } } } }).ok).toBe(
      false,
    );
    expect(validateRequest(Channels.setSettings, { settings: { views: { a: { ...view(1), lens: 'x' } } } }).ok).toBe(
      false,
    );
  });

  it('keeps the map filters of a view, dropping the ones this build does not know', async () => {
    const dir = await tempDir();
    const filters = [
      { kind: 'momentsOfTruth' },
      { kind: 'channel', channel: 'pigeon' },
      { kind: 'channel', channel: 'phone' },
      { kind: 'teleport' },
      { kind: 'momentsOfTruth' },
      { kind: 'lane', laneId: 'lane-1' },
    ];
    await call(handlersIn(dir), Channels.setSettings, { settings: { views: { a: { ...view(1), filters } } } });
    const reread = await call(handlersIn(dir), Channels.getSettings, undefined);
    expect(reread.ok && reread.value.views.a?.filters).toEqual([
      { kind: 'momentsOfTruth' },
      { kind: 'channel', channel: 'phone' },
      { kind: 'lane', laneId: 'lane-1' },
    ]);
    // A view saved before filters existed is still read, without any.
    const old = await call(handlersIn(dir), Channels.setSettings, { settings: { views: { b: view(2) } } });
    expect(old.ok && old.value.views.b).toEqual(view(2));
  });

  it('keeps at most MAX_FILTERS filters and refuses an absurdly long list', () => {
    const lanes = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'lane', laneId: `l${i}` }));
    const some = validateRequest(Channels.setSettings, {
      settings: { views: { a: { ...view(1), filters: lanes(30) } } },
    });
    expect(some.ok && some.value.settings.views?.a?.filters).toHaveLength(MAX_FILTERS);
    const absurd = validateRequest(Channels.setSettings, {
      settings: { views: { a: { ...view(1), filters: lanes(MAX_SAVED_FILTER_ENTRIES + 1) } } },
    });
    expect(absurd.ok).toBe(false);
    expect(
      validateRequest(Channels.setSettings, { settings: { views: { a: { ...view(1), filters: 'highRisk' } } } }).ok,
    ).toBe(false);
  });

  it('a bad filter list in the library file loses no other view', async () => {
    const dir = await tempDir();
    await call(handlersIn(dir), Channels.setSettings, { settings: { views: { a: view(1), b: view(2) } } });
    const path = join(dir, 'library.json');
    const library = JSON.parse(await readFile(path, 'utf8'));
    library.settings.views.a.filters = [{ kind: 'highRisk' }, { kind: 'channel', channel: 'pigeon' }, null];
    await writeFile(path, JSON.stringify(library));
    const reread = await call(handlersIn(dir), Channels.getSettings, undefined);
    expect(reread.ok && reread.value.views).toEqual({ a: { ...view(1), filters: [{ kind: 'highRisk' }] }, b: view(2) });
  });

  it('is dropped with its project and never written into the project file', async () => {
    const dir = await tempDir();
    const handlers = handlersIn(dir);
    const created = await call(handlers, Channels.createProject, { name: 'Checkout', template: 'blank' });
    if (!created.ok) throw new Error(created.error);
    const id = created.value.id;
    await call(handlers, Channels.setSettings, { settings: { views: { [id]: view(3) } } });
    const file = await readFile(join(dir, 'projects', `${id}.touchmap`), 'utf8');
    expect(file).not.toContain('"view"');
    await call(handlers, Channels.deleteProject, { id });
    const settings = await call(handlersIn(dir), Channels.getSettings, undefined);
    expect(settings.ok && settings.value.views).toEqual({});
  });
});
