/**
 * The project <-> Y.Doc binding for live co-editing (issue J item 5).
 *
 * The doc is keyed by identity (see encode.ts): stages, lanes, steps, flows, personas,
 * comments... are Y.Maps by id with fractional order keys, so a remote insert never shifts
 * anyone's place and each person's undo (a Y.UndoManager tracking only this binding's own
 * origin) undoes their own edits only, even after others edited. A local change is the
 * difference between the project the app last read and the one it commits, written in ONE
 * transaction; what a peer changed meanwhile in other fields is left alone.
 *
 * read() turns the merged state into a Project deterministically and repairs what
 * concurrent valid edits can break (repair.ts); the result passes the file schema.
 */
import * as Y from 'yjs';
import type { Project } from '../model/types';
import { decodeTop, isPlainObject, ROOT, scopeTypes, writeTop } from './encode';
import { repairProject, type Repair } from './repair';

export type { Repair } from './repair';

export interface SyncedProject {
  readonly doc: Y.Doc;
  /** A local change: diff by identity against the last project read, one transaction, local origin. */
  commit(next: Project): void;
  /** The merged state as a valid project (deterministic repair, passes the schema) and what was repaired. */
  read(): { project: Project; repairs: Repair[] };
  /** Undo this person's last edit (others' edits stay). */
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** After every change to the doc; `remote` when it came from a peer (not a local commit, undo or redo). */
  onChange(cb: (e: { project: Project; repairs: Repair[]; remote: boolean }) => void): () => void;
  destroy(): void;
}

/** The origin of seeding transactions (tracked by nobody's undo). */
export const SEED_ORIGIN = 'touchmap-seed';

/** Host: put the file into an empty doc (one transaction). */
export function seedDoc(doc: Y.Doc, project: Project): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(ROOT);
    for (const [key, value] of Object.entries(project)) {
      if (value === undefined) continue;
      writeTop(doc, root, key, undefined, value);
    }
  }, SEED_ORIGIN);
}

/** Whether the doc holds a project yet (a joiner's doc is empty until the first sync). */
export function hasProject(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(ROOT).size > 0;
}

export function createSyncedProject(doc: Y.Doc): SyncedProject {
  const origin = { binding: 'touchmap-local' };
  const root = doc.getMap<unknown>(ROOT);
  const undoManager = new Y.UndoManager(scopeTypes(doc), {
    trackedOrigins: new Set([origin]),
    // Each commit is one command, and one undo step.
    captureTimeout: 0,
  });
  let cached: { project: Project; repairs: Repair[] } | null = null;
  /** The project the app last saw: what a commit is diffed against. */
  let base: Project | null = null;
  const listeners = new Set<(e: { project: Project; repairs: Repair[]; remote: boolean }) => void>();

  const read = () => {
    if (!cached) cached = repairProject(decodeTop(doc));
    base = cached.project;
    return cached;
  };

  const extendScope = () => {
    for (const type of scopeTypes(doc)) undoManager.addToScope(type);
  };

  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0 && tr.deleteSet.clients.size === 0) return;
    cached = null;
    // A field a peer turned into a collection joins the undo scope, so undoing an edit in it works.
    extendScope();
    if (listeners.size === 0) return;
    const remote = tr.origin !== origin && tr.origin !== undoManager;
    const result = read();
    for (const cb of [...listeners]) cb({ ...result, remote });
  };
  doc.on('afterTransaction', onTransaction);

  return {
    doc,
    commit(next: Project) {
      const from = (base ?? read().project) as unknown as Record<string, unknown>;
      const to = next as unknown as Record<string, unknown>;
      if (!isPlainObject(to)) return;
      doc.transact(() => {
        for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
          if (key === '__proto__') continue;
          writeTop(doc, root, key, from[key], to[key]);
        }
        extendScope();
      }, origin);
      // Without listeners nothing re-read the doc: the app's view is now `next`.
      if (!cached) base = next;
    },
    read,
    undo() {
      return undoManager.undo() !== null;
    },
    redo() {
      return undoManager.redo() !== null;
    },
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    destroy() {
      listeners.clear();
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
    },
  };
}
