/**
 * A small supermarket journey (after DOMAIN.md) with stages, lanes, contact moments,
 * measures, a help loop and personas, plus round-trip assertions shared by the command tests.
 */
import { expect } from 'vitest';
import { applyCommand, applyPatchesToProject, type Command, type CommandResult } from '../../../shared/commands';
import { blankProject, defaultMoment, newMetric, parseProject } from '../../../shared/model';
import type { Moment, Project, Step } from '../../../shared/model';

function moment(edit: (m: Moment) => void): Moment {
  const m = defaultMoment();
  edit(m);
  return m;
}

function step(id: string, stageId: string, laneId: string | undefined, x: number, extra: Partial<Step> = {}): Step {
  const base: Step = { id, stageId, title: id, description: '', kind: 'step', position: { x, y: 40 } };
  return { ...base, ...(laneId && { laneId }), ...extra };
}

/** A fresh, unfrozen supermarket sample every call, so tests cannot leak into each other. */
export function supermarket(): Project {
  // Built on blankProject so fields the model gains later get their defaults here too.
  return {
    ...blankProject({ id: 'p-super', name: 'Supermarket visit', now: '2026-01-01T00:00:00.000Z' }),
    description: 'Weekly shop',
    updatedAt: '2026-01-02T00:00:00.000Z',
    stages: [
      { id: 'arrive', name: 'Arrive', colour: '#aabbcc' },
      { id: 'shop', name: 'Shop' },
      { id: 'pay', name: 'Pay' },
      { id: 'leave', name: 'Leave' },
    ],
    lanes: [
      { id: 'customer', name: 'Customer' },
      { id: 'front', name: 'Front stage' },
      { id: 'back', name: 'Back stage' },
    ],
    steps: [
      step('enter', 'arrive', 'customer', 40, { kind: 'start', title: 'Enter the supermarket' }),
      step('basket', 'arrive', 'customer', 270, {
        title: 'Take a basket',
        moment: moment((m) => {
          m.senses.touch = { engaged: true, valence: -1, note: 'Sticky handle' };
        }),
      }),
      step('browse', 'shop', 'customer', 40, { title: 'Browse the shelves' }),
      step('ask', 'shop', 'front', 40, {
        kind: 'decision',
        title: 'Ask staff for help',
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.actor = 'Floor staff';
          m.risk = { likelihood: 3, impact: 4, description: 'Nobody around', mitigation: '' };
          m.servqual.responsiveness = { expectation: 6, perception: 3 };
          m.standard = {
            ordinary: 'Help customers',
            quality: 'Greet within 10 seconds',
            measures: [
              { id: 'm1', text: 'Mystery shopper', done: false },
              { id: 'm2', text: 'Count greetings', done: true },
              { id: 'm3', text: 'Review complaints', done: false },
            ],
          };
          m.painPoints = ['Staff hard to find'];
        }),
        metrics: [
          { ...newMetric('k1', 'waitTime', 'min'), value: 4, target: 2, source: 'Queue system', evidence: 'measured' },
          { ...newMetric('k2', 'nps'), value: -12 },
        ],
      }),
      step('restock', 'shop', 'back', 40, { title: 'Restock shelves' }),
      step('queue', 'pay', 'customer', 40, { title: 'Queue at the till' }),
      step('checkout', 'pay', 'front', 40, {
        title: 'Pay at the till',
        moment: moment((m) => {
          m.channel = 'in person';
          m.emotion = 1;
          m.waitSeconds = 120;
        }),
        personaOverrides: [{ personaId: 'bert', emotion: -1, thoughts: ['Why is only one till open?'] }],
      }),
      step('exit', 'leave', 'customer', 40, { kind: 'end', title: 'Leave the store' }),
      step('note', 'leave', undefined, 40, { title: 'Unassigned note' }),
    ],
    flows: [
      { id: 'f1', from: 'enter', to: 'basket', label: '', kind: 'main' },
      { id: 'f2', from: 'basket', to: 'browse', label: '', kind: 'main' },
      { id: 'f3', from: 'browse', to: 'ask', label: 'cannot find', kind: 'alternative' },
      { id: 'f4', from: 'ask', to: 'browse', label: 'choose again', kind: 'alternative' },
      { id: 'f5', from: 'browse', to: 'queue', label: '', kind: 'main' },
      { id: 'f6', from: 'queue', to: 'checkout', label: '', kind: 'main' },
      { id: 'f7', from: 'checkout', to: 'exit', label: '', kind: 'main' },
      { id: 'f8', from: 'restock', to: 'browse', label: '', kind: 'main' },
    ],
    personas: [
      { id: 'anna', name: 'Anna', customerType: 'regular', description: 'Shops weekly' },
      { id: 'bert', name: 'Bert', customerType: 'demanding', description: '' },
    ],
  };
}

export function stepOf(project: Project, id: string): Step {
  const found = project.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

export function momentOf(project: Project, id: string): Moment {
  const found = stepOf(project, id).moment;
  if (!found) throw new Error(`step ${id} has no moment`);
  return found;
}

export function expectValid(project: Project): void {
  const parsed = parseProject(project);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
}

/**
 * Apply a command that must succeed, then check that undo restores the original exactly,
 * redo restores the result exactly, and the result is a valid document.
 */
export function applyAndCheck(project: Project, command: Command): CommandResult {
  const before = structuredClone(project);
  const result = applyCommand(project, command);
  expect(result.rejected).toBeUndefined();
  expect(result.patches.length).toBeGreaterThan(0);
  expect(project).toStrictEqual(before);
  const undone = applyPatchesToProject(result.project, result.inversePatches);
  expect(undone).toStrictEqual(before);
  expect(applyPatchesToProject(undone, result.patches)).toStrictEqual(result.project);
  expectValid(result.project);
  return result;
}

/** Apply a command that must be refused: same object back, no patches, the given reason. */
export function expectRejected(project: Project, command: Command, reason: CommandResult['rejected']): void {
  const result = applyCommand(project, command);
  expect(result.rejected).toBe(reason);
  expect(result.project).toBe(project);
  expect(result.patches).toEqual([]);
  expect(result.inversePatches).toEqual([]);
}
