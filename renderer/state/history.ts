/**
 * Undo history as immer patches. One entry is one user gesture: commands that
 * share a coalesce key within a short window (a burst of typing in one field)
 * merge into the entry on top. Selection and viewport never enter history.
 */
import type { Patch } from 'immer';
import type { CommandDescription } from '../../shared/commands';

export interface HistoryEntry {
  /** What the entry did, translated when shown (the undo and redo tooltips). */
  label: CommandDescription;
  patches: Patch[];
  inverse: Patch[];
  coalesceKey?: string;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const COALESCE_MS = 1500;
export const HISTORY_LIMIT = 500;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Record a new entry, merging with the top one when it continues the same gesture. */
export function record(history: History, entry: HistoryEntry): History {
  const top = history.past[history.past.length - 1];
  if (top && entry.coalesceKey && top.coalesceKey === entry.coalesceKey && entry.at - top.at < COALESCE_MS) {
    const merged: HistoryEntry = {
      ...top,
      patches: [...top.patches, ...entry.patches],
      inverse: [...entry.inverse, ...top.inverse],
      at: entry.at,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}
