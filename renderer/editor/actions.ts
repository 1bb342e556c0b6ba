/**
 * What each action of the one registry (shared/actions.ts) does and when it is
 * enabled. The toolbar, the keyboard (handleKeyDown), the native menu (its commands
 * arrive as registry ids) and the shortcuts sheet all go through these entries;
 * ids, labels and shortcuts come from the registry and are not restated here.
 */
import { useWorkshop } from '../workshop/session';
import { ACTION_SPECS, matchesBinding, type ActionId, type ActionSpec } from '../../shared/actions';
import {
  canApplyCommand,
  instantiateClipboard,
  prepareClipboard,
  scoresConvertedByPaste,
  type RejectReason,
} from '../../shared/commands';
import i18n from '../i18n';
import { useDocument, type DocumentState } from '../state/documentStore';
import { flushSave } from '../state/autosave';
import { openFileFlow, saveAsFlow } from '../app/files/flows';
import { chooseMermaidFile } from '../app/files/importMermaid';
import { openSurveyDialog } from './survey/SurveyDialog';
import { closeProject } from '../app/session';
import { newId } from '../state/ids';
import { notify, notifyRefusal } from '../state/notify';
import { useUi } from '../state/uiStore';
import { useViewRequests } from '../state/viewRequests';
import { autoLayout } from './autoLayout';
import { selectFocusedElement } from './keyboardSelect';
import { makeStep } from './placement';
import { addNextStep, canAddNext, insertStepOnSelectedFlow, oneFlowSelected } from './stepInsertion';
import { useOutline } from './outline/outlineStore';
import { useInsights } from './insightsView/insightsStore';
import { usePersonaPanel } from './personas/personaStore';
import { useVotingPanel } from './voting/votingStore';
import { useCommentPanel } from './comments/commentStore';
import { currentTarget, startComment } from './comments/actions';
import { useFilters } from '../state/filters';
import { toggleSettingsDialog } from '../app/settings/language';
import { stateCount, switchToNextState, useStatesUi } from './states/statesStore';
import { isPresenting, openPresentation } from '../presentation/presentationStore';

interface Behaviour {
  /** Whether the action can run now (toolbar and menu state; a disabled shortcut is left to the page). */
  enabled: (doc: DocumentState) => boolean;
  /** Why the document model would refuse the action now, to tell the user when it is asked for anyway. */
  refusal?: (doc: DocumentState) => RejectReason | undefined;
  perform: () => void | Promise<void>;
}

export type Action = ActionSpec & Behaviour;

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
  const name = i18n.t('editor.newStage', { n: d.project.stages.length + 1 });
  if (d.dispatch({ type: 'addStage', stage: { id, name } })) notify('stage-added', { n: d.project.stages.length + 1 });
}

function addLane() {
  const d = doc();
  if (!d.project) return;
  d.dispatch({
    type: 'addLane',
    lane: { id: newId('lane'), name: i18n.t('editor.newLane', { n: d.project.lanes.length + 1 }) },
  });
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
  const to = d.project.servqualScale;
  const converted = scoresConvertedByPaste(fresh.steps, fresh.servqualScale, to);
  if (d.dispatch({ type: 'paste', ...fresh })) {
    d.select({ stepIds: fresh.steps.map((s) => s.id), flowIds: fresh.flows.map((f) => f.id) });
    // Paste again lands further along, not on top of the last paste.
    useUi.getState().setClipboard(fresh);
    // Copied on the other SERVQUAL scale: the scores were converted; say so.
    if (converted > 0) notify('paste-converted', { n: converted, from: fresh.servqualScale!, to });
  }
}

/** Why removing the selection would be refused (a step that is gone, say), if it would. */
function removeRefusal(d: DocumentState): RejectReason | undefined {
  const { stepIds, flowIds } = d.selection;
  if (!d.project || stepIds.length + flowIds.length === 0) return undefined;
  const check = canApplyCommand(d.project, { type: 'removeSelection', stepIds, flowIds });
  return check.ok ? undefined : check.reason;
}

