/**
 * The journey-map rows on the canvas: the band under the steps, drawn inside React
 * Flow's viewport (so it pans and zooms with the map) from the same geometry and the
 * same drawing as the exports. Over the drawing lie the controls: a click target per
 * cell (selects its step), a "+" per step in the note rows, and a button over each
 * note to edit it (Delete removes it). Typing a note: Enter saves it (one undo entry),
 * Escape cancels, leaving the field saves what was typed.
 *
 * Pain points and opportunities belong to contact moments: "+" on a step that is not
 * one first offers to make it one (setContactMoment, then addNote: two undo entries,
 * as the two are separate edits the user may want to undo separately).
 *
 * The band depends on the document only (see useBand), never on React Flow's node
 * state, so dragging a step costs it nothing until the drop. Only the columns in view
 * (in blocks, see visibleColumns) are put in the page, so a long map stays light. Far out on a large map
 * only the drawing stays (as the far-out layer replaces the steps' elements there).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, ViewportPortal } from '@xyflow/react';
import { Plus } from 'lucide-react';
import type { RowsDrawing } from '../../../shared/formats/drawing/rows';
import { DEFAULT_THEME } from '../../../shared/formats/drawing/theme';
import type { RowSection } from '../../../shared/layout/rows';
import { NOTE_ROWS, notesOf, type NoteRow, type RowKind, type Step } from '../../../shared/model';
import type { DrawItem } from '../../../shared/formats/drawing/displayList';
import { useDocument } from '../../state/documentStore';
import { useMatchingSteps } from '../../state/filters';
import { drawItems } from './DrawItems';
import { useBand, useBandLabels } from './useBand';
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

/** Columns are drawn in blocks of this many, so panning re-renders the band only when a block comes into view. */
const BLOCK = 16;

/**
 * The columns to draw: those in view (with a block to spare on each side), as "first:last"
 * column indexes, rounded out to whole blocks. A string, so the band re-renders only when
 * it changes, never on a drag (the viewport does not move) and seldom on a pan.
 */
function visibleColumns(band: RowsDrawing | null) {
  return (s: { transform: [number, number, number]; width: number }): string => {
    const columns = band?.layout.columns ?? [];
    if (!columns.length) return '0:-1';
    const [tx, , zoom] = s.transform;
    const left = -tx / zoom;
    const right = (s.width - tx) / zoom;
    let first = columns.findIndex((c) => c.x + c.width >= left);
    if (first < 0) first = columns.length - 1;
    let last = first;
    while (last + 1 < columns.length && columns[last + 1].x <= right) last++;
    const from = Math.max(0, (Math.floor(first / BLOCK) - 1) * BLOCK);
    const to = Math.min(columns.length - 1, (Math.floor(last / BLOCK) + 2) * BLOCK - 1);
    return `${from}:${to}`;
  };
}

/**
 * The band's items cut down to the drawn columns: each row keeps its background and header.
 * Without `detail` (far out on a large map, where no text is readable) the cells are left out
 * and only the rows and the emotion curve remain.
 */
function windowed(
  band: RowsDrawing,
  shown: ReadonlySet<string>,
  left: number,
  right: number,
  detail: boolean,
): DrawItem[] {
  const keep = (item: DrawItem): boolean => {
    if (item.type === 'group') return item.id === undefined || (detail && shown.has(item.id));
    if (!detail && item.type === 'path' && item.dash === undefined && !item.lineCap) return false;
    // The rules between cells: "M<x>,...".
    if (item.type === 'path' && item.dash === undefined && !item.lineCap) {
      const x = Number(/^M(-?[\d.]+)/.exec(item.d)?.[1]);
      return !Number.isFinite(x) || (x >= left && x <= right);
    }
    return true;
  };
  return band.items.map((rows) =>
    rows.type !== 'group'
      ? rows
      : {
          ...rows,
          items: rows.items.map((row) => (row.type === 'group' ? { ...row, items: row.items.filter(keep) } : row)),
        },
  );
}

function selectStep(stepId: string) {
  useDocument.getState().select({ stepIds: [stepId], flowIds: [] });
}

