/**
 * The voting panel's UI state: whether it is open, who is voting now on this laptop, the last
 * refusal to show, and how the results are grouped. Never in the document, never in history.
 */
import { create } from 'zustand';

export type ResultGrouping = 'together' | 'apart';

export interface VotingPanelState {
  open: boolean;
  /** Bumped whenever the panel is opened, to move keyboard focus to its heading. */
  focusRequest: number;
  /** The participant placing dots now (taking turns on one laptop), by name. */
  voter: string | null;
  /** The last refusal ("Ann has no dots left"), as a translated sentence; cleared by the next dot. */
  message: string | null;
  grouping: ResultGrouping;
  setOpen(open: boolean): void;
  toggle(): void;
  setVoter(voter: string | null): void;
  setMessage(message: string | null): void;
  setGrouping(grouping: ResultGrouping): void;
}

export const useVotingPanel = create<VotingPanelState>()((set, get) => ({
  open: false,
  focusRequest: 0,
  voter: null,
  message: null,
  grouping: 'together',
  setOpen: (open) => set(open ? { open, focusRequest: get().focusRequest + 1 } : { open }),
  toggle: () => get().setOpen(!get().open),
  setVoter: (voter) => set({ voter, message: null }),
  setMessage: (message) => set({ message }),
  setGrouping: (grouping) => set({ grouping }),
}));
