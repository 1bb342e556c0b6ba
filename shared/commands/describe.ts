/**
 * What a command did, for the undo and redo tooltips ("Undo: Move 3 steps"), as a catalogue
 * key (under `commands.`, shared/i18n/locales/<lang>/editor.ts; `survey.command` in survey.ts) with its parameters. The
 * caller translates it with its own translator (`commandText`), so this module holds no
 * language and the text follows the UI language even for commands done before a switch.
 */
import type { Command, CommandType, MomentChanges } from './types';

/** A command's description: a catalogue key and the values for its placeholders. */
export interface CommandDescription {
  readonly key: string;
  readonly params?: Readonly<Record<string, number>>;
}

/** Any translate function taking a key and values (i18next's `t`, for one). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The catalogue key of each kind of command's general label. */
export const COMMAND_LABELS: Readonly<Record<CommandType, string>> = {
  addStep: 'commands.addStep',
  addStepAfter: 'commands.addStepAfter',
  updateStep: 'commands.updateStep',
  moveSteps: 'commands.moveSteps',
  removeSelection: 'commands.removeSelection',
  connect: 'commands.connect',
  updateFlow: 'commands.updateFlow',
  insertStepOnFlow: 'commands.insertStepOnFlow',
  paste: 'commands.paste',
  setContactMoment: 'commands.setContactMoment',
  updateMoment: 'commands.updateMoment',
  addMeasure: 'commands.addMeasure',
  updateMeasure: 'commands.updateMeasure',
  removeMeasure: 'commands.removeMeasure',
  moveMeasure: 'commands.moveMeasure',
  addMetric: 'metrics.commands.add',
  updateMetric: 'metrics.commands.update',
  removeMetric: 'metrics.commands.remove',
  addStage: 'commands.addStage',
  updateStage: 'commands.updateStage',
  moveStage: 'commands.moveStage',
  removeStage: 'commands.removeStage',
  addLane: 'commands.addLane',
  updateLane: 'commands.updateLane',
  moveLane: 'commands.moveLane',
  removeLane: 'commands.removeLane',
  renameProject: 'commands.renameProject',
  updateProject: 'commands.updateProject',
  setServqualScale: 'evidence.commands.setServqualScale',
  addPersona: 'commands.addPersona',
  updatePersona: 'commands.updatePersona',
  removePersona: 'commands.removePersona',
  setPersonaOverride: 'personas.commands.setOverride',
  clearPersonaOverride: 'personas.commands.clearOverride',
  setRows: 'commands.setRows',
  addNote: 'commands.addNote',
  updateNote: 'commands.updateNote',
  removeNote: 'commands.removeNote',
  duplicateState: 'states.commands.duplicateState',
  renameState: 'states.commands.renameState',
  switchState: 'states.commands.switchState',
  removeState: 'states.commands.removeState',
  // The survey area's own catalogue (shared/i18n/locales/<lang>/survey.ts).
  applySurvey: 'survey.command',
  // The voting area's own catalogue (shared/i18n/locales/<lang>/voting.ts).
  startVotingRound: 'voting.commands.start',
  placeDot: 'voting.commands.placeDot',
  removeDot: 'voting.commands.removeDot',
  closeVotingRound: 'voting.commands.close',
  removeVotingRound: 'voting.commands.remove',
  // The comments area's own catalogue (shared/i18n/locales/<lang>/comments.ts).
  addComment: 'comments.commands.add',
  replyToComment: 'comments.commands.reply',
  editComment: 'comments.commands.edit',
  resolveComment: 'comments.commands.resolve',
  reopenComment: 'comments.commands.reopen',
  removeComment: 'comments.commands.remove',
};

const key = (k: string): CommandDescription => ({ key: `commands.${k}` });

/** "Move step" for one, "Move 3 steps" (a plural key with its count) otherwise. */
function counted(n: number, one: string, many: string): CommandDescription {
  return n === 1 ? key(one) : { key: `commands.${many}`, params: { count: n } };
}

