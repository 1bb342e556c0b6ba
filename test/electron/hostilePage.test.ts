// @vitest-environment node
/**
 * The IPC channels called as a compromised page would call them: forged paths,
 * forged tokens, tokens and handles of other kinds, paths smuggled into Save As,
 * saves aimed at files Touchmap never opened, and on Windows network shares and
 * device paths. Each attempt is refused, and nothing is read or written: every
 * file-system call main makes is recorded and none names the victim's files, and
 * both folders hash the same before and after.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../electron/files';
import { createServices } from '../../electron/handlers';
import { registerHandlers } from '../../electron/ipc';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { Channels } from '../../shared/ipc';
import type { Channel, Result } from '../../shared/ipc';
import { blankProject } from '../../shared/model';
import { folderTrash } from '../support/trash';
import { steppingClock } from './storage/fixtures';
import { useTempDirs } from './storage/tempDir';

/** Every path main's code hands to node:fs/promises, in order. */
const touched = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const record = (arg: unknown) => {
    if (typeof arg === 'string') touched.push(arg);
    else if (arg instanceof URL) touched.push(arg.pathname);
  };
  const wrapped = Object.fromEntries(
    Object.entries(real).map(([name, value]) => [
      name,
      typeof value === 'function' && name !== 'constants'
        ? (...args: unknown[]) => {
            record(args[0]);
            if (name === 'rename' || name === 'copyFile') record(args[1]);
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value,
    ]),
  );
  return { ...wrapped, default: wrapped };
});

const tempDir = useTempDirs();

/** Names, sizes, times and contents of every file below `dir`. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<void> => {
    const items = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const path = join(folder, item.name);
      const info = await stat(path);
      hash.update(`${path}\0${info.size}\0${info.mtimeMs}\0`);
      if (item.isDirectory()) await walk(path);
      else hash.update(await readFile(path));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

interface Setup {
  platform?: NodeJS.Platform;
  open?: string | null;
  save?: string | null;
}

/** The handlers as main registers them (sender check passed: the attacker is the app's own page). */
function boot(dataDir: string, answers: Setup = {}) {
  const dialogs = {
    showOpen: vi.fn<Dialogs['showOpen']>(async () => answers.open ?? null),
    showSave: vi.fn<Dialogs['showSave']>(async () => answers.save ?? null),
    showExport: vi.fn<Dialogs['showExport']>(async () => null),
  };
  let n = 0;
  const services = createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    now: steppingClock(),
    newId: () => `p-${++n}`,
    log: () => undefined,
    dialogs,
    ...(answers.platform ? { platform: answers.platform } : {}),
  });
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<Result<unknown>>>();
  const ipcMain = { handle: (channel: string, fn: never) => void registered.set(channel, fn) };
  registerHandlers(
    ipcMain as never,
    services.handlers,
    () => true,
    () => undefined,
  );
  const invoke = (channel: Channel, payload: unknown) => registered.get(channel)!({}, payload);
  return { ...services, dialogs, invoke };
}

const project = (id: string, name: string) => blankProject({ id, name, now: '2025-01-01T00:00:00.000Z' });

beforeEach(() => {
  touched.length = 0;
});

