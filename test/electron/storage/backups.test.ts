// @vitest-environment node
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../electron/storage/backups';
import { dataLayout } from '../../../electron/storage/layout';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();
const T0 = Date.parse('2025-05-01T08:00:00.000Z');
const minutes = (m: number) => T0 + m * 60_000;

/** Write a "current file" saved at `time` and set it aside. */
async function keepVersion(backups: Backups, file: string, time: number, content: string): Promise<void> {
  await writeFile(file, content);
  await utimes(file, time / 1000, time / 1000);
  await backups.keep('p1', file);
}

describe('Backups', () => {
  it('keeps the previous version plus checkpoints at least the interval apart, at most `keep`', async () => {
    const dir = await tempDir();
    const layout = dataLayout(dir);
    await mkdir(layout.projects, { recursive: true });
    const file = join(layout.projects, 'p1.touchmap');
    const backups = new Backups(layout, { keep: 3, intervalMs: 10 * 60_000 });

    // Saved at minute 0, 1, 2, 15, 16, 17: 1 and 2 are superseded within ten minutes of minute 0.
    for (const m of [0, 1, 2, 15, 16, 17]) await keepVersion(backups, file, minutes(m), `v${m}`);
    let kept = (await backups.list('p1')).map((b) => b.savedAt);
    expect(kept).toEqual([minutes(17), minutes(15), minutes(0)].map((t) => new Date(t).toISOString()));

    // Minute 40 replaces 17 (17 is only 2 minutes after 15); minute 41 makes 40 a checkpoint and drops 0.
    await keepVersion(backups, file, minutes(40), 'v40');
    await keepVersion(backups, file, minutes(41), 'v41');
    kept = (await backups.list('p1')).map((b) => b.savedAt);
    expect(kept).toEqual([minutes(41), minutes(40), minutes(15)].map((t) => new Date(t).toISOString()));
    expect(await readdir(join(layout.backups, 'p1'))).toHaveLength(3);
  });

  it('names two versions saved in the same millisecond apart', async () => {
    const dir = await tempDir();
    const layout = dataLayout(dir);
    await mkdir(layout.projects, { recursive: true });
    const file = join(layout.projects, 'p1.touchmap');
    const backups = new Backups(layout, { keep: 5, intervalMs: 0 });
    await keepVersion(backups, file, T0, 'a');
    await keepVersion(backups, file, T0, 'b');
    const names = (await backups.list('p1')).map((b) => b.name);
    expect(names).toEqual(['2025-05-01T08-00-00-000Z-2.touchmap', '2025-05-01T08-00-00-000Z.touchmap']);
  });

  it('never thins out a pinned backup (the version a restore replaced), even when saves follow at once', async () => {
    const dir = await tempDir();
    const layout = dataLayout(dir);
    await mkdir(layout.projects, { recursive: true });
    const file = join(layout.projects, 'p1.touchmap');
    const backups = new Backups(layout, { keep: 5, intervalMs: 10 * 60_000 });
    await keepVersion(backups, file, minutes(0), 'v0');
    // A restore at minute 1 sets minute 1's version aside, pinned.
    await writeFile(file, 'v1');
    await utimes(file, minutes(1) / 1000, minutes(1) / 1000);
    await backups.keep('p1', file, { pinned: true });
    // Autosaves seconds later would normally replace a backup this close to the one before it.
    await keepVersion(backups, file, minutes(1.05), 'restored');
    await keepVersion(backups, file, minutes(1.1), 'restored, edited');
    const names = (await backups.list('p1')).map((b) => b.name);
    expect(names.some((n) => n.endsWith('-pinned.touchmap'))).toBe(true);
    const folder = join(layout.backups, 'p1');
    const contents = await Promise.all((await readdir(folder)).map((n) => readFile(join(folder, n), 'utf8')));
    expect(contents).toContain('v1');
    expect(contents).toContain('v0');
  });

  it('does nothing when there is no current file yet', async () => {
    const dir = await tempDir();
    const backups = new Backups(dataLayout(dir));
    await backups.keep('p1', join(dir, 'projects', 'p1.touchmap'));
    expect(await backups.list('p1')).toEqual([]);
    expect(await backups.has('p1')).toBe(false);
  });

  it('resolves only names it listed, never paths', async () => {
    const dir = await tempDir();
    const layout = dataLayout(dir);
    await mkdir(layout.projects, { recursive: true });
    const file = join(layout.projects, 'p1.touchmap');
    const backups = new Backups(layout, { keep: 5, intervalMs: 0 });
    await keepVersion(backups, file, T0, 'a');
    const [only] = await backups.list('p1');
    expect(await backups.pathOf('p1', only!.name)).toBe(join(layout.backups, 'p1', only!.name));
    expect(await backups.pathOf('p1', '../../p1.touchmap')).toBeNull();
  });
});
