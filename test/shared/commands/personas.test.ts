import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, describeCommand } from '../../../shared/commands';
import { applyAndCheck, expectRejected, stepOf, supermarket } from './fixtures';

describe('persona commands', () => {
  it('updatePersona sets goals, and no goals removes the field', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'updatePersona',
      personaId: 'anna',
      changes: { goals: ['Be out in ten minutes', 'Find the offers'] },
    }).project;
    expect(p.personas[0].goals).toEqual(['Be out in ten minutes', 'Find the offers']);
    p = applyAndCheck(p, { type: 'updatePersona', personaId: 'anna', changes: { goals: [] } }).project;
    expect(p.personas[0]).not.toHaveProperty('goals');
    expectRejected(
      p,
      { type: 'updatePersona', personaId: 'anna', changes: { goals: ['x'.repeat(501)] } },
      'invalid-value',
    );
  });

  it('removePersona removes its overrides on every step in the same undo step', () => {
    const before = supermarket();
    expect(stepOf(before, 'checkout').personaOverrides).toHaveLength(1);
    const result = applyAndCheck(before, { type: 'removePersona', personaId: 'bert' });
    expect(result.project.personas.map((x) => x.id)).toEqual(['anna']);
    expect(stepOf(result.project, 'checkout')).not.toHaveProperty('personaOverrides');
    // One undo brings back both the persona and its override.
    const undone = applyPatchesToProject(result.project, result.inversePatches);
    expect(undone.personas.map((x) => x.id)).toEqual(['anna', 'bert']);
    expect(stepOf(undone, 'checkout').personaOverrides).toEqual([
      { personaId: 'bert', emotion: -1, thoughts: ['Why is only one till open?'] },
    ]);
  });

  it('removePersona keeps the overrides of the other personas', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'setPersonaOverride',
      stepId: 'checkout',
      personaId: 'anna',
      emotion: 2,
    }).project;
    p = applyAndCheck(p, { type: 'removePersona', personaId: 'bert' }).project;
    expect(stepOf(p, 'checkout').personaOverrides).toEqual([{ personaId: 'anna', emotion: 2 }]);
  });

  it('setPersonaOverride sets the given parts and keeps the others', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'setPersonaOverride',
      stepId: 'checkout',
      personaId: 'bert',
      emotion: -2,
    }).project;
    expect(stepOf(p, 'checkout').personaOverrides).toEqual([
      { personaId: 'bert', emotion: -2, thoughts: ['Why is only one till open?'] },
    ]);
    p = applyAndCheck(p, {
      type: 'setPersonaOverride',
      stepId: 'browse',
      personaId: 'anna',
      thoughts: ['  Where are the offers?  ', '   '],
    }).project;
    expect(stepOf(p, 'browse').personaOverrides).toEqual([{ personaId: 'anna', thoughts: ['Where are the offers?'] }]);
    // The step's own emotion and thoughts stay the default.
    expect(stepOf(p, 'checkout').moment?.emotion).toBe(1);
    expect(stepOf(p, 'browse')).not.toHaveProperty('thoughts');
  });

  it('setPersonaOverride refuses what it cannot do', () => {
    const p = supermarket();
    const set = { type: 'setPersonaOverride', stepId: 'checkout', personaId: 'anna' } as const;
    expectRejected(p, { ...set, emotion: 3 }, 'invalid-value');
    expectRejected(p, { ...set, emotion: 0.5 }, 'invalid-value');
    expectRejected(p, set, 'invalid-value');
    expectRejected(p, { ...set, personaId: 'ghost', emotion: 1 }, 'not-found');
    expectRejected(p, { ...set, stepId: 'ghost', emotion: 1 }, 'not-found');
    // Emotion belongs to contact moments; thoughts to any step.
    expectRejected(p, { ...set, stepId: 'browse', emotion: 1 }, 'no-moment');
  });

  it('clearPersonaOverride clears one part, or the whole entry and then the field', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'clearPersonaOverride',
      stepId: 'checkout',
      personaId: 'bert',
      part: 'emotion',
    }).project;
    expect(stepOf(p, 'checkout').personaOverrides).toEqual([
      { personaId: 'bert', thoughts: ['Why is only one till open?'] },
    ]);
    expectRejected(
      p,
      { type: 'clearPersonaOverride', stepId: 'checkout', personaId: 'bert', part: 'emotion' },
      'not-found',
    );
    p = applyAndCheck(p, { type: 'clearPersonaOverride', stepId: 'checkout', personaId: 'bert' }).project;
    expect(stepOf(p, 'checkout')).not.toHaveProperty('personaOverrides');
    expectRejected(p, { type: 'clearPersonaOverride', stepId: 'checkout', personaId: 'bert' }, 'not-found');
  });

  it('each command is one undo entry with its own label', () => {
    const p = supermarket();
    const r = applyCommand(p, { type: 'setPersonaOverride', stepId: 'ask', personaId: 'anna', emotion: -1 });
    expect(applyPatchesToProject(r.project, r.inversePatches)).toStrictEqual(p);
    expect(describeCommand({ type: 'setPersonaOverride', stepId: 'ask', personaId: 'anna', emotion: -1 }).key).toBe(
      'personas.commands.setEmotion',
    );
    expect(describeCommand({ type: 'setPersonaOverride', stepId: 'ask', personaId: 'anna', thoughts: [] }).key).toBe(
      'personas.commands.setThoughts',
    );
    expect(describeCommand({ type: 'clearPersonaOverride', stepId: 'ask', personaId: 'anna' }).key).toBe(
      'personas.commands.clearOverride',
    );
    expect(
      describeCommand({ type: 'clearPersonaOverride', stepId: 'ask', personaId: 'anna', part: 'thoughts' }).key,
    ).toBe('personas.commands.clear.thoughts');
  });
});