describe('a hostile page', () => {
  it('cannot make main read or write a file the user did not choose', async () => {
    const [dataDir, victim, mine] = [await tempDir(), await tempDir(), await tempDir()];
    const secret = join(victim, 'secret.touchmap');
    const secretImage = join(victim, 'secret.png');
    await writeFile(secret, serializeProject(project('victim', 'Secret plans')));
    await writeFile(secretImage, 'not really a png');
    // A file the user did open once, so the page holds a real token and a real project.
    const chosen = join(mine, 'chosen.touchmap');
    await writeFile(chosen, serializeProject(project('chosen', 'Chosen')));
    const { invoke, dialogs } = boot(dataDir, { open: chosen });
    const opened = await invoke(Channels.openFile, {});
    expect(opened.ok).toBe(true);
    // The recording sees main's reads: the chosen file was read.
    expect(touched).toContain(chosen);
    const recent = (await invoke(Channels.listRecent, undefined)) as Result<{ token: string }[]>;
    if (!recent.ok) throw new Error(recent.error);
    const realToken = recent.value[0]!.token;
    const own = (opened as { value: ReturnType<typeof project> }).value;
    // A token main granted in another run (an earlier process) for the victim's file.
    const earlier = boot(await tempDir());
    const staleToken = earlier.grants.grant(secret);

    const before = { victim: await fingerprint(victim), data: await fingerprint(dataDir) };
    touched.length = 0;
    dialogs.showOpen.mockClear();

    const forgedToken = `${realToken.slice(0, -1)}${realToken.endsWith('A') ? 'B' : 'A'}`;
    const attempts: [string, Channel, unknown, RegExp][] = [
      ['a path to open', Channels.openFile, { path: secret }, /Unrecognized key: "path"/],
      ['an image path to open', Channels.openFile, { path: secretImage }, /Unrecognized key: "path"/],
      ['a path as a token', Channels.openFile, { token: secret }, /token: not a file token/],
      ['a forged token', Channels.openFile, { token: forgedToken }, /Touchmap did not offer that file/],
      ['a token of another run', Channels.openFile, { token: staleToken }, /Touchmap did not offer that file/],
      ['a project id as a token', Channels.openFile, { token: own.id }, /not a file token/],
      [
        'a backup name as a token',
        Channels.openFile,
        { token: '2025-01-01T00-00-00-000Z.touchmap' },
        /not a file token/,
      ],
      ['a path in Save As', Channels.saveAs, { project: own, path: secret }, /Unrecognized key: "path"/],
      ['a path in a save', Channels.saveProject, { project: own, path: secret }, /Unrecognized key: "path"/],
      [
        'a save of a project never opened',
        Channels.saveProject,
        { project: project('victim', 'Mine now') },
        /not in the library/,
      ],
      [
        'a save under a path-like id',
        Channels.saveProject,
        { project: project('../victim/secret', 'X') },
        /not in the library|id/,
      ],
      [
        'a path as a backup name',
        Channels.restoreBackup,
        { id: own.id, backup: '../../secret.touchmap' },
        /not a backup name/,
      ],
      ['a path as a project id', Channels.deleteProject, { id: '../../secret' }, /not in the library/],
      ['a path as a journal id', Channels.readJournal, { id: `../../../${victim}/secret` }, /not in the library/],
      ['a path as an import name', Channels.importFile, { name: secret, content: '{}' }, /cannot be opened/],
    ];
    for (const [what, channel, payload, refusal] of attempts) {
      const result = await invoke(channel, payload);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error, what).toMatch(refusal);
    }

    // Nothing asked the user on the page's behalf, nothing touched the victim's folder, nothing changed.
    expect(dialogs.showOpen).not.toHaveBeenCalled();
    expect(dialogs.showSave).not.toHaveBeenCalled();
    expect(touched.filter((path) => path.includes(victim))).toEqual([]);
    expect(await fingerprint(victim)).toBe(before.victim);
    expect(await fingerprint(dataDir)).toBe(before.data);
  });

  it('cannot reach a network share or a device on Windows, even through the dialogs', async () => {
    const share = '\\\\attacker.example\\share\\plans.touchmap';
    const device = '\\\\?\\GLOBALROOT\\Device\\plans.touchmap';
    for (const path of [share, device]) {
      const dataDir = await tempDir();
      const { invoke } = boot(dataDir, { platform: 'win32', open: path, save: path });
      const created = await invoke(Channels.createProject, { name: 'Plans', template: 'blank' });
      if (!created.ok) throw new Error(created.error);
      const before = await fingerprint(dataDir);
      touched.length = 0;

      for (const result of [
        await invoke(Channels.openFile, {}),
        await invoke(Channels.saveAs, { project: created.value }),
      ]) {
        expect(result).toEqual({
          ok: false,
          error: `Touchmap opens and saves files on this computer's drives only, not on network shares or devices ("${path}"). Copy the file to a drive first.`,
        });
      }
      expect(touched.filter((p) => p.startsWith('\\\\'))).toEqual([]);
      expect(await fingerprint(dataDir)).toBe(before);
    }
  });
});
