/**
 * The one command registry: toolbar buttons, keyboard shortcuts, the native
 * menu and the shortcuts sheet all use these entries.
 */
import { instantiateClipboard, prepareClipboard } from '../../shared/commands';
import { useDocument, type DocumentState } from '../state/documentStore';
import { flushSave } from '../state/autosave';
import { openFileFlow, saveAsFlow } from '../app/files/flows';
import { chooseMermaidFile } from '../app/files/importMermaid';
import { newId } from '../state/ids';
import { useUi } from '../state/uiStore';
import { useViewRequests } from '../state/viewRequests';
import { autoLayout } from './autoLayout';
import { makeStep } from './placement';
import { addNextStep, canAddNext, insertStepOnSelectedFlow, oneFlowSelected } from './stepInsertion';
import { useOutline } from './outline/outlineStore';

export interface Action {
  id: string;
  label: string;
  /** Shown in the sheet and tooltips, e.g. "Ctrl+Z". */
  shortcut?: string;
  /** Decides whether a keydown triggers this action. */
  keys?: (e: KeyboardEvent) => boolean;
  /** Runs even when focus is in a text field (e.g. Ctrl+S). */
  inTextFields?: boolean;
  enabled: (doc: DocumentState) => boolean;
  perform: () => void | Promise<void>;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const hasProject = (d: DocumentState) => d.project !== null;
const hasSelection = (d: DocumentState) => d.selection.stepIds.length + d.selection.flowIds.length > 0;
const oneStep = (d: DocumentState) => d.selection.stepIds.length === 1;
const doc = () => useDocument.getState();

function targetCell(d: DocumentState): { stageId: string; laneId?: string } | null {
  const project = d.project;
  if (!project || project.stages.length === 0) return null;
  const selected = project.steps.find((s) => s.id === d.selection.stepIds[0]);
  if (selected) return { stageId: selected.stageId, laneId: selected.laneId };
  return { stageId: project.stages[0].id, laneId: project.lanes[0]?.id };
}

export function addStep(at?: { stageId: string; laneId?: string; position?: { x: number; y: number } }) {
  const d = doc();
  const cell = at ?? targetCell(d);
  if (!d.project || !cell) return;
  const step = makeStep(d.project, newId('step'), cell.stageId, cell.laneId);
  if (at?.position) step.position = at.position;
  if (d.dispatch({ type: 'addStep', step })) {
    d.select({ stepIds: [step.id], flowIds: [] });
    useViewRequests.getState().revealStep(step.id);
    useUi.getState().setRenaming(step.id);
  }
}

/** Enter: the next step after the selected step, or a step on the selected flow (see stepInsertion.ts). */
function addStepAfter() {
  addNextStep();
}

function addStage() {
  const d = doc();
  if (!d.project) return;
  const id = newId('stage');
  if (d.dispatch({ type: 'addStage', stage: { id, name: `Stage ${d.project.stages.length + 1}` } }))
    useUi.getState().say(`Added stage ${d.project.stages.length + 1}`);
}

function addLane() {
  const d = doc();
  if (!d.project) return;
  d.dispatch({ type: 'addLane', lane: { id: newId('lane'), name: `Lane ${d.project.lanes.length + 1}` } });
}

function removeSelected() {
  const d = doc();
  const { stepIds, flowIds } = d.selection;
  if (d.dispatch({ type: 'removeSelection', stepIds, flowIds })) d.select({ stepIds: [], flowIds: [] });
}

function copy(): boolean {
  const d = doc();
  if (!d.project || d.selection.stepIds.length === 0) return false;
  useUi.getState().setClipboard(prepareClipboard(d.project, d.selection.stepIds));
  return true;
}

function paste() {
  const d = doc();
  const clip = useUi.getState().clipboard;
  if (!d.project || !clip || clip.steps.length === 0) return;
  const fresh = instantiateClipboard(clip, () => newId('n'), { x: 24, y: 24 });
  if (d.dispatch({ type: 'paste', steps: fresh.steps, flows: fresh.flows })) {
    d.select({ stepIds: fresh.steps.map((s) => s.id), flowIds: fresh.flows.map((f) => f.id) });
    // Paste again lands further along, not on top of the last paste.
    useUi.getState().setClipboard({ steps: fresh.steps, flows: fresh.flows });
  }
}

export const ACTIONS: Action[] = [
  {
    id: 'add-step',
    label: 'Add step',
    shortcut: 'N',
    keys: (e) => !mod(e) && !e.altKey && key(e, 'n'),
    enabled: hasProject,
    perform: () => addStep(),
  },
  {
    id: 'add-step-after',
    label: 'Add next step (connected), or insert a step on the selected flow',
    shortcut: 'Enter',
    keys: (e) => !mod(e) && e.key === 'Enter',
    enabled: canAddNext,
    perform: addStepAfter,
  },
  {
    // Enter on a selected flow does this too (through add-step-after); also the button on the flow.
    id: 'insert-step-on-flow',
    label: 'Insert step on flow',
    enabled: oneFlowSelected,
    perform: insertStepOnSelectedFlow,
  },
  {
    id: 'add-stage',
    label: 'Add stage',
    shortcut: 'Shift+S',
    keys: (e) => e.shiftKey && !mod(e) && key(e, 's'),
    enabled: hasProject,
    perform: addStage,
  },
  {
    id: 'add-lane',
    label: 'Add lane',
    shortcut: 'Shift+L',
    keys: (e) => e.shiftKey && !mod(e) && key(e, 'l'),
    enabled: hasProject,
    perform: addLane,
  },
  {
    id: 'rename',
    label: 'Rename step',
    shortcut: 'F2',
    keys: (e) => e.key === 'F2',
    enabled: oneStep,
    perform: () => useUi.getState().setRenaming(doc().selection.stepIds[0] ?? null),
  },
  {
    id: 'delete',
    label: 'Delete',
    shortcut: 'Delete',
    keys: (e) => e.key === 'Delete' || e.key === 'Backspace',
    enabled: hasSelection,
    perform: removeSelected,
  },
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    keys: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: (d) => d.history.past.length > 0,
    perform: () => doc().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z / Ctrl+Y',
    keys: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: (d) => d.history.future.length > 0,
    perform: () => doc().redo(),
  },
  {
    id: 'copy',
    label: 'Copy',
    shortcut: 'Ctrl+C',
    keys: (e) => mod(e) && key(e, 'c'),
    enabled: (d) => d.selection.stepIds.length > 0,
    perform: () => void copy(),
  },
  {
    id: 'cut',
    label: 'Cut',
    shortcut: 'Ctrl+X',
    keys: (e) => mod(e) && key(e, 'x'),
    enabled: (d) => d.selection.stepIds.length > 0,
    perform: () => {
      if (copy()) removeSelected();
    },
  },
  {
    id: 'paste',
    label: 'Paste',
    shortcut: 'Ctrl+V',
    keys: (e) => mod(e) && key(e, 'v'),
    enabled: hasProject,
    perform: paste,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    shortcut: 'Ctrl+D',
    keys: (e) => mod(e) && key(e, 'd'),
    enabled: (d) => d.selection.stepIds.length > 0,
    perform: () => {
      if (copy()) paste();
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keys: (e) => mod(e) && key(e, 'a'),
    enabled: hasProject,
    perform: () => {
      const p = doc().project;
      if (p) doc().select({ stepIds: p.steps.map((s) => s.id), flowIds: p.flows.map((f) => f.id) });
    },
  },
  {
    id: 'auto-layout',
    label: 'Auto layout',
    shortcut: 'Ctrl+Shift+L',
    keys: (e) => mod(e) && e.shiftKey && key(e, 'l'),
    enabled: (d) => (d.project?.steps.length ?? 0) > 0,
    perform: async () => {
      const p = doc().project;
      if (!p) return;
      const moves = await autoLayout(p);
      if (doc().project === p && moves.length) doc().dispatch({ type: 'moveSteps', moves });
      useUi.getState().requestFit();
    },
  },
  {
    id: 'fit-view',
    label: 'Fit view',
    shortcut: 'Shift+1',
    keys: (e) => e.shiftKey && e.code === 'Digit1',
    enabled: hasProject,
    perform: () => useUi.getState().requestFit(),
  },
  {
    // The Journey outline: every stage, step, annotation and flow as a keyboard tree.
    id: 'outline',
    label: 'Journey outline',
    shortcut: 'Ctrl+Shift+O',
    inTextFields: true,
    keys: (e) => mod(e) && e.shiftKey && !e.altKey && key(e, 'o'),
    enabled: hasProject,
    perform: () => useOutline.getState().toggle(),
  },
  {
    id: 'save',
    label: 'Save',
    shortcut: 'Ctrl+S',
    inTextFields: true,
    keys: (e) => mod(e) && !e.shiftKey && key(e, 's'),
    enabled: hasProject,
    perform: () => flushSave(),
  },
  {
    id: 'export',
    label: 'Export',
    shortcut: 'Ctrl+E',
    inTextFields: true,
    keys: (e) => mod(e) && key(e, 'e'),
    enabled: hasProject,
    perform: () => useUi.getState().setExportOpen(true),
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    shortcut: '?',
    keys: (e) => e.key === '?',
    enabled: () => true,
    perform: () => useUi.getState().setShortcutsOpen(!useUi.getState().shortcutsOpen),
  },
  {
    id: 'open-file',
    label: 'Open file…',
    shortcut: 'Ctrl+O',
    inTextFields: true,
    keys: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 'o'),
    enabled: () => true,
    perform: async () => {
      await openFileFlow();
    },
  },
  {
    id: 'save-as',
    label: 'Save as…',
    shortcut: 'Ctrl+Shift+S',
    inTextFields: true,
    keys: (e) => mod(e) && e.shiftKey && key(e, 's'),
    enabled: hasProject,
    perform: async () => {
      await saveAsFlow();
    },
  },
  {
    // File > Import Mermaid journey…: a new project from a Mermaid `journey` diagram.
    id: 'import-mermaid',
    label: 'Import Mermaid journey…',
    enabled: () => true,
    perform: chooseMermaidFile,
  },
];

export function findAction(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}

export function runAction(id: string): void {
  const action = findAction(id);
  if (action && action.enabled(doc())) void action.perform();
}

/** The editor's keydown handler: first matching enabled action wins. */
export function handleKeyDown(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  const inText = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
  // Enter and Space on a button press the button; they are not editor shortcuts there.
  if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, summary')) return;
  for (const action of ACTIONS) {
    if (!action.keys?.(e)) continue;
    if (inText && !action.inTextFields) return;
    if (!action.enabled(doc())) return;
    e.preventDefault();
    void action.perform();
    return;
  }
}
