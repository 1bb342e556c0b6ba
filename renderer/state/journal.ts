/**
 * The recovery journal, renderer side: every edit's patches go to main as soon
 * as the append before them has completed (one append in flight at a time;
 * edits made while it is in flight go together in the next one), so an edit is
 * on disk a few milliseconds after it is made and a crash loses nothing that
 * was journalled. Appends go out in order. A completed save empties the journal
 * in main; entries not yet sent that a starting save already covers are dropped
 * here, so nothing is ever replayed twice.
 */
import type { JournalEntry } from '../../shared/ipc';
import { api } from '../api';
import { useDocument } from './documentStore';
import { notify } from './notify';

/** The most entries one append may carry (the IPC schema's limit); more wait for the next append. */
export const JOURNAL_MAX_BATCH = 1000;

interface Pending {
  revision: number;
  entry: JournalEntry;
}

let pending: Pending[] = [];
let projectId: string | null = null;
/** The append on its way to disk, if any. */
let inFlight: Promise<void> | null = null;

async function append(id: string, batch: Pending[]): Promise<void> {
  try {
    const result = await api().appendJournal({ id, entries: batch.map((p) => p.entry) });
    if (!result.ok) notify('journal-failed', { detail: result.error });
  } catch (error) {
    notify('journal-failed', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Send what is pending unless an append is in flight; when that one completes, this runs again.
 * The entries leave `pending` in the same turn as their request goes out, so a save that starts
 * later is always behind them in main's queue.
 */
function pump(): void {
  if (inFlight || !projectId || pending.length === 0) return;
  const batch = pending.splice(0, JOURNAL_MAX_BATCH);
  inFlight = append(projectId, batch).finally(() => {
    inFlight = null;
    pump();
  });
}

/** Drop entries not yet sent that a save of `revision` already contains (it empties the journal on disk). */
export function coveredBySave(revision: number): void {
  pending = pending.filter((p) => p.revision > revision);
}

/** Resolves once every edit made so far has been appended (before a window closes, in tests). */
export async function flushJournal(): Promise<void> {
  while (inFlight || (projectId && pending.length > 0)) {
    pump();
    await inFlight;
  }
}

export function startJournal(): () => void {
  return useDocument.subscribe((state, prev) => {
    if (state.project?.id !== projectId) {
      // Another project: whatever was pending belonged to the old one and was flushed on close.
      pending = [];
      projectId = state.project?.id ?? null;
    }
    const edit = state.lastEdit;
    // A workshop change that changed nothing (the same merged state read again) has no patches.
    if (!edit || edit === prev.lastEdit || !state.project || edit.patches.length === 0) return;
    // A workshop guest's map is not in this library: nothing to recover into.
    if (state.shared?.role === 'guest') return;
    pending.push({
      revision: edit.revision,
      entry: { at: new Date().toISOString(), patches: JSON.parse(JSON.stringify(edit.patches)) },
    });
    pump();
  });
}
