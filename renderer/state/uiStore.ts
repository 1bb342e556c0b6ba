/** Editor UI state that is neither document nor history: dialogs, inline rename, clipboard. */
import { create } from 'zustand';
import type { Clipboard } from '../../shared/commands';

export interface UiState {
  renamingStepId: string | null;
  shortcutsOpen: boolean;
  exportOpen: boolean;
  clipboard: Clipboard | null;
  /** Bumped to ask the canvas to fit the view. */
  fitRequest: number;
  message: string | null;
  setRenaming(id: string | null): void;
  setShortcutsOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  setClipboard(clip: Clipboard | null): void;
  requestFit(): void;
  say(message: string | null): void;
}

export const useUi = create<UiState>()((set) => ({
  renamingStepId: null,
  shortcutsOpen: false,
  exportOpen: false,
  clipboard: null,
  fitRequest: 0,
  message: null,
  setRenaming: (renamingStepId) => set({ renamingStepId }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setClipboard: (clipboard) => set({ clipboard }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  say: (message) => set({ message }),
}));
