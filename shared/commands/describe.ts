/**
 * Short labels for the undo and redo tooltips ("Undo Move 3 steps").
 * English; the renderer may translate by `command.type` when it has a locale for it.
 */
import type { Command, CommandType, MomentChanges } from './types';

/** The general label of each kind of command. */
export const COMMAND_LABELS: Readonly<Record<CommandType, string>> = {
  addStep: 'Add step',
  addStepAfter: 'Add next step',
  updateStep: 'Edit step',
  moveSteps: 'Move steps',
  removeSelection: 'Delete',
  connect: 'Connect steps',
  updateFlow: 'Edit flow',
  insertStepOnFlow: 'Insert step',
  paste: 'Paste',
  setContactMoment: 'Contact moment',
  updateMoment: 'Edit contact moment',
  addMeasure: 'Add measure',
  updateMeasure: 'Edit measure',
  removeMeasure: 'Delete measure',
  moveMeasure: 'Reorder measures',
  addStage: 'Add stage',
  updateStage: 'Edit stage',
  moveStage: 'Move stage',
  removeStage: 'Delete stage',
  addLane: 'Add lane',
  updateLane: 'Rename lane',
  moveLane: 'Move lane',
  removeLane: 'Delete lane',
  renameProject: 'Rename project',
  updateProject: 'Edit project',
  addPersona: 'Add persona',
  updatePersona: 'Edit persona',
  removePersona: 'Delete persona',
};

function count(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

/** The keys actually given in a change set. */
function keysOf(changes: object): string[] {
  return Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

/** Name the one thing a change set touches, or fall back to the general label. */
function single(changes: object, names: Record<string, string>, fallback: string): string {
  const keys = keysOf(changes);
  return keys.length === 1 && Object.hasOwn(names, keys[0]) ? names[keys[0]] : fallback;
}

const MOMENT_PARTS: Record<keyof MomentChanges, string> = {
  momentOfTruth: 'Moment of truth',
  channel: 'Change channel',
  actor: 'Edit actor',
  senses: 'Edit senses',
  risk: 'Edit risk',
  emotion: 'Set emotion',
  servqual: 'Edit SERVQUAL',
  standard: 'Edit standard',
  waitSeconds: 'Edit wait time',
  painPoints: 'Edit pain points',
  opportunities: 'Edit opportunities',
  notes: 'Edit notes',
};

/**
 * A short human label for a command.
 *
 * @example
 * describeCommand({ type: 'moveSteps', moves: [a, b, c] }); // 'Move 3 steps'
 */
export function describeCommand(command: Command): string {
  switch (command.type) {
    case 'updateStep': {
      const keys = keysOf(command.changes);
      if (keys.length > 0 && keys.every((k) => k === 'stageId' || k === 'laneId')) return 'Move step';
      const parts = { title: 'Rename step', description: 'Edit description', kind: 'Change step kind' };
      return single(command.changes, parts, COMMAND_LABELS.updateStep);
    }
    case 'moveSteps':
      return `Move ${count(command.moves.length, 'step', 'steps')}`;
    case 'removeSelection': {
      const { stepIds, flowIds } = command;
      if (flowIds.length === 0) return `Delete ${count(stepIds.length, 'step', 'steps')}`;
      if (stepIds.length === 0) return `Delete ${count(flowIds.length, 'flow', 'flows')}`;
      return `Delete ${stepIds.length + flowIds.length} items`;
    }
    case 'updateFlow':
      return single(command.changes, { label: 'Edit flow label', kind: 'Change flow kind' }, 'Edit flow');
    case 'paste':
      return `Paste ${count(command.steps.length, 'step', 'steps')}`;
    case 'setContactMoment':
      return command.on ? 'Make contact moment' : 'Remove contact moment';
    case 'updateMoment':
      return single(command.changes, MOMENT_PARTS, COMMAND_LABELS.updateMoment);
    case 'updateStage':
      return single(command.changes, { name: 'Rename stage', colour: 'Change stage colour' }, 'Edit stage');
    case 'updateProject':
      return single(
        command.changes,
        { description: 'Edit project description', servqualWeights: 'Edit SERVQUAL weights' },
        'Edit project',
      );
    default:
      return Object.hasOwn(COMMAND_LABELS, command.type) ? COMMAND_LABELS[command.type] : 'Edit';
  }
}
