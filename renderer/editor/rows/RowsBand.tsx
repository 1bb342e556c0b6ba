/**
 * The journey-map rows on the canvas: the band under the steps, drawn inside React
 * Flow's viewport (so it pans and zooms with the map) from the same geometry and the
 * same drawing as the exports. Over the drawing lie the controls: a click target per
 * cell (selects its step), a "+" per step in the note rows, and a button over each
 * note to edit it (Delete removes it). Typing a note: Enter saves it (one undo entry),
 * Escape cancels, leaving the field saves what was typed.
 *
 * With a persona chosen (the persona filter), the thoughts row shows that persona's thoughts,
 * and typing there edits the persona's thoughts, never the default ones (see noteCommand).
 *
 * Pain points and opportunities belong to contact moments: "+" on a step that is not
 * one first offers to make it one (setContactMoment, then addNote: two undo entries,
 * as the two are separate edits the user may want to undo separately).
 *
 * The band depends on the document only (see useBand), never on React Flow's node
 * state, so dragging a step costs it nothing until the drop. Only the columns and rows in view
 * (with a margin, see visibleSpan) are put in the page, and their cells are drawn only then, each once
 * per step version (cellOf), so a long map opens light and an edit re-draws only what it changed.
 * Far out on a large map only the rows and the emotion curve stay (as the far-out layer replaces the
 * steps' elements there).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useStore, ViewportPortal } from '@xyflow/react';
import { Plus } from 'lucide-react';
import type { RowsDrawing } from '../../../shared/formats/drawing/rows';
import { DEFAULT_THEME } from '../../../shared/formats/drawing/theme';
import type { RowSection } from '../../../shared/layout/rows';
import { NOTE_ROWS, notesOf, type NoteRow, type RowKind, type Step } from '../../../shared/model';
import type { DrawItem, GroupItem } from '../../../shared/formats/drawing/displayList';
import { effectiveThoughts } from '../../../shared/analysis/personas';
import { noteCommand, type NoteEdit } from '../../../shared/commands/noteEdit';
import { useDocument } from '../../state/documentStore';
import { useMatchingSteps } from '../../state/filters';
import { drawItems } from './DrawItems';
import { cellOf, useBandLabels, useBandOf } from './useBand';
import { openRoundOf } from '../../../shared/analysis/voting';
import { roundAllows, TARGET_KIND } from '../../../shared/commands';
import type { VotingRound } from '../../../shared/model';
import { changeDot, currentVoter, useWorkshopVoter } from '../voting/placeDot';
import { useVotingPanel } from '../voting/votingStore';
import './rows.css';

/**
 * Below this zoom a large map's band is drawn without its controls, as a large map's steps
 * are then drawn on one canvas (FarOutLayer) instead of as elements; a small map keeps them.
 */
const CONTROLS_MIN_ZOOM = 0.45;
const LARGE_MAP_STEPS = 200;

type Editing =
  | { stepId: string; row: NoteRow; index: number | null; phase: 'text' }
  | { stepId: string; row: NoteRow; index: null; phase: 'contact' };

const isNoteRow = (kind: RowKind): kind is NoteRow => (NOTE_ROWS as readonly RowKind[]).includes(kind);
const nearEnough = (s: { transform: [number, number, number] }) => s.transform[2] >= CONTROLS_MIN_ZOOM;

/** Columns are put in the page in blocks of this many, so a pan re-renders the band only when a block comes into view. */
const BLOCK = 4;
/** Room kept drawn around the view on each side, as a share of the view's width and height. */
const MARGIN = 0.5;
/** Nothing of the band in view. */
const NONE = '0:-1:0:-1';