async function newProject() {
  if (doc().project) await closeProject();
  useUi.getState().setNewProjectOpen(true);
}

const BEHAVIOUR: Record<ActionId, Behaviour> = {
  'new-project': { enabled: () => true, perform: newProject },
  // A live workshop: host from the open project (or manage the one hosted), or join one.
  'host-workshop': {
    enabled: (d) => hasProject(d) && useWorkshop.getState().role !== 'guest',
    perform: () => useWorkshop.getState().openDialog('host'),
  },
  'join-workshop': {
    enabled: () => !useWorkshop.getState().active,
    perform: () => useWorkshop.getState().openDialog('join'),
  },
  'open-file': {
    enabled: () => true,
    perform: async () => {
      await openFileFlow();
    },
  },
  // A new project from a Mermaid `journey` diagram.
  'import-mermaid': { enabled: () => true, perform: chooseMermaidFile },
  // Survey results into the open project: the dialog picks the file, maps and applies it.
  'import-survey': { enabled: hasProject, perform: openSurveyDialog },
  // Back to the project list.
  'open-project': { enabled: hasProject, perform: closeProject },
  save: { enabled: hasProject, perform: () => flushSave() },
  'save-as': {
    enabled: hasProject,
    perform: async () => {
      await saveAsFlow();
    },
  },
  export: { enabled: hasProject, perform: () => useUi.getState().setExportOpen(true) },
  'close-project': { enabled: hasProject, perform: closeProject },
  'add-step': { enabled: hasProject, perform: () => addStep() },
  'add-step-after': { enabled: canAddNext, perform: addStepAfter },
  // Enter on a selected flow does this too (through add-step-after); also the button on the flow.
  'insert-step-on-flow': { enabled: oneFlowSelected, perform: insertStepOnSelectedFlow },
  'add-stage': { enabled: hasProject, perform: addStage },
  'add-lane': { enabled: hasProject, perform: addLane },
  rename: { enabled: oneStep, perform: () => useUi.getState().setRenaming(doc().selection.stepIds[0] ?? null) },
  delete: {
    enabled: (d) => hasSelection(d) && removeRefusal(d) === undefined,
    refusal: removeRefusal,
    perform: removeSelected,
  },
  undo: {
    enabled: (d) => (d.shared ? d.shared.canUndo() : d.history.past.length > 0),
    perform: () => doc().undo(),
  },
  redo: {
    enabled: (d) => (d.shared ? d.shared.canRedo() : d.history.future.length > 0),
    perform: () => doc().redo(),
  },
  copy: { enabled: (d) => d.selection.stepIds.length > 0, perform: () => void copy() },
  cut: {
    enabled: (d) => d.selection.stepIds.length > 0,
    perform: () => {
      if (copy()) removeSelected();
    },
  },
  paste: { enabled: (d) => hasProject(d) && (useUi.getState().clipboard?.steps.length ?? 0) > 0, perform: paste },
  duplicate: {
    enabled: (d) => d.selection.stepIds.length > 0,
    perform: () => {
      if (copy()) paste();
    },
  },
  'select-all': {
    enabled: hasProject,
    perform: () => {
      const p = doc().project;
      if (p) doc().select({ stepIds: p.steps.map((s) => s.id), flowIds: p.flows.map((f) => f.id) });
    },
  },
  'auto-layout': {
    enabled: (d) => (d.project?.steps.length ?? 0) > 0,
    perform: async () => {
      const p = doc().project;
      if (!p) return;
      const moves = await autoLayout(p);
      if (doc().project === p && moves.length) doc().dispatch({ type: 'moveSteps', moves });
      useUi.getState().requestFit();
    },
  },
  'fit-view': { enabled: hasProject, perform: () => useUi.getState().requestFit() },
  // The Journey outline: every stage, step, annotation and flow as a keyboard tree.
  outline: { enabled: hasProject, perform: () => useOutline.getState().toggle() },
  // The Insights view: where the journey is weak (risk matrix, SERVQUAL, senses, lows, standards).
  insights: { enabled: hasProject, perform: () => useInsights.getState().toggle() },
  // The persona panel: who lives the journey, their goals and how to serve each customer type.
  personas: { enabled: hasProject, perform: () => usePersonaPanel.getState().toggle() },
  voting: { enabled: hasProject, perform: () => useVotingPanel.getState().toggle() },
  comments: { enabled: hasProject, perform: () => useCommentPanel.getState().toggle() },
  'add-comment': {
    enabled: () => currentTarget() !== null,
    perform: () => {
      const target = currentTarget();
      if (target) void startComment(target);
    },
  },
  // The map filters (view state, not the document): open the toolbar's menu, or clear them all.
  'filter-menu': { enabled: hasProject, perform: () => useFilters.getState().setMenuOpen(true) },
  'clear-filters': {
    enabled: (d) => hasProject(d) && useFilters.getState().filters.length > 0,
    perform: () => useFilters.getState().clear(),
  },
  // Journey states: the other states wait in the project; the one edited is the map.
  'switch-state': { enabled: (d) => stateCount(d.project) > 1, perform: switchToNextState },
  'duplicate-state': { enabled: hasProject, perform: () => useStatesUi.getState().open('duplicate') },
  'rename-state': { enabled: (d) => Boolean(d.project?.states), perform: () => useStatesUi.getState().open('rename') },
  'delete-state': { enabled: (d) => stateCount(d.project) > 1, perform: () => useStatesUi.getState().open('delete') },
  'compare-states': {
    enabled: (d) => stateCount(d.project) > 1,
    perform: () => useStatesUi.getState().open('compare'),
  },
  // Presentation mode: full screen, stage by stage, read-only (renderer/presentation).
  present: { enabled: hasProject, perform: openPresentation },
  shortcuts: {
    enabled: () => true,
    perform: () => useUi.getState().setShortcutsOpen(!useUi.getState().shortcutsOpen),
  },
  // The settings dialog (the UI language), on the home screen and in the editor alike.
  settings: { enabled: () => true, perform: () => toggleSettingsDialog() },
};

