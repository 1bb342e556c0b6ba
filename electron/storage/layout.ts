/**
 * Where things live inside the data folder. Project ids become file names,
 * so only ids of a safe shape ever reach the file system.
 */
import { join } from 'node:path';
import type { ErrorCode } from '../../shared/ipc';

/** Ids the library creates (UUIDs) and accepts as file names: no dots, no slashes. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const PROJECT_EXTENSION = '.touchmap';

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export interface DataLayout {
  root: string;
  projects: string;
  backups: string;
  quarantine: string;
}

export function dataLayout(dataDir: string): DataLayout {
  return {
    root: dataDir,
    projects: join(dataDir, 'projects'),
    backups: join(dataDir, 'backups'),
    quarantine: join(dataDir, 'quarantine'),
  };
}

export function projectPath(layout: DataLayout, id: string): string {
  return join(layout.projects, `${id}${PROJECT_EXTENSION}`);
}

/**
 * Where an indexed project's document lives: the path it records when it lives outside
 * the library (`external`), else `projects/<id>.touchmap`, wherever the data folder now is.
 */
export function entryFile(layout: DataLayout, entry: { id: string; file: string; external?: boolean }): string {
  return entry.external ? entry.file : projectPath(layout, entry.id);
}

/** The recovery journal sits next to its project. */
export function journalPath(layout: DataLayout, id: string): string {
  return join(layout.projects, `${id}.journal`);
}

export function backupFolder(layout: DataLayout, id: string): string {
  return join(layout.backups, id);
}

/** A time as a file-name-safe, sortable stamp: 2025-01-02T03-04-05-678Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Inverse of fileStamp (ignores any `-n` collision suffix); null if the text is not a stamp. */
export function parseFileStamp(stamp: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(stamp);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A message for the user: a problem they can understand, never a stack trace. */
export class LibraryError extends Error {
  override name = 'LibraryError';
  /** Set for the failures the renderer answers differently (see ErrorCode). */
  readonly code: ErrorCode | undefined;

  constructor(message: string, code?: ErrorCode) {
    super(message);
    this.code = code;
  }
}