/** The first index in a list sorted by `start` whose end reaches `at` (the list's length if none does). */
function firstReaching<T>(list: readonly T[], end: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end(list[mid]) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The part of the band to put in the page: the columns and the rows in view, with half a view
 * to spare on each side, as "firstColumn:lastColumn:firstRow:lastRow" (columns rounded out to
 * whole blocks). A string, so the band re-renders only when it changes: never on a drag (the
 * viewport does not move) and seldom on a pan. As React Flow does for its nodes, what is out of
 * view is not in the page at all (a band below the view has no cells until it is scrolled to).
 */
function visibleSpan(band: RowsDrawing | null) {
  return (s: { transform: [number, number, number]; width: number; height: number }): string => {
    const columns = band?.layout.columns ?? [];
    const rows = band?.layout.rows ?? [];
    if (!columns.length || !rows.length) return NONE;
    const [tx, ty, zoom] = s.transform;
    const w = s.width / zoom;
    const h = s.height / zoom;
    const left = -tx / zoom - w * MARGIN;
    const right = -tx / zoom + w * (1 + MARGIN);
    const top = -ty / zoom - h * MARGIN;
    const bottom = -ty / zoom + h * (1 + MARGIN);
    const firstRow = firstReaching(rows, (r) => r.y + r.height, top);
    const lastRow = firstReaching(rows, (r) => r.y, bottom + 1e-6) - 1;
    const first = firstReaching(columns, (c) => c.x + c.width, left);
    const last = firstReaching(columns, (c) => c.x, right + 1e-6) - 1;
    if (firstRow > lastRow || first > last) return NONE;
    const from = Math.floor(first / BLOCK) * BLOCK;
    const to = Math.min(columns.length - 1, Math.ceil((last + 1) / BLOCK) * BLOCK - 1);
    return `${from}:${to}:${firstRow}:${lastRow}`;
  };
}

/** A row's own items, sorted once per band: those always drawn, the rules between columns (by x), the emotion points. */
interface RowFrame {
  kind: RowKind;
  title: string | undefined;
  role: string;
  fixed: DrawItem[];
  rules: { x: number; item: DrawItem }[];
  points: DrawItem[];
}

const frames = new WeakMap<RowsDrawing, RowFrame[]>();

function rowFrames(band: RowsDrawing): RowFrame[] {
  const hit = frames.get(band);
  if (hit) return hit;
  const rows = band.items.flatMap((root) => (root.type === 'group' ? root.items : []));
  const out = rows.flatMap((row, i): RowFrame[] => {
    if (row.type !== 'group') return [];
    const frame: RowFrame = {
      kind: band.layout.rows[i].kind,
      title: row.title,
      role: row.role,
      fixed: [],
      rules: [],
      points: [],
    };
    for (const item of row.items) {
      if (item.type === 'group' && item.id !== undefined) frame.points.push(item);
      else if (item.type === 'path' && item.dash === undefined && !item.lineCap)
        // The rules between cells: "M<x>,...".
        frame.rules.push({ x: Number(/^M(-?[\d.]+)/.exec(item.d)?.[1]), item });
      else frame.fixed.push(item);
    }
    return [frame];
  });
  frames.set(band, out);
  return out;
}

function selectStep(stepId: string) {
  useDocument.getState().select({ stepIds: [stepId], flowIds: [] });
}

/** Dims every cell it is given (drawItems dims a cell whose step is not in the set). */
const NONE_BRIGHT: ReadonlySet<string> = new Set();

/** One step's drawn cell: kept per step version (see cellOf), so an edit re-renders only the cells it changed. */
const CellDrawing = memo(function CellDrawing({ item, dim }: { item: DrawItem; dim: boolean }) {
  return drawItems([item], DEFAULT_THEME.fontFamily, dim ? NONE_BRIGHT : null);
});

/** A row's own items in view (rules between the columns drawn, emotion points of the steps drawn). */
const RowFrameDrawing = memo(function RowFrameDrawing({
  items,
  bright,
}: {
  items: DrawItem[];
  bright: ReadonlySet<string> | null;
}) {
  return drawItems(items, DEFAULT_THEME.fontFamily, bright);
});

interface RowView {
  frame: RowFrame;
  items: DrawItem[];
  cells: GroupItem[];
}

/** The drawn band: SVG from the display list, the rows' own items and the cells in view. */
const BandDrawing = memo(function BandDrawing({
  band,
  rows,
  bright,
}: {
  band: RowsDrawing;
  rows: RowView[];
  bright: ReadonlySet<string> | null;
}) {
  const { left, right, top, height } = band;
  return (
    <svg
      className="rows-drawing"
      aria-hidden="true"
      width={right - left}
      height={height}
      viewBox={`${left} ${top} ${right - left} ${height}`}
      style={{ left, top }}
    >
      <g className="rows">
        {rows.map(({ frame, items, cells }) => (
          <g key={frame.kind} className={frame.role} data-item={frame.kind}>
            {frame.title !== undefined && <title>{frame.title}</title>}
            <RowFrameDrawing items={items} bright={bright} />
            {cells.map((cell) => (
              <CellDrawing
                key={cell.id}
                item={cell}
                dim={bright !== null && cell.id !== undefined && !bright.has(cell.id)}
              />
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
});

/**
 * The notes a row shows for a step: with a persona chosen, the thoughts row shows that persona's
 * thoughts (as the band draws them), and edits there go to the persona (see noteCommand).
 */
function shownNotes(step: Step, row: NoteRow, persona: string | null): readonly string[] {
  return row === 'thoughts' ? effectiveThoughts(step, persona) : notesOf(step, row);
}

/** Make a note edit in a row, as the chosen persona (null: the default). */
function editNote(step: Step, row: NoteRow, edit: NoteEdit, persona: string | null): void {
  const { project, dispatch } = useDocument.getState();
  // A persona filter left over from a removed persona shows the default (see personaView).
  const known = persona !== null && project?.personas.some((p) => p.id === persona) ? persona : null;
  const command = noteCommand(step, row, edit, known);
  if (command) dispatch(command);
}

/** The inline field where a note is typed. */
function NoteInput({
  editing,
  step,
  persona,
  rect,
  stepTitle,
  initial,
  onDone,
}: {
  editing: Extract<Editing, { phase: 'text' }>;
  step: Step;
  persona: string | null;
  rect: { x: number; y: number; width: number; height: number };
  stepTitle: string;
  initial: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const commit = useCallback(
    (value: string) => {
      if (done.current) return;
      done.current = true;
      const trimmed = value.trim();
      const { row, index } = editing;
      if (index === null) {
        if (trimmed) editNote(step, row, { kind: 'add', text: trimmed }, persona);
      } else if (!trimmed) editNote(step, row, { kind: 'remove', index }, persona);
      else if (trimmed !== initial) editNote(step, row, { kind: 'update', index, text: trimmed }, persona);
      onDone();
    },
    [editing, step, persona, initial, onDone],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit(text);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      onDone();
    }
  };
  return (
    <textarea
      className="rows-note-input nopan nodrag nowheel"
      // Focus moves here when the user asks to type a note: it is what they are about to do.
      autoFocus
      value={text}
      aria-label={editing.index === null ? t(`band.input.${editing.row}`, { step: stepTitle }) : t('band.editInput')}
      title={t('band.inputHint')}
      style={{ left: rect.x, top: rect.y, width: rect.width, minHeight: Math.max(rect.height, 44) }}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => commit(text)}
    />
  );
}

/** The offer to make a step a contact moment before adding a pain point or opportunity to it. */
function ContactOffer({
  editing,
  rect,
  onMade,
  onCancel,
}: {
  editing: Editing;
  rect: { x: number; y: number; width: number };
  onMade: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="rows-contact-offer nopan nodrag nowheel"
      role="group"
      style={{ left: rect.x, top: rect.y, width: Math.max(rect.width, 180) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p>{t('band.notContact')}</p>
      <button
        type="button"
        // The offer opened because the user asked to add a note here: focus its answer.
        autoFocus
        onClick={() => {
          useDocument.getState().dispatch({ type: 'setContactMoment', stepId: editing.stepId, on: true });
          onMade();
        }}
      >
        {t('band.makeContact')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('band.cancel')}
      </button>
    </div>
  );
}

/** The controls over one step's part of a note row: its notes and its "+". */
function NoteControls({
  step,
  persona,
  row,
  section,
  title,
  t,
  onEdit,
  voting,
}: {
  step: Step | undefined;
  /** The persona the band shows the journey as (its thoughts are the ones shown and edited), or null. */
  persona: string | null;
  row: NoteRow;
  section: RowSection;
  title: string;
  /** The parent's: one translation hook for the band, not one per step. */
  t: TFunction;
  onEdit: (e: Editing) => void;
  /** The open voting round and who votes now, when this row's items can get dots. */
  voting: { round: VotingRound; voter: string } | null;
}) {
  if (!step) return null;
  const notes = shownNotes(step, row, persona);
  const kind = row === 'thoughts' ? null : TARGET_KIND[row];
  const colours = voting ? new Map(voting.round.participants.map((p) => [p.name, p.colour])) : null;
  const add = () => {
    const contact = row === 'thoughts' || step.moment !== undefined;
    onEdit(
      contact
        ? { stepId: step.id, row, index: null, phase: 'text' }
        : { stepId: step.id, row, index: null, phase: 'contact' },
    );
  };
  return (
    <>
      {section.notes.map((note) => {
        const target = voting && kind ? { stepId: step.id, kind, text: notes[note.index] ?? '' } : null;
        // While a round is open: its dots beside the item (only the voter's own when hidden until closed).
        const dots =
          target && voting
            ? voting.round.dots.filter(
                (d) =>
                  d.target.stepId === target.stepId &&
                  d.target.kind === target.kind &&
                  d.target.text === target.text &&
                  (!voting.round.hideUntilClosed || d.participant === voting.voter),
              )
            : [];
        return (
          <span key={note.index}>
            <button
              type="button"
              className="rows-note nopan"
              aria-label={t('band.editNote', { text: notes[note.index] ?? '' })}
              aria-keyshortcuts={target ? '+ -' : undefined}
              title={target && voting ? t('voting.bandHint', { name: voting.voter }) : undefined}
              style={{ left: note.x, top: note.y, width: note.width, height: note.height }}
              onClick={(e) => {
                e.stopPropagation();
                selectStep(step.id);
                onEdit({ stepId: step.id, row, index: note.index, phase: 'text' });
              }}
              onKeyDown={(e) => {
                if (e.key === 'Delete' || e.key === 'Backspace') {
                  e.preventDefault();
                  e.stopPropagation();
                  editNote(step, row, { kind: 'remove', index: note.index }, persona);
                } else if (target && (e.key === '+' || e.key === '=' || e.key === '-')) {
                  // Keyboard dot voting: focus an item, + places a dot for who votes now, - takes one back.
                  e.preventDefault();
                  e.stopPropagation();
                  changeDot(target, e.key === '-');
                }
              }}
            />
            {dots.length > 0 && (
              <span
                className="rows-votes"
                role="img"
                aria-label={t('voting.bandDots', { count: dots.length })}
                data-dots={dots.length}
                style={{ left: note.x + note.width - 60, top: note.y - 10, width: 60 }}
              >
                {dots.map((d, i) => (
                  <span key={i} className="voting-dot" style={{ background: colours?.get(d.participant) }} />
                ))}
              </span>
            )}
          </span>
        );
      })}
      {section.addSlot && (
        <button
          type="button"
          className="rows-add nopan"
          aria-label={t(`band.add.${row}`, { step: title })}
          title={t(`band.add.${row}`, { step: title })}
          style={{ left: section.addSlot.x, top: section.addSlot.y, height: section.addSlot.height - 2 }}
          onClick={(e) => {
            e.stopPropagation();
            selectStep(step.id);
            add();
          }}
        >
          <Plus size={12} aria-hidden="true" />
        </button>
      )}
    </>
  );
}

/** The band in the viewport: drawing, cell targets, note controls and the field being typed in. */
export const RowsBand = memo(function RowsBand() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const { project: drawn, band, persona } = useBandOf();
  const labels = useBandLabels();
  const bright = useMatchingSteps();
  const selected = useDocument((s) => s.selection.stepIds);
  const controls = useStore(nearEnough) || (project?.steps.length ?? 0) < LARGE_MAP_STEPS;
  const [editing, setEditing] = useState<Editing | null>(null);
  const stopEditing = useCallback(() => setEditing(null), []);
  const titles = useMemo(() => new Map(project?.steps.map((s) => [s.id, s.title]) ?? []), [project]);
  const stepsById = useMemo(() => new Map(project?.steps.map((s) => [s.id, s]) ?? []), [project]);
  const span = useStore(useMemo(() => visibleSpan(band), [band]));
  const view = useMemo(() => {
    if (!band || !drawn) return null;
    const steps = new Map(drawn.steps.map((s) => [s.id, s]));
    const [from, to, firstRow, lastRow] = span.split(':').map(Number);
    const columns = band.layout.columns.slice(from, to + 1);
    const ids = new Set(columns.flatMap((c) => c.stepIds));
    const left = columns.length ? columns[0].x : 0;
    const right = columns.length ? columns[columns.length - 1].x + columns[columns.length - 1].width : 0;
    // Far out on a large map (no controls) only the rows and the emotion curve are drawn: no text is readable.
    const detail = controls;
    const rows: RowView[] = rowFrames(band).map((frame, i) => {
      const inView = detail && i >= firstRow && i <= lastRow;
      const items = inView
        ? [
            ...frame.fixed,
            ...frame.rules.filter((r) => r.x >= left && r.x <= right).map((r) => r.item),
            ...frame.points.filter((p) => p.type === 'group' && p.id !== undefined && ids.has(p.id)),
          ]
        : frame.fixed;
      const cells: GroupItem[] = [];
      if (inView && frame.kind !== 'emotion')
        for (const cell of band.layout.rows[i].cells.slice(from, to + 1))
          for (const section of cell.sections) {
            const step = steps.get(section.stepId);
            if (step) cells.push(cellOf(drawn, frame.kind, step, section, labels, persona));
          }
      return { frame, items, cells };
    });
    const shownRows = new Set(band.layout.rows.slice(firstRow, lastRow + 1).map((r) => r.kind));
    return { ids, rows, shownRows };
  }, [band, drawn, span, controls, labels, persona]);

  // A step removed (or undone away) while its note was being typed: drop the field.
  useEffect(() => {
    if (editing && !titles.has(editing.stepId)) setEditing(null);
  }, [editing, titles]);

  const cells = useMemo(() => {
    if (!band || !controls) return null;
    return band.layout.rows.map((row) =>
      row.cells
        .filter((cell) => view?.shownRows.has(row.kind) && view.ids.has(cell.stepIds[0]))
        .map((cell) => {
          const name = labels.rows[row.kind];
          return (
            <div
              key={`${row.kind}:${cell.stepIds[0]}`}
              className="rows-cell"
              data-row={row.kind}
              data-steps={cell.stepIds.join(' ')}
              title={t('band.cell', { row: name, step: cell.stepIds.map((id) => titles.get(id) ?? '').join(', ') })}
              style={{ left: cell.x, top: cell.y, width: cell.width, height: cell.height }}
              onClick={(e) => {
                // The step whose part of the cell was clicked (stacked steps), else the top one.
                const y = cell.y + e.nativeEvent.offsetY;
                const hit = cell.sections.find((s) => s.height > 0 && y >= s.y && y <= s.y + s.height);
                selectStep(hit?.stepId ?? cell.stepIds[0]);
              }}
            />
          );
        }),
    );
  }, [band, controls, labels, t, titles, view]);

  const round = project ? openRoundOf(project) : null;
  const chosenVoter = useVotingPanel((s) => s.voter);
  const selfVoter = useWorkshopVoter();
  const voting = useMemo(
    () => (round ? { round, voter: currentVoter(round, chosenVoter, selfVoter) } : null),
    [round, chosenVoter, selfVoter],
  );

  const noteControls = useMemo(() => {
    if (!band || !controls || !project) return null;
    return band.layout.rows.flatMap((row) => {
      const kind = row.kind;
      if (!isNoteRow(kind) || !view?.shownRows.has(kind)) return [];
      return row.cells.flatMap((cell) =>
        cell.sections
          .filter((section) => view?.ids.has(section.stepId))
          .map((section) => (
            <NoteControls
              key={`${kind}:${section.stepId}`}
              step={stepsById.get(section.stepId)}
              persona={persona}
              row={kind}
              section={section}
              title={titles.get(section.stepId) || t('inspector.untitledStep')}
              t={t}
              onEdit={setEditing}
              voting={voting && kind !== 'thoughts' && roundAllows(voting.round, TARGET_KIND[kind]) ? voting : null}
            />
          )),
      );
    });
  }, [band, controls, project, stepsById, titles, t, view, voting, persona]);

  const highlight = useMemo(() => {
    if (!band || !band.layout.rows.length) return null;
    const ids = new Set(selected);
    return band.layout.columns
      .filter((c) => c.stepIds.some((id) => ids.has(id)))
      .map((c) => (
        <div
          key={c.stepIds[0]}
          className="rows-selected"
          style={{ left: c.x, top: band.top, width: c.width, height: band.height }}
        />
      ));
  }, [band, selected]);

  if (!project || !band || band.height === 0) return null;

  let field = null;
  if (editing && controls) {
    const row = band.layout.rows.find((r) => r.kind === editing.row);
    const section = row?.cells.flatMap((c) => c.sections).find((s) => s.stepId === editing.stepId);
    const step = project.steps.find((s) => s.id === editing.stepId);
    if (row && section && step) {
      const note = editing.index === null ? null : section.notes.find((n) => n.index === editing.index);
      const rect = note ?? section.addSlot ?? { x: section.x, y: section.contentY, width: section.width, height: 22 };
      field =
        editing.phase === 'contact' ? (
          <ContactOffer
            editing={editing}
            rect={rect}
            onMade={() => setEditing({ ...editing, phase: 'text' })}
            onCancel={stopEditing}
          />
        ) : (
          <NoteInput
            key={`${editing.stepId}:${editing.row}:${editing.index}`}
            editing={editing}
            step={step}
            persona={persona}
            rect={rect}
            stepTitle={step.title || t('inspector.untitledStep')}
            initial={editing.index === null ? '' : (shownNotes(step, editing.row, persona)[editing.index] ?? '')}
            onDone={stopEditing}
          />
        );
    }
  }

  return (
    <ViewportPortal>
      <section
        className="rows-band"
        aria-label={t('band.region')}
        data-top={band.top}
        data-height={band.height}
        data-rows={band.layout.rows.map((r) => r.kind).join(' ')}
      >
        <BandDrawing band={band} rows={view?.rows ?? []} bright={bright} />
        {highlight}
        {cells}
        {noteControls}
        {field}
      </section>
    </ViewportPortal>
  );
});
