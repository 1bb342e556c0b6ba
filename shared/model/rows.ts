/**
 * The journey-map rows of a project (format 3): which lenses sit under the
 * stages, in which order, and which are shown. The file may leave the list out
 * (the defaults apply) or list a kind twice or not at all (hand-edited, or
 * written by a newer build): `journeyRows` always returns every kind once.
 */
import { ROW_KINDS } from './schema';
import type { JourneyRow, Project, RowKind } from './types';

/** The rows a new project shows: the journey-map core; the analytic rows are a click away. */
export const DEFAULT_ROWS: readonly JourneyRow[] = [
  { kind: 'emotion', shown: true },
  { kind: 'touchpoint', shown: true },
  { kind: 'thoughts', shown: true },
  { kind: 'painPoints', shown: true },
  { kind: 'opportunities', shown: true },
  { kind: 'risk', shown: true },
  { kind: 'senses', shown: false },
  { kind: 'servqualGap', shown: false },
  { kind: 'standard', shown: false },
  { kind: 'waitTime', shown: false },
  // Hidden like the other analytic rows: most maps start without measured figures, and an
  // empty row would take room on every new map. The inspector's Metrics section shows it in one click.
  { kind: 'metrics', shown: false },
];

/** A fresh copy of the default rows, for a new document. */
export function defaultRows(): JourneyRow[] {
  return DEFAULT_ROWS.map((r) => ({ ...r }));
}

const KINDS = new Set<string>(ROW_KINDS);

/** Every row kind exactly once, in the project's order: the first mention of a kind wins, unlisted kinds follow hidden. */
export function journeyRows(project: Pick<Project, 'rows'>): JourneyRow[] {
  const listed = project.rows ?? DEFAULT_ROWS;
  const seen = new Set<RowKind>();
  const out: JourneyRow[] = [];
  for (const row of listed) {
    if (!KINDS.has(row.kind) || seen.has(row.kind)) continue;
    seen.add(row.kind);
    out.push({ kind: row.kind, shown: row.shown });
  }
  for (const kind of ROW_KINDS) if (!seen.has(kind)) out.push({ kind, shown: false });
  return out;
}

/** The kinds shown, in order. */
export function shownRows(project: Pick<Project, 'rows'>): RowKind[] {
  return journeyRows(project)
    .filter((r) => r.shown)
    .map((r) => r.kind);
}

/** Whether a list names every kind exactly once (what `setRows` accepts). */
export function isCompleteRowList(rows: readonly JourneyRow[]): boolean {
  if (rows.length !== ROW_KINDS.length) return false;
  const kinds = new Set(rows.map((r) => r.kind));
  return kinds.size === ROW_KINDS.length && rows.every((r) => KINDS.has(r.kind));
}

/** The note rows a user types into: what the customer thinks, pain points, opportunities. */
export const NOTE_ROWS = ['thoughts', 'painPoints', 'opportunities'] as const satisfies readonly RowKind[];
export type NoteRow = (typeof NOTE_ROWS)[number];

/** A step's notes in a note row (thoughts are the step's; pain points and opportunities its moment's). */
export function notesOf(step: Project['steps'][number], row: NoteRow): readonly string[] {
  if (row === 'thoughts') return step.thoughts ?? [];
  return step.moment?.[row] ?? [];
}
