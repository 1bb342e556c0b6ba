/**
 * Previous versions of each project, in `<dataDir>/backups/<id>/`.
 *
 * Policy: the newest backup is always the version just replaced by the last
 * save; older backups are checkpoints at least `intervalMs` apart, so a long
 * editing session with autosave every second still leaves versions from
 * earlier in the session rather than five copies of the last five seconds.
 * At most `keep` backups are kept. A backup taken before a restore is pinned
 * (`-pinned` in its name): interval thinning never removes it, only the
 * rotation once `keep` newer versions exist.
 */
import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc';
import { tempPathFor } from './atomicWrite';
import { backupFolder, fileStamp, parseFileStamp, PROJECT_EXTENSION } from './layout';
import type { DataLayout } from './layout';
import { exists } from './projectFiles';

export interface BackupPolicy {
  keep: number;
  intervalMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 5, intervalMs: 10 * 60 * 1000 };

const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?(-pinned)?\.touchmap$/;

interface Stamped {
  name: string;
  time: number;
  /** The collision suffix: 1 for `<stamp>.touchmap`, n for `<stamp>-n.touchmap`. */
  serial: number;
  pinned: boolean;
}

function stamped(name: string): Stamped {
  const serial = /-(\d+)(?:-pinned)?\.touchmap$/.exec(name.slice(24));
  return {
    name,
    time: parseFileStamp(name)?.getTime() ?? 0,
    serial: serial ? Number(serial[1]) : 1,
    pinned: name.endsWith(`-pinned${PROJECT_EXTENSION}`),
  };
}

export class Backups {
  constructor(
    private readonly layout: DataLayout,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  ) {}

  /** Backups of one project, oldest first. */
  async #stamped(id: string): Promise<Stamped[]> {
    let names: string[];
    try {
      names = await readdir(backupFolder(this.layout, id));
    } catch {
      return [];
    }
    return names
      .filter((name) => BACKUP_NAME.test(name))
      .map(stamped)
      .sort((a, b) => a.time - b.time || a.serial - b.serial);
  }

  /** Backups of one project, newest first. */
  async list(id: string): Promise<BackupInfo[]> {
    const dir = backupFolder(this.layout, id);
    const stamped = (await this.#stamped(id)).reverse();
    const infos: BackupInfo[] = [];
    for (const { name, time } of stamped) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info) infos.push({ name, savedAt: new Date(time).toISOString(), bytes: info.size });
    }
    return infos;
  }

  async has(id: string): Promise<boolean> {
    return (await this.#stamped(id)).length > 0;
  }

  /** The path of the newest backup (the version the last save replaced), or null if there is none. */
  async newest(id: string): Promise<string | null> {
    const newest = (await this.#stamped(id)).at(-1);
    return newest ? join(backupFolder(this.layout, id), newest.name) : null;
  }

  /** The path of a named backup, or null if there is no such backup (names are never trusted as paths). */
  async pathOf(id: string, name: string): Promise<string | null> {
    const known = await this.#stamped(id);
    return known.some((b) => b.name === name) ? join(backupFolder(this.layout, id), name) : null;
  }

  /**
   * Set the current file aside before it is replaced. The backup is named by
   * the file's own modification time: the moment that version was saved.
   */
  async keep(id: string, currentFile: string, options: { pinned?: boolean } = {}): Promise<void> {
    const info = await stat(currentFile).catch(() => null);
    if (!info?.isFile()) return;
    const dir = backupFolder(this.layout, id);
    await mkdir(dir, { recursive: true });
    const existing = await this.#stamped(id);
    const newest = existing.at(-1);
    const beforeNewest = existing.at(-2);
    // The newest backup is a checkpoint only if it stands far enough from the one before it.
    if (newest && beforeNewest && !newest.pinned && newest.time - beforeNewest.time < this.policy.intervalMs) {
      await unlink(join(dir, newest.name)).catch(() => undefined);
      existing.pop();
    }
    const stamp = fileStamp(new Date(Math.floor(info.mtimeMs)));
    const pin = options.pinned ? '-pinned' : '';
    let name = `${stamp}${pin}${PROJECT_EXTENSION}`;
    for (let n = 2; await exists(join(dir, name)); n++) name = `${stamp}-${n}${pin}${PROJECT_EXTENSION}`;
    // Copy to a temp name then rename, so a half-copied backup never looks like a real one.
    const target = join(dir, name);
    const temp = tempPathFor(target);
    await copyFile(currentFile, temp);
    await rename(temp, target);
    existing.push(stamped(name));
    for (const old of existing.slice(0, Math.max(0, existing.length - this.policy.keep))) {
      await unlink(join(dir, old.name)).catch(() => undefined);
    }
  }
}