/** Every action: the registry's entry (id, keys, menu place) with what it does here. */
export const ACTIONS: readonly Action[] = ACTION_SPECS.map((spec) => ({ ...spec, ...BEHAVIOUR[spec.id] }));

export function findAction(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}

/**
 * Run an action by id (toolbar, native menu). A disabled one does nothing, except
 * that the user is told why when the document model refuses it.
 */
export function runAction(id: string): void {
  // Presenting is read-only: the native menu's commands wait until the presentation is left.
  if (isPresenting()) return;
  const action = findAction(id);
  if (!action) return;
  if (action.enabled(doc())) {
    void action.perform();
    return;
  }
  const reason = action.refusal?.(doc());
  if (reason) notifyRefusal(reason);
}

/**
 * The app's keydown handler: the first action with a matching binding that may run
 * here and is enabled wins (Enter adds the next step after a selected step, and can
 * do something else for another selection). In a text field only actions meant for
 * text fields run (Ctrl+S, Ctrl+O...; Undo and Redo in the inspector's fields);
 * when no action takes the key, it is left to the page. Space or Enter on a step or
 * flow that has keyboard focus but is not selected selects it first.
 */
export function handleKeyDown(e: KeyboardEvent): void {
  if (e.defaultPrevented || isPresenting()) return;
  const target = e.target as HTMLElement | null;
  const inText = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
  const inInspector = Boolean(target?.closest('.inspector'));
  // Enter and Space on a button press the button; they are not editor shortcuts there.
  if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, summary')) return;
  if (!inText && selectFocusedElement(e)) return;
  const state = doc();
  const action = ACTIONS.find(
    (a) =>
      a.keys?.some((b) => matchesBinding(b, e)) &&
      (!inText || a.inTextFields || (inInspector && a.inInspectorFields)) &&
      a.enabled(state),
  );
  if (!action) return;
  e.preventDefault();
  void action.perform();
}
