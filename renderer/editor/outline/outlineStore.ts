/** Whether the Journey outline is open. UI state: never in the document, never in history. */
import { create } from 'zustand';

export interface OutlineState {
  open: boolean;
  /** Bumped whenever the outline is opened, to move keyboard focus into it. */
  focusRequest: number;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useOutline = create<OutlineState>()((set, get) => ({
  open: false,
  focusRequest: 0,
  setOpen: (open) => set(open ? { open, focusRequest: get().focusRequest + 1 } : { open }),
  toggle: () => get().setOpen(!get().open),
}));
