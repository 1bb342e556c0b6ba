/**
 * The journey states' dialogs (view state, not the document): which one is open, and the two
 * states the compare view sets side by side. The document changes go through commands.
 */
import { create } from 'zustand';
import { listStates } from '../../../shared/model';
import i18n from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';

export type StatesDialog = 'duplicate' | 'rename' | 'delete' | 'compare' | null;

interface StatesUi {
  dialog: StatesDialog;
  /** The compare view's states: before (A) and after (B). */
  compare: { a: string; b: string } | null;
  open: (dialog: Exclude<StatesDialog, null>) => void;
  close: () => void;
  setCompare: (compare: { a: string; b: string }) => void;
}

export const useStatesUi = create<StatesUi>((set) => ({
  dialog: null,
  compare: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
  setCompare: (compare) => set({ compare }),
}));

/** The id the only state gets when the project is first given states. */
const FIRST_ID = 'state-current';

const doc = () => useDocument.getState();

/** The project's states in order, the only one named in the UI's language until it is named. */
export function statesOf(project: NonNullable<ReturnType<typeof doc>['project']>) {
  return listStates(project, i18n.t('states.defaultName'), FIRST_ID);
}

export const stateCount = (project: ReturnType<typeof doc>['project']) => (project ? statesOf(project).length : 0);

/** The document's selection names steps and flows of the state being edited: it goes with a switch. */
const clearSelection = () => doc().select({ stepIds: [], flowIds: [] });

export function switchState(stateId: string): boolean {
  const ok = doc().dispatch({ type: 'switchState', stateId });
  if (ok) clearSelection();
  return ok;
}

/** The next state in the list, wrapping round (Journey > Switch to the next journey state). */
export function switchToNextState(): void {
  const project = doc().project;
  if (!project) return;
  const list = statesOf(project);
  const at = list.findIndex((s) => s.active);
  if (list.length > 1) switchState(list[(at + 1) % list.length].id);
}

export function duplicateState(name: string): boolean {
  const project = doc().project;
  if (!project) return false;
  const current = project.states ? undefined : { id: FIRST_ID, name: i18n.t('states.defaultName') };
  const ok = doc().dispatch({ type: 'duplicateState', stateId: newId('state'), name, ...(current && { current }) });
  if (ok) clearSelection();
  return ok;
}

export function renameState(name: string): boolean {
  const project = doc().project;
  // A project with one unnamed state has nothing to rename yet (its states field comes with a copy).
  if (!project?.states) return false;
  return doc().dispatch({ type: 'renameState', stateId: project.states.active.id, name });
}

export function removeActiveState(): boolean {
  const project = doc().project;
  if (!project?.states) return false;
  const ok = doc().dispatch({ type: 'removeState', stateId: project.states.active.id });
  if (ok) clearSelection();
  return ok;
}
