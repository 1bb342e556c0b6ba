/**
 * The recovery journal, renderer side: every edit's patches reach disk within
 * a second (well within: batches go out every JOURNAL_DELAY_MS), so a crash
 * loses nothing that was journalled. A completed save empties the journal in
 * main; entries already covered by a save that is starting are dropped here,
 * so nothing is ever replayed twice.
 */
import type { JournalEntry } from '../../shared/ipc';
import { api } from '../api';
import { useDocument } from './documentStore';
import { notify } from './notify';

export const JOURNAL_DELAY_MS = 200;

interface Pending {
  revision: number;
  entry: JournalEntry;
}

let pending: Pending[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let projectId: string | null = null;
let sending: Promise<void> = Promise.resolve();

async function send(): Promise<void> {
  timer = null;
  const batch = pending;
  pending = [];
  if (!projectId || batch.length === 0) return;
  const id = projectId;
  // Appends go out in order, one batch at a time.
  sending = sending.then(async () => {
    const result = await api().appendJournal({ id, entries: batch.map((p) => p.entry) });
    // Main's message is for the user: their safety net is not being written.
    if (!result.ok) notify('journal-failed', { detail: result.error });
  });
  await sending;
}

/** Drop entries a save of `revision` already contains (it empties the journal on disk). */
export function coveredBySave(revision: number): void {
  pending = pending.filter((p) => p.revision > revision);
}

/** Send whatever is pending now (before a window closes, in tests). */
export async function flushJournal(): Promise<void> {
  if (timer) clearTimeout(timer);
  await send();
  await sending;
}

export function startJournal(): () => void {
  return useDocument.subscribe((state, prev) => {
    if (state.project?.id !== projectId) {
      // Another project: whatever was pending belonged to the old one and was flushed on close.
      pending = [];
      projectId = state.project?.id ?? null;
    }
    const edit = state.lastEdit;
    if (!edit || edit === prev.lastEdit || !state.project) return;
    pending.push({
      revision: edit.revision,
      entry: { at: new Date().toISOString(), patches: JSON.parse(JSON.stringify(edit.patches)) },
    });
    timer ??= setTimeout(() => void send(), JOURNAL_DELAY_MS);
  });
}
