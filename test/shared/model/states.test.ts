import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { MAX_STATES, listStates, parseProject, projectSchema, type Project } from '../../../shared/model';
import { supermarket } from '../commands/fixtures';

const withFuture = (): Project =>
  applyCommand(supermarket(), {
    type: 'duplicateState',
    stateId: 'future',
    name: 'Future',
    current: { id: 'today', name: 'Today' },
  }).project;

describe('the journey states field (format 4)', () => {
  it('is optional: a file without it has one state', () => {
    const p = supermarket();
    expect(p.states).toBeUndefined();
    expect(parseProject(p).ok).toBe(true);
    expect(listStates(p, 'Current journey')).toHaveLength(1);
    expect(listStates(p, 'Current journey')[0]).toMatchObject({ name: 'Current journey', active: true });
  });

  it('round-trips through JSON and the reader with both states', () => {
    const p = withFuture();
    const read = parseProject(JSON.parse(JSON.stringify(p)));
    expect(read.ok && read.project.states).toStrictEqual(p.states);
  });

  it('refuses duplicate state ids, blank names and more than the bound of states', () => {
    const p = withFuture();
    const twice = { ...p, states: { ...p.states!, active: { id: 'today', name: 'Future' } } };
    expect(projectSchema.safeParse(twice).success).toBe(false);
    const blank = { ...p, states: { ...p.states!, active: { id: 'future', name: '' } } };
    expect(projectSchema.safeParse(blank).success).toBe(false);
    const other = p.states!.others[0];
    const many = {
      ...p,
      states: { ...p.states!, others: Array.from({ length: MAX_STATES }, (_, i) => ({ ...other, id: `s${i}` })) },
    };
    expect(projectSchema.safeParse(many).success).toBe(false);
    many.states.others.pop();
    expect(projectSchema.safeParse(many).success).toBe(true);
  });

  it('checks each other state like the journey: a step in a missing stage or a repeated id is refused', () => {
    const p = withFuture();
    const other = p.states!.others[0];
    const lost = { ...other, steps: [{ ...other.steps[0], stageId: 'gone' }, ...other.steps.slice(1)] };
    const r1 = parseProject({ ...p, states: { ...p.states!, others: [lost] } });
    expect(r1.ok).toBe(false);
    const twice = { ...other, steps: [...other.steps, other.steps[0]] };
    const r2 = parseProject({ ...p, states: { ...p.states!, others: [twice] } });
    expect(r2.ok).toBe(false);
    const badFlow = { ...other, flows: [{ ...other.flows[0], to: 'nowhere' }] };
    expect(parseProject({ ...p, states: { ...p.states!, others: [badFlow] } }).ok).toBe(false);
  });

  it('lists the states in their stored order, the active one at its index', () => {
    const p = withFuture();
    expect(listStates(p).map((s) => [s.id, s.active])).toEqual([
      ['today', false],
      ['future', true],
    ]);
    const past = { ...p, states: { ...p.states!, active: { ...p.states!.active, index: 9 } } };
    expect(listStates(past).map((s) => s.id)).toEqual(['today', 'future']);
  });
});
