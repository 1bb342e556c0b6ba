/**
 * Opening a project: if the recovery journal holds edits that never reached a
 * completed save (the app was killed, the machine crashed), the user is
 * offered to restore them on top of the last saved file, or discard them.
 */
import { applyPatches, type Patch } from 'immer';
import type { JournalEntry } from '../../shared/ipc';
import { parseProject, type Project } from '../../shared/model';
import { api } from '../api';

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

/** What to offer for a freshly opened project, or null when there is nothing to recover. */
export async function findRecovery(saved: Project): Promise<Recovery | { error: string } | null> {
  const journal = await api().readJournal({ id: saved.id });
  if (!journal.ok) return { error: journal.error };
  const { entries, skipped, stale } = journal.value;
  if (stale)
    return {
      error:
        'Unsaved changes from an earlier session were made on a version of this file that has since been replaced (by another program or another copy of Touchmap). They were not applied; they are kept in the quarantine folder of the data folder.',
    };
  if (entries.length === 0) return null;
  const restored = replayJournal(saved, entries);
  if (!restored)
    return {
      error:
        'Unsaved changes were found from a previous session, but they no longer fit the saved file and cannot be restored. They have been kept in the journal file.',
    };
  return { saved, restored, edits: entries.length, lastWrittenAt: entries[entries.length - 1].at, skipped };
}
