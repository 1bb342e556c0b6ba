/**
 * The open document. React Flow renders it; it never owns it.
 * Every change goes through `dispatch(command)`, which applies a typed command
 * with immer patches and records one history entry per gesture.
 */
import { applyPatches, enablePatches, type Patch } from 'immer';
import { create } from 'zustand';
import { applyCommand, describeCommand, type Command } from '../../shared/commands';
import type { LensKind } from '../../shared/lens';
import type { Project } from '../../shared/model';
import { diffPatches } from './diffPatches';
import { emptyHistory, record, type History } from './history';
import { notifyRefusal } from './notify';

enablePatches();

/** The lens picked in the toolbar (the sense lens's sense is `lensSense`); shared/lens.ts paints it. */
export type Lens = LensKind;
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed';

export interface Selection {
  stepIds: string[];
  flowIds: string[];
}

/**
 * A live workshop's hold on the document (renderer/workshop/): while set, local commands are
 * committed to the shared document and Undo/Redo go to its per-person history; the store
 * takes the shared document's project back through `applyShared`.
 */
export interface SharedDocument {
  /** 'host': this app's file is the workshop's (saved as usual); 'guest': the map is the host's (not saved here). */
  role: 'host' | 'guest';
  commit(next: Project): void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
}

export interface DocumentState {
  project: Project | null;
  history: History;
  selection: Selection;
  /** Bumped by every change to the document; the saver compares it with `savedRevision`. */
  revision: number;
  savedRevision: number;
  saveStatus: SaveStatus;
  saveError: string | null;
  /**
   * The patches of the last change to the document and the revision they produced (for the
   * recovery journal); null after opening, and for a workshop guest's changes (nothing journals them).
   */
  lastEdit: { patches: Patch[]; revision: number } | null;
  /** UI state, not document state: kept per project in the library settings (see viewState.ts). */
  lens: Lens;
  lensSense: 'sight' | 'hearing' | 'smell' | 'taste' | 'touch';
  /** Zoomed far out: steps are drawn as plain boxes (level of detail). */
  simplified: boolean;
  /** Set while in a live workshop (see SharedDocument). */
  shared: SharedDocument | null;

  /** Open a document. `unsaved` marks it as differing from disk (a restored recovery). */
  open(project: Project, options?: { unsaved?: boolean }): void;
  close(): void;
  /** Enter (a binding) or leave (null) a live workshop; the local history starts empty either way. */
  setShared(shared: SharedDocument | null): void;
  /**
   * The shared document changed (a peer's edit when `remote`, else this person's commit, undo or
   * redo): the store takes its project, outside the local undo history. The recovery journal
   * records the difference from the project the store held (./diffPatches.ts), which replays
   * in order on exactly that project, whatever order peers' edits arrived in.
   */
  applyShared(project: Project): void;
  /** Apply a command; returns false when it changed nothing (a refusal's reason is told through ./notify.ts). */
  dispatch(command: Command, options?: { coalesceKey?: string }): boolean;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  setLens(lens: Lens): void;
  setSimplified(simplified: boolean): void;
  setLensSense(sense: DocumentState['lensSense']): void;
  markSaving(revision: number): void;
  markSaved(revision: number): void;
  markFailed(error: string): void;
}

const emptySelection: Selection = { stepIds: [], flowIds: [] };

