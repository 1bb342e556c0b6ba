import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyAndCheck, expectRejected, supermarket } from './fixtures';

describe('renameProject', () => {
  it('renames, and leaves updatedAt to the saver', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'renameProject', name: 'Saturday shop' });
    expect(project.name).toBe('Saturday shop');
    expect(project.updatedAt).toBe(supermarket().updatedAt);
  });

  it('refuses an empty or overlong name', () => {
    expectRejected(supermarket(), { type: 'renameProject', name: '' }, 'invalid-value');
    expectRejected(supermarket(), { type: 'renameProject', name: 'n'.repeat(501) }, 'invalid-value');
  });

  it('renaming to the same name changes nothing', () => {
    const p = supermarket();
    expect(applyCommand(p, { type: 'renameProject', name: p.name }).patches).toEqual([]);
  });
});

describe('updateProject', () => {
  it('changes the description and merges SERVQUAL weights', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateProject',
      changes: { description: 'Every Saturday', servqualWeights: { reliability: 0.5, empathy: 0.1 } },
    });
    expect(project.description).toBe('Every Saturday');
    expect(project.servqualWeights).toEqual({
      reliability: 0.5,
      responsiveness: 0.22,
      assurance: 0.19,
      empathy: 0.1,
      tangibles: 0.11,
    });
  });

  it('refuses weights outside 0..1', () => {
    const p = supermarket();
    expectRejected(p, { type: 'updateProject', changes: { servqualWeights: { tangibles: 1.5 } } }, 'invalid-value');
    expectRejected(p, { type: 'updateProject', changes: { servqualWeights: { tangibles: -0.1 } } }, 'invalid-value');
  });
});

describe('personas', () => {
  const carla = { id: 'carla', name: 'Carla', customerType: 'talker' as const, description: 'Likes a chat' };

  it('addPersona appends or inserts', () => {
    let p = applyAndCheck(supermarket(), { type: 'addPersona', persona: carla }).project;
    expect(p.personas.map((x) => x.id)).toEqual(['anna', 'bert', 'carla']);
    p = applyAndCheck(p, { type: 'addPersona', persona: { ...carla, id: 'dora' }, index: 1 }).project;
    expect(p.personas.map((x) => x.id)).toEqual(['anna', 'dora', 'bert', 'carla']);
    expectRejected(p, { type: 'addPersona', persona: carla }, 'duplicate-id');
    expectRejected(
      p,
      { type: 'addPersona', persona: { ...carla, id: 'e', customerType: 'nice' as 'rude' } },
      'invalid-value',
    );
  });

  it('updatePersona changes the given fields', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updatePersona',
      personaId: 'bert',
      changes: { customerType: 'chronic complainer', description: 'Always something' },
    });
    expect(project.personas[1]).toEqual({
      id: 'bert',
      name: 'Bert',
      customerType: 'chronic complainer',
      description: 'Always something',
    });
    expectRejected(supermarket(), { type: 'updatePersona', personaId: 'ghost', changes: { name: 'x' } }, 'not-found');
  });

  it('removePersona removes one persona', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removePersona', personaId: 'anna' });
    expect(project.personas.map((x) => x.id)).toEqual(['bert']);
    expectRejected(project, { type: 'removePersona', personaId: 'anna' }, 'not-found');
  });
});
