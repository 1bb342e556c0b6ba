/**
 * Handlers for the journey-map rows: which rows the map shows and in which order
 * (one undo entry per change), and the notes typed into the note rows under a step
 * (thoughts on any step; pain points and opportunities on a contact moment).
 */
import { momentSchema, rowSchema, stepSchema } from '../model/schema';
import { isCompleteRowList, journeyRows, type NoteRow } from '../model/rows';
import type { Project } from '../model/types';
import { carryDots, TARGET_KIND } from './voting';
import { NOTHING, indexById, isIndexIn, maxItems, parseWith, type Handler, type Handlers, type Plan } from './internal';

const NOTE_LIMIT = maxItems(momentSchema.shape.painPoints);
const NOTE_TEXT = stepSchema.shape.title;
const NOTE_ROWS = new Set<string>(['thoughts', 'painPoints', 'opportunities']);

const setRows: Handler<'setRows'> = (project, { rows }) => {
  if (!Array.isArray(rows)) return 'invalid-value';
  const valid = rows.map((r) => parseWith(rowSchema, r));
  if (valid.some((r) => r === null)) return 'invalid-value';
  const next = valid as NonNullable<(typeof valid)[number]>[];
  if (!isCompleteRowList(next)) return 'invalid-value';
  const current = journeyRows(project);
  const same =
    project.rows !== undefined && current.every((r, i) => r.kind === next[i].kind && r.shown === next[i].shown);
  if (same && project.rows!.length === next.length) return NOTHING;
  return (d) => {
    d.rows = next;
  };
};

/** The text of a note, trimmed; null when blank or too long. */
function noteText(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (!trimmed) return null;
  return parseWith(NOTE_TEXT, trimmed);
}

/** Find the step and its list in the row, then build the recipe from the step's index and the list. */
function withNotes(
  project: Project,
  stepId: string,
  row: NoteRow,
  plan: (index: number, notes: readonly string[]) => Plan,
): Plan {
  if (!NOTE_ROWS.has(row)) return 'invalid-value';
  const index = indexById(project.steps, stepId);
  if (index < 0) return 'not-found';
  const step = project.steps[index];
  if (row === 'thoughts') return plan(index, step.thoughts ?? []);
  if (!step.moment) return 'no-moment';
  return plan(index, step.moment[row]);
}

/** Write a note list back into the draft step. */
function writeNotes(d: Parameters<Exclude<Plan, string>>[0], index: number, row: NoteRow, notes: string[]) {
  const step = d.steps[index];
  if (row === 'thoughts') {
    if (notes.length) step.thoughts = notes;
    else delete step.thoughts;
  } else if (step.moment) {
    step.moment[row] = notes;
  }
}

const addNote: Handler<'addNote'> = (project, { stepId, row, text, index }) =>
  withNotes(project, stepId, row, (i, notes) => {
    const valid = noteText(text);
    if (valid === null) return 'invalid-value';
    if (notes.length >= NOTE_LIMIT) return 'too-many';
    const at = index ?? notes.length;
    if (!isIndexIn(at, notes.length)) return 'invalid-value';
    const next = [...notes];
    next.splice(at, 0, valid);
    return (d) => writeNotes(d, i, row, next);
  });

const updateNote: Handler<'updateNote'> = (project, { stepId, row, index, text }) =>
  withNotes(project, stepId, row, (i, notes) => {
    if (!Number.isInteger(index) || index < 0 || index >= notes.length) return 'not-found';
    const valid = noteText(text);
    if (valid === null) return 'invalid-value';
    if (notes[index] === valid) return NOTHING;
    const next = [...notes];
    next[index] = valid;
    // The dots of an open voting round follow the edited pain point or opportunity.
    const carry = row === 'thoughts' ? null : carryDots(project, stepId, TARGET_KIND[row], notes, next);
    return (d) => {
      writeNotes(d, i, row, next);
      carry?.(d);
    };
  });

const removeNote: Handler<'removeNote'> = (project, { stepId, row, index }) =>
  withNotes(project, stepId, row, (i, notes) => {
    if (!Number.isInteger(index) || index < 0 || index >= notes.length) return 'not-found';
    const next = notes.filter((_, n) => n !== index);
    return (d) => writeNotes(d, i, row, next);
  });

export const rowHandlers = {
  setRows,
  addNote,
  updateNote,
  removeNote,
} satisfies Partial<Handlers>;
