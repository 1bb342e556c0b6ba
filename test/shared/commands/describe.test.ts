import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS, commandText, describeCommand, type Command } from '../../../shared/commands';
import { translator } from '../../../shared/i18n/translator';

const en = translator('en');
const say = (command: Command) => commandText(describeCommand(command), (k, v) => en(k, v));

const move = { stepId: 'a', position: { x: 0, y: 0 } };

describe('describeCommand', () => {
  it.each<[Command, string]>([
    [{ type: 'moveSteps', moves: [move] }, 'Move step'],
    [{ type: 'moveSteps', moves: [move, move, move] }, 'Move 3 steps'],
    [{ type: 'removeSelection', stepIds: ['a', 'b'], flowIds: [] }, 'Delete 2 steps'],
    [{ type: 'removeSelection', stepIds: [], flowIds: ['f'] }, 'Delete flow'],
    [{ type: 'removeSelection', stepIds: ['a'], flowIds: ['f', 'g'] }, 'Delete 3 items'],
    [{ type: 'updateStep', stepId: 'a', changes: { title: 'x' } }, 'Rename step'],
    [{ type: 'updateStep', stepId: 'a', changes: { stageId: 's', laneId: null } }, 'Move step'],
    [{ type: 'updateStep', stepId: 'a', changes: { title: 'x', kind: 'end' } }, 'Edit step'],
    [{ type: 'updateMoment', stepId: 'a', changes: { risk: { likelihood: 2 } } }, 'Edit risk'],
    [{ type: 'updateMoment', stepId: 'a', changes: { risk: {}, notes: '' } }, 'Edit contact moment'],
    [{ type: 'setContactMoment', stepId: 'a', on: false }, 'Remove contact moment'],
    [{ type: 'paste', steps: [], flows: [] }, 'Paste 0 steps'],
    [{ type: 'updateStage', stageId: 's', changes: { colour: null } }, 'Change stage colour'],
    [{ type: 'removeStage', stageId: 's' }, 'Delete stage'],
    [
      {
        type: 'addStep',
        step: { id: 'a', stageId: 's', title: '', description: '', kind: 'step', position: move.position },
      },
      'Add step',
    ],
  ])('%o -> %s', (command, label) => {
    expect(say(command)).toBe(label);
  });

  it('falls back to the general label, and to "Edit" for an unknown command', () => {
    expect(describeCommand({ type: 'addLane', lane: { id: 'l', name: 'L' } }).key).toBe(COMMAND_LABELS.addLane);
    expect(en(COMMAND_LABELS.addLane)).toBe('Add lane');
    expect(say({ type: 'teleport' } as unknown as Command)).toBe('Edit');
  });
});
