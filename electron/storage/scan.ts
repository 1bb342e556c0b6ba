/**
 * The start-up check of the projects folder. Files unchanged since our last
 * write (same size and mtime as the index recorded) are trusted without
 * reading; anything else is read and checked. Unreadable files go to
 * quarantine and stay listed as problems; unknown readable files are indexed,
 * which is also how a lost library.json is rebuilt.
 *
 * Projects that live outside the folder (opened or saved elsewhere by the user)
 * are not read here: they may sit on a slow or unplugged drive, and are checked
 * when opened. A file left in the folder by a project that moved out with Save
 * As is an older copy of it and is left alone, not adopted a second time.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSafeId, PROJECT_EXTENSION } from './layout';
import type { DataLayout } from './layout';
import type { IndexEntry, LibraryStore } from './libraryStore';
import { quarantineFile, readProjectFile } from './projectFiles';
import { mt } from '../language';

export interface ScanContext {
  layout: DataLayout;
  store: LibraryStore;
  now: () => Date;
  maxBytes: number;
  log: (message: string) => void;
}

export async function scanProjects(ctx: ScanContext): Promise<void> {
  const { layout, store } = ctx;
  const seen = new Set<string>();
  for (const name of await readdir(layout.projects)) {
    if (name.startsWith('.') || !name.endsWith(PROJECT_EXTENSION)) continue;
    const id = name.slice(0, -PROJECT_EXTENSION.length);
    if (!isSafeId(id)) {
      ctx.log(`Ignoring ${name}: not a name Touchmap gives its project files.`);
      continue;
    }
    seen.add(id);
    const entry = store.get(id);
    if (entry?.external) continue;
    await checkFile(ctx, id, join(layout.projects, name), entry);
  }
  for (const entry of store.entries()) {
    if (seen.has(entry.id) || entry.problem || entry.external) continue;
    store.put({ ...entry, problem: { reason: mt('storage.file.missing'), quarantinedTo: null } });
  }
}

async function checkFile(ctx: ScanContext, id: string, file: string, entry: IndexEntry | undefined): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (entry && !entry.problem && info && entry.bytes === info.size && entry.mtimeMs === info.mtimeMs) return;
  const outcome = await readProjectFile(file, ctx.maxBytes);
  if (outcome.ok) {
    const { project } = outcome;
    ctx.store.put({
      id,
      name: project.name,
      updatedAt: project.updatedAt,
      file,
      stepCount: project.steps.length,
      bytes: outcome.bytes,
      mtimeMs: outcome.mtimeMs,
      sha256: outcome.sha256,
    });
    return;
  }
  if (outcome.missing) return;
  const quarantinedTo = await quarantineFile(ctx.layout.quarantine, file, outcome.reason, ctx.now());
  ctx.log(`Moved unreadable ${file} to ${quarantinedTo}: ${outcome.reason}`);
  ctx.store.put({
    ...(entry ?? { id, name: id, updatedAt: ctx.now().toISOString(), stepCount: 0 }),
    file,
    problem: { reason: outcome.reason, quarantinedTo },
  });
}
