/**
 * Focus and selection go together on the map: a step or flow reached with the
 * keyboard (Tab) is selected, so Enter, F2, Delete and the other actions on a
 * selection work at once; Space (or Enter) on a focused step or flow that is not
 * selected selects it, Shift+Space adds it to the selection. React Flow's own
 * keyboard handling is off (`disableKeyboardA11y`: arrows move steps here), so
 * this is where that happens.
 */
import { useDocument } from '../state/documentStore';

type Picked = { kind: 'step' | 'flow'; id: string };

function pickedElement(target: EventTarget | null): Picked | null {
  if (!(target instanceof Element)) return null;
  const id = target.getAttribute('data-id');
  if (!id) return null;
  if (target.classList.contains('react-flow__node-step')) return { kind: 'step', id };
  if (target.classList.contains('react-flow__edge')) return { kind: 'flow', id };
  return null;
}

function isSelected({ kind, id }: Picked): boolean {
  const { selection } = useDocument.getState();
  return (kind === 'step' ? selection.stepIds : selection.flowIds).includes(id);
}

function select({ kind, id }: Picked, add: boolean): void {
  const { selection, select } = useDocument.getState();
  const key = kind === 'step' ? 'stepIds' : 'flowIds';
  if (add) select({ [key]: selection[key].includes(id) ? selection[key] : [...selection[key], id] });
  else select({ stepIds: kind === 'step' ? [id] : [], flowIds: kind === 'flow' ? [id] : [] });
}

/** focusin: a step or flow focused from the keyboard becomes the selection (unless it is already part of it). */
export function selectOnKeyboardFocus(e: FocusEvent): void {
  const picked = pickedElement(e.target);
  if (!picked || isSelected(picked)) return;
  // A click focuses too; React Flow selects on click itself (with Shift adding), so only keyboard focus counts.
  if (!(e.target as Element).matches(':focus-visible')) return;
  select(picked, false);
}

/**
 * keydown: Space or Enter on a focused step or flow that is not selected selects it
 * (Shift adds it). Returns whether the key was used.
 */
export function selectFocusedElement(e: KeyboardEvent): boolean {
  if (e.key !== ' ' && e.key !== 'Enter') return false;
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const picked = pickedElement(e.target);
  if (!picked) return false;
  if (e.key === 'Enter' && isSelected(picked)) return false;
  e.preventDefault();
  if (!isSelected(picked) || !e.shiftKey) select(picked, e.shiftKey);
  return true;
}
