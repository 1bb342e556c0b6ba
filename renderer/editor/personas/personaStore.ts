/** Whether the persona panel is open. UI state: never in the document, never in history. */
import { create } from 'zustand';

export interface PersonaPanelState {
  open: boolean;
  /** Bumped whenever the panel is opened, to move keyboard focus to its heading. */
  focusRequest: number;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const usePersonaPanel = create<PersonaPanelState>()((set, get) => ({
  open: false,
  focusRequest: 0,
  setOpen: (open) => set(open ? { open, focusRequest: get().focusRequest + 1 } : { open }),
  toggle: () => get().setOpen(!get().open),
}));
