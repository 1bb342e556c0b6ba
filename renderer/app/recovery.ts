/**
 * Opening a project: if the recovery journal holds edits that never reached a
 * completed save (the app was killed, the machine crashed), the user is
 * offered to restore them on top of the last saved file, or discard them.
 */
import { applyPatches, type Patch } from 'immer';
import type { JournalEntry } from '../../shared/ipc';
import { parseProject, type Project } from '../../shared/model';
import { api } from '../api';
import i18n from '../i18n';

export interface Recovery {
  saved: Project;
  restored: Project;
  edits: number;
  lastWrittenAt: string;
  skipped: number;
}

/** Replay journal entries on the saved document; null when they do not apply cleanly. */
export function replayJournal(saved: Project, entries: JournalEntry[]): Project | null {
  try {
    let doc = saved;
    for (const entry of entries) doc = applyPatches(doc, entry.patches as Patch[]);
    const checked = parseProject(JSON.parse(JSON.stringify(doc)));
    return checked.ok ? checked.project : null;
  } catch {
    return null;
  }
}

/**
 * What to offer for a freshly opened project, or null when there is nothing to recover.
 * An `error` is a sentence for the file notice, in the UI language.
 */
export async function findRecovery(saved: Project): Promise<Recovery | { error: string } | null> {
  const journal = await api().readJournal({ id: saved.id });
  if (!journal.ok) return { error: journal.error };
  const { entries, skipped, stale } = journal.value;
  if (stale) return { error: i18n.t('recovery.stale') };
  if (entries.length === 0) return null;
  const restored = replayJournal(saved, entries);
  if (!restored) return { error: i18n.t('recovery.unfit') };
  return { saved, restored, edits: entries.length, lastWrittenAt: entries[entries.length - 1].at, skipped };
}