export const useDocument = create<DocumentState>()((set, get) => ({
  project: null,
  history: emptyHistory(),
  selection: emptySelection,
  revision: 0,
  savedRevision: 0,
  saveStatus: 'saved',
  saveError: null,
  lastEdit: null,
  lens: 'none',
  lensSense: 'sight',
  simplified: false,
  shared: null,

  open: (project, options) =>
    set({
      project,
      history: emptyHistory(),
      selection: emptySelection,
      revision: options?.unsaved ? 1 : 0,
      savedRevision: 0,
      saveStatus: options?.unsaved ? 'unsaved' : 'saved',
      saveError: null,
      lastEdit: null,
    }),

  close: () => set({ project: null, history: emptyHistory(), selection: emptySelection, shared: null }),

  setShared: (shared) => set({ shared, history: emptyHistory() }),

  applyShared: (project) => {
    const { revision, project: before, shared } = get();
    // A guest's map is the host's: not journalled here, so no difference is worked out.
    const patches =
      shared?.role === 'guest'
        ? null
        : before
          ? diffPatches(before, project)
          : [{ op: 'replace', path: [], value: project }];
    set({
      project,
      selection: pruneSelection(get().selection, project),
      revision: revision + 1,
      lastEdit: patches && { patches: patches as Patch[], revision: revision + 1 },
      saveStatus: get().saveStatus === 'failed' ? 'failed' : 'unsaved',
    });
  },

  dispatch: (command, options) => {
    const { project, history, revision, shared } = get();
    if (!project) return false;
    const result = applyCommand(project, command);
    if (result.patches.length === 0) {
      // Refused by the document model: the user hears its reason (a valid no-op says nothing).
      if (result.rejected) notifyRefusal(result.rejected);
      return false;
    }
    if (shared) {
      // One transaction in the shared document; it comes back through applyShared.
      shared.commit(result.project);
      return true;
    }
    set({
      project: result.project,
      history: record(history, {
        label: describeCommand(command),
        patches: result.patches,
        inverse: result.inversePatches,
        coalesceKey: options?.coalesceKey,
        at: Date.now(),
      }),
      revision: revision + 1,
      lastEdit: { patches: result.patches, revision: revision + 1 },
      saveStatus: get().saveStatus === 'failed' ? 'failed' : 'unsaved',
    });
    return true;
  },

  undo: () => {
    const { project, history, revision, shared } = get();
    if (shared) {
      shared.undo();
      return;
    }
    const entry = history.past[history.past.length - 1];
    if (!project || !entry) return;
    const previous = applyPatches(project, entry.inverse);
    set({
      project: previous,
      history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
      selection: pruneSelection(get().selection, previous),
      revision: revision + 1,
      lastEdit: { patches: entry.inverse, revision: revision + 1 },
      saveStatus: get().saveStatus === 'failed' ? 'failed' : 'unsaved',
    });
  },

  redo: () => {
    const { project, history, revision, shared } = get();
    if (shared) {
      shared.redo();
      return;
    }
    const entry = history.future[history.future.length - 1];
    if (!project || !entry) return;
    const next = applyPatches(project, entry.patches);
    set({
      project: next,
      history: { past: [...history.past, { ...entry, coalesceKey: undefined }], future: history.future.slice(0, -1) },
      selection: pruneSelection(get().selection, next),
      revision: revision + 1,
      lastEdit: { patches: entry.patches, revision: revision + 1 },
      saveStatus: get().saveStatus === 'failed' ? 'failed' : 'unsaved',
    });
  },

  select: (selection) => set({ selection: { ...get().selection, ...selection } }),
  setLens: (lens) => set({ lens }),
  setSimplified: (simplified) => {
    if (get().simplified !== simplified) set({ simplified });
  },
  setLensSense: (lensSense) => set({ lensSense, lens: 'sense' }),

  markSaving: () => set({ saveStatus: 'saving' }),
  markSaved: (revision) =>
    set((s) => ({
      savedRevision: revision,
      saveStatus: s.revision === revision ? 'saved' : 'unsaved',
      saveError: null,
    })),
  markFailed: (error) => set({ saveStatus: 'failed', saveError: error }),
}));

function pruneSelection(selection: Selection, project: Project): Selection {
  const steps = new Set(project.steps.map((s) => s.id));
  const flows = new Set(project.flows.map((f) => f.id));
  return {
    stepIds: selection.stepIds.filter((id) => steps.has(id)),
    flowIds: selection.flowIds.filter((id) => flows.has(id)),
  };
}
