import { describe, expect, it } from 'vitest';
import { effectiveThoughts, personaView } from '../../../shared/analysis/personas';
import { applyCommand } from '../../../shared/commands';
import { noteCommand, personaThoughtsCommand, type NoteEdit } from '../../../shared/commands/noteEdit';
import type { NoteRow } from '../../../shared/model';
import type { Project } from '../../../shared/model/types';
import { applyAndCheck, stepOf, supermarket } from './fixtures';

/** The supermarket with default thoughts on the checkout (Bert has his own there, Anna none). */
function project(): Project {
  const p = supermarket();
  stepOf(p, 'checkout').thoughts = ['Quick today', 'Friendly cashier'];
  return p;
}

/** Make a note edit as a persona (or the default) through the real command; the project after it. */
function edit(p: Project, row: NoteRow, change: NoteEdit, persona: string | null): Project {
  const command = noteCommand(stepOf(p, 'checkout'), row, change, persona);
  if (!command) throw new Error('no command');
  return applyAndCheck(p, command).project;
}

describe('note edits in the rows band, as a persona', () => {
  it('without a persona, edits the default thoughts', () => {
    const after = edit(project(), 'thoughts', { kind: 'add', text: 'Short queue' }, null);
    expect(stepOf(after, 'checkout').thoughts).toEqual(['Quick today', 'Friendly cashier', 'Short queue']);
    expect(stepOf(after, 'checkout').personaOverrides).toEqual(
      project().steps.find((s) => s.id === 'checkout')!.personaOverrides,
    );
  });

  it('as a persona that inherits the default, adding a thought gives it its own and leaves the default alone', () => {
    const after = edit(project(), 'thoughts', { kind: 'add', text: 'Where is the self-checkout?' }, 'anna');
    const checkout = stepOf(after, 'checkout');
    expect(checkout.thoughts).toEqual(['Quick today', 'Friendly cashier']);
    expect(effectiveThoughts(checkout, 'anna')).toEqual([
      'Quick today',
      'Friendly cashier',
      'Where is the self-checkout?',
    ]);
    // What the band draws as Anna is what she now thinks; Bert keeps his own.
    expect(stepOf(personaView(after, 'anna'), 'checkout').thoughts).toEqual(effectiveThoughts(checkout, 'anna'));
    expect(effectiveThoughts(checkout, 'bert')).toEqual(['Why is only one till open?']);
  });

  it('as a persona with its own thoughts, updates and removes its own by the index shown', () => {
    let p = edit(project(), 'thoughts', { kind: 'update', index: 0, text: 'Why only one till?' }, 'bert');
    expect(effectiveThoughts(stepOf(p, 'checkout'), 'bert')).toEqual(['Why only one till?']);
    expect(stepOf(p, 'checkout').thoughts).toEqual(['Quick today', 'Friendly cashier']);
    // Removing his last thought: Bert thinks nothing here (the default does not come back).
    p = edit(p, 'thoughts', { kind: 'remove', index: 0 }, 'bert');
    expect(effectiveThoughts(stepOf(p, 'checkout'), 'bert')).toEqual([]);
    expect(stepOf(p, 'checkout').personaOverrides).toEqual([{ personaId: 'bert', emotion: -1, thoughts: [] }]);
  });

  it('removing an inherited thought as a persona gives it the rest as its own', () => {
    const after = edit(project(), 'thoughts', { kind: 'remove', index: 1 }, 'anna');
    expect(effectiveThoughts(stepOf(after, 'checkout'), 'anna')).toEqual(['Quick today']);
    expect(stepOf(after, 'checkout').thoughts).toEqual(['Quick today', 'Friendly cashier']);
  });

  it('an edit that makes the persona think the default again hands it back to the default', () => {
    let p = edit(project(), 'thoughts', { kind: 'add', text: 'Too slow' }, 'anna');
    p = edit(p, 'thoughts', { kind: 'remove', index: 2 }, 'anna');
    expect(stepOf(p, 'checkout').personaOverrides?.find((o) => o.personaId === 'anna')).toBeUndefined();
    // Bert's thoughts go, his emotion stays.
    const bert = stepOf(p, 'checkout');
    expect(personaThoughtsCommand(bert, 'bert', bert.thoughts ?? [])).toEqual({
      type: 'clearPersonaOverride',
      stepId: 'checkout',
      personaId: 'bert',
      part: 'thoughts',
    });
    // Nothing to do: already the default, or already its own.
    expect(personaThoughtsCommand(bert, 'anna', bert.thoughts ?? [])).toBeNull();
    expect(personaThoughtsCommand(bert, 'bert', ['Why is only one till open?'])).toBeNull();
  });

  it('pain points and opportunities stay the moment own, whoever is chosen', () => {
    const after = edit(project(), 'painPoints', { kind: 'add', text: 'Long queue' }, 'anna');
    expect(stepOf(after, 'checkout').moment?.painPoints).toEqual(['Long queue']);
    expect(stepOf(after, 'checkout').personaOverrides).toEqual([
      { personaId: 'bert', emotion: -1, thoughts: ['Why is only one till open?'] },
    ]);
  });

  it('an index that is not shown makes no command', () => {
    expect(noteCommand(stepOf(project(), 'checkout'), 'thoughts', { kind: 'remove', index: 5 }, 'anna')).toBeNull();
    // The command for a missing persona is refused by the document, as any command on a missing target.
    const command = noteCommand(stepOf(project(), 'checkout'), 'thoughts', { kind: 'add', text: 'x' }, 'ghost')!;
    expect(applyCommand(project(), command).rejected).toBe('not-found');
  });
});
