/**
 * One edit of a note typed in a note row (the rows band), as the command that makes it.
 *
 * Without a persona, or in the pain point and opportunity rows (which belong to the moment,
 * not to a persona), the edit is the step's own note command. With a persona chosen, the
 * thoughts row shows that persona's thoughts (see personaView), so an edit there changes the
 * persona's thoughts, never the default ones: the persona's thoughts as shown (its own, or the
 * default it inherits) with the edit applied become its own. An edit that leaves them the same
 * as the default hands the persona back to the default (its own thoughts are cleared), so the
 * persona keeps following later changes of the default.
 *
 * @example
 * // Anna inherits ['Where is it?']; adding 'Too far' gives her ['Where is it?', 'Too far'].
 * noteCommand(step, 'thoughts', { kind: 'add', text: 'Too far' }, 'p-anna');
 */
import { effectiveThoughts, overrideOf } from '../analysis/personas';
import type { NoteRow } from '../model/rows';
import type { Step } from '../model/types';
import type { Command } from './types';

export type NoteEdit =
  { kind: 'add'; text: string } | { kind: 'update'; index: number; text: string } | { kind: 'remove'; index: number };

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The command for a note edit in a row, as the given persona (null: the default). Null when the
 * edit changes nothing (an index that is not there).
 */
export function noteCommand(step: Step, row: NoteRow, edit: NoteEdit, personaId: string | null): Command | null {
  const stepId = step.id;
  if (row !== 'thoughts' || personaId === null) {
    if (edit.kind === 'add') return { type: 'addNote', stepId, row, text: edit.text };
    if (edit.kind === 'update') return { type: 'updateNote', stepId, row, index: edit.index, text: edit.text };
    return { type: 'removeNote', stepId, row, index: edit.index };
  }
  const shown = effectiveThoughts(step, personaId);
  if (edit.kind !== 'add' && (edit.index < 0 || edit.index >= shown.length)) return null;
  const next =
    edit.kind === 'add'
      ? [...shown, edit.text]
      : edit.kind === 'update'
        ? shown.map((s, i) => (i === edit.index ? edit.text : s))
        : shown.filter((_, i) => i !== edit.index);
  return personaThoughtsCommand(step, personaId, next);
}

/**
 * The command that gives a persona these thoughts at a step: its own thoughts, or, when they
 * are the default's, back to the default (null when that is already so).
 */
export function personaThoughtsCommand(step: Step, personaId: string, thoughts: readonly string[]): Command | null {
  const base = { stepId: step.id, personaId };
  const own = overrideOf(step, personaId)?.thoughts;
  if (same(thoughts, step.thoughts ?? []))
    return own === undefined ? null : { type: 'clearPersonaOverride', ...base, part: 'thoughts' };
  if (own !== undefined && same(thoughts, own)) return null;
  return { type: 'setPersonaOverride', ...base, thoughts: [...thoughts] };
}
