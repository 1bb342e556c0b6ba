/**
 * UI state that is neither document nor history: dialogs (the new-project form, the
 * shortcuts sheet, export), inline rename, clipboard, and which stage or lane the
 * inspector is showing. Messages to the user go through ./notify.ts.
 */
import { create } from 'zustand';
import type { Clipboard } from '../../shared/commands';
import { useDocument } from './documentStore';

export interface UiState {
  renamingStepId: string | null;
  /** The home screen's new-project form is open (File > New project, Ctrl+N, the home button). */
  newProjectOpen: boolean;
  shortcutsOpen: boolean;
  exportOpen: boolean;
  clipboard: Clipboard | null;
  /** Bumped to ask the canvas to fit the view. */
  fitRequest: number;
  /**
   * The stage the inspector edits while no step or flow is selected. At most one of
   * `focusedStageId` and `focusedLaneId` is set; selecting a step or flow clears both.
   */
  focusedStageId: string | null;
  focusedLaneId: string | null;
  setRenaming(id: string | null): void;
  setNewProjectOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  setClipboard(clip: Clipboard | null): void;
  requestFit(): void;
  /** Focus a stage (clearing any focused lane), or nothing with `null`. */
  setFocusedStage(id: string | null): void;
  /** Focus a lane (clearing any focused stage), or nothing with `null`. */
  setFocusedLane(id: string | null): void;
}

export const useUi = create<UiState>()((set) => ({
  renamingStepId: null,
  newProjectOpen: false,
  shortcutsOpen: false,
  exportOpen: false,
  clipboard: null,
  fitRequest: 0,
  focusedStageId: null,
  focusedLaneId: null,
  setRenaming: (renamingStepId) => set({ renamingStepId }),
  setNewProjectOpen: (newProjectOpen) => set({ newProjectOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setClipboard: (clipboard) => set({ clipboard }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  setFocusedStage: (focusedStageId) =>
    set(focusedStageId === null ? { focusedStageId } : { focusedStageId, focusedLaneId: null }),
  setFocusedLane: (focusedLaneId) =>
    set(focusedLaneId === null ? { focusedLaneId } : { focusedLaneId, focusedStageId: null }),
}));

/**
 * Stage/lane focus and the step/flow selection are one "what the inspector shows": picking a
 * step or flow (on the canvas, the lint panel, the emotion curve...) drops the focused stage
 * or lane, and so does opening another project. Done here, once, rather than in every place
 * that selects.
 */
useDocument.subscribe((state, prev) => {
  // A project opened: the home screen's new-project form is done with.
  if (state.project && !prev.project && useUi.getState().newProjectOpen) useUi.setState({ newProjectOpen: false });
  const { focusedStageId, focusedLaneId } = useUi.getState();
  if (focusedStageId === null && focusedLaneId === null) return;
  const selected =
    state.selection !== prev.selection && state.selection.stepIds.length + state.selection.flowIds.length > 0;
  const otherProject = state.project?.id !== prev.project?.id;
  if (selected || otherProject) useUi.setState({ focusedStageId: null, focusedLaneId: null });
});