/** The keys actually given in a change set. */
function keysOf(changes: object): string[] {
  return Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([k]) => k);
}

/** Name the one thing a change set touches, or fall back to the general label. */
function single(changes: object, names: Readonly<Record<string, string>>, fallback: string): CommandDescription {
  const keys = keysOf(changes);
  return keys.length === 1 && Object.hasOwn(names, keys[0]) ? key(names[keys[0]]) : { key: fallback };
}

const MOMENT_PARTS: Readonly<Record<keyof MomentChanges, string>> = {
  momentOfTruth: 'moment.momentOfTruth',
  channel: 'moment.channel',
  actor: 'moment.actor',
  senses: 'moment.senses',
  risk: 'moment.risk',
  emotion: 'moment.emotion',
  servqual: 'moment.servqual',
  standard: 'moment.standard',
  waitSeconds: 'moment.waitSeconds',
  painPoints: 'moment.painPoints',
  opportunities: 'moment.opportunities',
  notes: 'moment.notes',
};

/**
 * What a command does, as a catalogue key with parameters.
 *
 * @example
 * describeCommand({ type: 'moveSteps', moves: [a, b, c] }); // { key: 'commands.moveStepsCount', params: { count: 3 } }
 */
export function describeCommand(command: Command): CommandDescription {
  switch (command.type) {
    case 'updateStep': {
      const keys = keysOf(command.changes);
      if (keys.length > 0 && keys.every((k) => k === 'stageId' || k === 'laneId')) return key('moveStep');
      const parts = { title: 'renameStep', description: 'editDescription', kind: 'changeStepKind' };
      return single(command.changes, parts, COMMAND_LABELS.updateStep);
    }
    case 'moveSteps':
      return counted(command.moves.length, 'moveStep', 'moveStepsCount');
    case 'removeSelection': {
      const { stepIds, flowIds } = command;
      if (flowIds.length === 0) return counted(stepIds.length, 'deleteStep', 'deleteSteps');
      if (stepIds.length === 0) return counted(flowIds.length, 'deleteFlow', 'deleteFlows');
      return { key: 'commands.deleteItems', params: { count: stepIds.length + flowIds.length } };
    }
    case 'updateFlow':
      return single(command.changes, { label: 'editFlowLabel', kind: 'changeFlowKind' }, COMMAND_LABELS.updateFlow);
    case 'paste':
      return counted(command.steps.length, 'pasteStep', 'pasteSteps');
    case 'setContactMoment':
      return key(command.on ? 'makeMoment' : 'removeMoment');
    case 'updateMoment':
      return single(command.changes, MOMENT_PARTS, COMMAND_LABELS.updateMoment);
    case 'updateStage':
      return single(command.changes, { name: 'renameStage', colour: 'changeStageColour' }, COMMAND_LABELS.updateStage);
    case 'updateProject':
      return single(
        command.changes,
        { description: 'editProjectDescription', servqualWeights: 'editServqualWeights' },
        COMMAND_LABELS.updateProject,
      );
    case 'setPersonaOverride':
      if (command.thoughts === undefined) return { key: 'personas.commands.setEmotion' };
      if (command.emotion === undefined) return { key: 'personas.commands.setThoughts' };
      return { key: COMMAND_LABELS.setPersonaOverride };
    case 'clearPersonaOverride':
      return { key: command.part ? `personas.commands.clear.${command.part}` : COMMAND_LABELS.clearPersonaOverride };
    case 'removeComment':
      return { key: command.replyId === undefined ? COMMAND_LABELS.removeComment : 'comments.commands.removeReply' };
    case 'addNote':
    case 'updateNote':
    case 'removeNote':
      return key(`notes.${command.type.slice(0, -4)}.${command.row}`);
    default:
      return Object.hasOwn(COMMAND_LABELS, command.type) ? { key: COMMAND_LABELS[command.type] } : key('edit');
  }
}

/** A command's description in words, through the caller's translator. */
export function commandText(description: CommandDescription, t: Translate): string {
  return t(description.key, description.params);
}
