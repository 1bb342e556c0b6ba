import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, describeCommand } from '../../../shared/commands';
import { listStates, projectWithState, type Project } from '../../../shared/model';
import { applyAndCheck, expectRejected, expectValid, supermarket } from './fixtures';

const duplicate = (p: Project, stateId = 'future', name = 'Future') =>
  applyAndCheck(p, { type: 'duplicateState', stateId, name, current: { id: 'today', name: 'Today' } }).project;

const names = (p: Project) => listStates(p).map((s) => `${s.name}${s.active ? '*' : ''}`);

describe('duplicateState', () => {
  it('copies the journey as a named state after it and edits the copy; the rest of the project is shared', () => {
    const p = supermarket();
    const next = duplicate(p);
    expect(names(next)).toEqual(['Today', 'Future*']);
    expect(next.steps).toBe(p.steps);
    expect(next.states!.others[0]).toMatchObject({ id: 'today', name: 'Today', steps: p.steps, flows: p.flows });
    expect(next.personas).toBe(p.personas);
    expectValid(next);
  });

  it('trims the name and refuses a blank one, a taken id, or no name for the first state', () => {
    const p = supermarket();
    expectRejected(
      p,
      { type: 'duplicateState', stateId: 'x', name: '  ', current: { id: 'a', name: 'A' } },
      'invalid-value',
    );
    expectRejected(p, { type: 'duplicateState', stateId: 'x', name: 'Future' }, 'invalid-value');
    expectRejected(
      p,
      { type: 'duplicateState', stateId: 'a', name: 'F', current: { id: 'a', name: 'A' } },
      'duplicate-id',
    );
    const two = duplicate(p);
    expectRejected(two, { type: 'duplicateState', stateId: 'today', name: 'Again' }, 'duplicate-id');
    const three = applyAndCheck(two, { type: 'duplicateState', stateId: 'x', name: '  Later ' }).project;
    expect(names(three)).toEqual(['Today', 'Future', 'Later*']);
  });
});

describe('switchState', () => {
  it('swaps the journeys: edits in one state stay in it, the list keeps its order, undo swaps back', () => {
    let p = duplicate(supermarket());
    p = applyCommand(p, { type: 'updateStep', stepId: 'ask', changes: { title: 'Find a helper' } }).project;
    p = applyCommand(p, { type: 'removeSelection', stepIds: ['restock'], flowIds: [] }).project;
    const future = p;
    const switched = applyAndCheck(p, { type: 'switchState', stateId: 'today' });
    p = switched.project;
    expect(names(p)).toEqual(['Today*', 'Future']);
    expect(p.steps.find((s) => s.id === 'ask')!.title).toBe('Ask staff for help');
    expect(p.steps.some((s) => s.id === 'restock')).toBe(true);
    expect(p.flows.some((f) => f.id === 'f8')).toBe(true);
    const stored = p.states!.others[0];
    expect(stored.steps.find((s) => s.id === 'ask')!.title).toBe('Find a helper');
    expect(stored.steps.some((s) => s.id === 'restock')).toBe(false);
    expect(applyPatchesToProject(p, switched.inversePatches)).toStrictEqual(future);
    // Back again: the future as it was left.
    const back = applyAndCheck(p, { type: 'switchState', stateId: 'future' }).project;
    expect(back.steps).toStrictEqual(future.steps);
    expect(back.flows).toStrictEqual(future.flows);
    expect(back.states).toStrictEqual(future.states);
  });

  it('refuses an unknown state and does nothing for the state being edited', () => {
    const p = duplicate(supermarket());
    expectRejected(p, { type: 'switchState', stateId: 'nope' }, 'not-found');
    expectRejected(supermarket(), { type: 'switchState', stateId: 'today' }, 'not-found');
    expect(applyCommand(p, { type: 'switchState', stateId: 'future' }).patches).toEqual([]);
  });
});

describe('renameState and removeState', () => {
  it('renames either the state being edited or another', () => {
    let p = duplicate(supermarket());
    p = applyAndCheck(p, { type: 'renameState', stateId: 'future', name: 'To be' }).project;
    p = applyAndCheck(p, { type: 'renameState', stateId: 'today', name: 'As is' }).project;
    expect(names(p)).toEqual(['As is', 'To be*']);
    expectRejected(p, { type: 'renameState', stateId: 'today', name: '' }, 'invalid-value');
  });

  it('removes another state, or the one being edited (its neighbour takes its place), never the last', () => {
    const p = applyCommand(supermarket(), { type: 'updateStep', stepId: 'ask', changes: { title: 'Old' } }).project;
    let two = duplicate(p);
    two = applyCommand(two, { type: 'updateStep', stepId: 'ask', changes: { title: 'New' } }).project;
    const dropOther = applyAndCheck(two, { type: 'removeState', stateId: 'today' }).project;
    expect(names(dropOther)).toEqual(['Future*']);
    expect(dropOther.steps.find((s) => s.id === 'ask')!.title).toBe('New');
    expectRejected(dropOther, { type: 'removeState', stateId: 'future' }, 'last-state');
    expectRejected(supermarket(), { type: 'removeState', stateId: 'today' }, 'last-state');

    const dropActive = applyAndCheck(two, { type: 'removeState', stateId: 'future' }).project;
    expect(names(dropActive)).toEqual(['Today*']);
    expect(dropActive.steps.find((s) => s.id === 'ask')!.title).toBe('Old');
  });

  it('each has its own translated undo label', () => {
    expect(describeCommand({ type: 'switchState', stateId: 'a' }).key).toBe('states.commands.switchState');
    expect(describeCommand({ type: 'removeState', stateId: 'a' }).key).toBe('states.commands.removeState');
  });
});

describe('projectWithState', () => {
  it('gives the project with another state in the top-level fields, the document unchanged', () => {
    let p = duplicate(supermarket());
    p = applyCommand(p, { type: 'updateStep', stepId: 'ask', changes: { title: 'Future ask' } }).project;
    const today = projectWithState(p, 'today');
    expect(today.steps.find((s) => s.id === 'ask')!.title).toBe('Ask staff for help');
    expect(today.name).toBe(p.name);
    expect(today.personas).toBe(p.personas);
    expect(projectWithState(p, 'future')).toBe(p);
    expect(p.steps.find((s) => s.id === 'ask')!.title).toBe('Future ask');
  });
});
