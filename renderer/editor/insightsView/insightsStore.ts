/** Whether the Insights view is open. UI state: never in the document, never in history. */
import { create } from 'zustand';

export interface InsightsState {
  open: boolean;
  /** Bumped whenever the view is opened, to move keyboard focus to its heading. */
  focusRequest: number;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useInsights = create<InsightsState>()((set, get) => ({
  open: false,
  focusRequest: 0,
  setOpen: (open) => set(open ? { open, focusRequest: get().focusRequest + 1 } : { open }),
  toggle: () => get().setOpen(!get().open),
}));