/** The drawn band: SVG from the display list, memoised on the band and the filters. */
const BandDrawing = memo(function BandDrawing({
  band,
  items,
  bright,
}: {
  band: RowsDrawing;
  items: DrawItem[];
  bright: ReadonlySet<string> | null;
}) {
  const { left, right, top, height } = band;
  const drawn = useMemo(() => drawItems(items, DEFAULT_THEME.fontFamily, bright), [items, bright]);
  return (
    <svg
      className="rows-drawing"
      aria-hidden="true"
      width={right - left}
      height={height}
      viewBox={`${left} ${top} ${right - left} ${height}`}
      style={{ left, top }}
    >
      {drawn}
    </svg>
  );
});

/** The inline field where a note is typed. */
function NoteInput({
  editing,
  rect,
  stepTitle,
  initial,
  onDone,
}: {
  editing: Extract<Editing, { phase: 'text' }>;
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
      const { dispatch } = useDocument.getState();
      const trimmed = value.trim();
      const { stepId, row, index } = editing;
      if (index === null) {
        if (trimmed) dispatch({ type: 'addNote', stepId, row, text: trimmed });
      } else if (!trimmed) dispatch({ type: 'removeNote', stepId, row, index });
      else if (trimmed !== initial) dispatch({ type: 'updateNote', stepId, row, index, text: trimmed });
      onDone();
    },
    [editing, initial, onDone],
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
  row,
  section,
  title,
  onEdit,
}: {
  step: Step | undefined;
  row: NoteRow;
  section: RowSection;
  title: string;
  onEdit: (e: Editing) => void;
}) {
  const { t } = useTranslation();
  if (!step) return null;
  const notes = notesOf(step, row);
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
      {section.notes.map((note) => (
        <button
          key={note.index}
          type="button"
          className="rows-note nopan"
          aria-label={t('band.editNote', { text: notes[note.index] ?? '' })}
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
              useDocument.getState().dispatch({ type: 'removeNote', stepId: step.id, row, index: note.index });
            }
          }}
        />
      ))}
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
  const band = useBand();
  const labels = useBandLabels();
  const bright = useMatchingSteps();
  const selected = useDocument((s) => s.selection.stepIds);
  const controls = useStore(nearEnough) || (project?.steps.length ?? 0) < LARGE_MAP_STEPS;
  const [editing, setEditing] = useState<Editing | null>(null);
  const stopEditing = useCallback(() => setEditing(null), []);
  const titles = useMemo(() => new Map(project?.steps.map((s) => [s.id, s.title]) ?? []), [project]);
  const stepsById = useMemo(() => new Map(project?.steps.map((s) => [s.id, s]) ?? []), [project]);
  const span = useStore(useMemo(() => visibleColumns(band), [band]));
  const view = useMemo(() => {
    if (!band) return null;
    const [from, to] = span.split(':').map(Number);
    const columns = band.layout.columns.slice(from, to + 1);
    const ids = new Set(columns.flatMap((c) => c.stepIds));
    const left = columns.length ? columns[0].x : 0;
    const right = columns.length ? columns[columns.length - 1].x + columns[columns.length - 1].width : 0;
    return { ids, items: windowed(band, ids, left, right, controls) };
  }, [band, span, controls]);

  // A step removed (or undone away) while its note was being typed: drop the field.
  useEffect(() => {
    if (editing && !titles.has(editing.stepId)) setEditing(null);
  }, [editing, titles]);

  const cells = useMemo(() => {
    if (!band || !controls) return null;
    return band.layout.rows.map((row) =>
      row.cells
        .filter((cell) => view?.ids.has(cell.stepIds[0]))
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

  const noteControls = useMemo(() => {
    if (!band || !controls || !project) return null;
    return band.layout.rows.flatMap((row) => {
      const kind = row.kind;
      if (!isNoteRow(kind)) return [];
      return row.cells.flatMap((cell) =>
        cell.sections
          .filter((section) => view?.ids.has(section.stepId))
          .map((section) => (
            <NoteControls
              key={`${kind}:${section.stepId}`}
              step={stepsById.get(section.stepId)}
              row={kind}
              section={section}
              title={titles.get(section.stepId) || t('inspector.untitledStep')}
              onEdit={setEditing}
            />
          )),
      );
    });
  }, [band, controls, project, stepsById, titles, t, view]);

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
            rect={rect}
            stepTitle={step.title || t('inspector.untitledStep')}
            initial={editing.index === null ? '' : (notesOf(step, editing.row)[editing.index] ?? '')}
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
        <BandDrawing band={band} items={view?.items ?? []} bright={bright} />
        {highlight}
        {cells}
        {noteControls}
        {field}
      </section>
    </ViewportPortal>
  );
});
