/**
 * The rows band of the open project, laid out once per project version and language:
 * the geometry (shared/layout/rows.ts) and the rows' own items (backgrounds, headers, rules and
 * the emotion curve; shared/formats/drawing/rows.ts), shared by the band in the viewport and the
 * sticky row headers. The steps' cells are not drawn here: the band draws only the cells in view,
 * each with `cellOf`, kept per step object (immer keeps an unchanged step the same object, so after
 * an edit only the edited step's cells are drawn again). It depends on the document only, never on
 * React Flow's per-frame node state, so dragging a step costs the band nothing until the drop.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupItem } from '../../../shared/formats/drawing/displayList';
import { drawRowCell, drawRows, type RowsDrawing } from '../../../shared/formats/drawing/rows';
import { drawingLabels } from '../../../shared/i18n/labels';
import type { DrawingLabels } from '../../../shared/formats/drawing/theme';
import { stepRects } from '../../../shared/layout/grid';
import type { RowSection } from '../../../shared/layout/rows';
import { shownRows, type Project, type RowKind, type Step } from '../../../shared/model';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { usePersonaId } from '../../state/filters';
import { measureText } from '../../export/measureText';
import { gridOf } from '../flowModel';

/** Room under each step's notes for its "+" button, in flow units. */
export const ADD_SLOT = 22;

const cache = new WeakMap<Project, { labels: DrawingLabels; persona: string | null; band: RowsDrawing }>();

/**
 * The band's layout and the rows' own items, without the steps' cells (see cellOf), drawn as the
 * chosen persona lives it (null: the default).
 */
export function bandOf(project: Project, labels: DrawingLabels, persona: string | null = null): RowsDrawing {
  const hit = cache.get(project);
  if (hit && hit.labels === labels && hit.persona === persona) return hit.band;
  const grid = gridOf(project);
  const band = drawRows(project, grid, stepRects(project, grid), shownRows(project), {
    labels,
    measure: measureText,
    addSlot: ADD_SLOT,
    cells: false,
    persona,
  });
  cache.set(project, { labels, persona, band });
  return band;
}

/**
 * Drawn cells, per language, per step object, per row and place. The SERVQUAL weights and scale are
 * the things outside the step a cell shows (the gap row), and the persona whose thoughts it shows,
 * so they are part of the key too.
 */
const cells = new WeakMap<DrawingLabels, WeakMap<Step, Map<string, GroupItem>>>();
const weightIds = new WeakMap<object, number>();
let nextWeightId = 1;

/** One step's drawn part of a row's cell (as drawRows would draw it), drawn once per step version and place. */
export function cellOf(
  project: Project,
  kind: RowKind,
  step: Step,
  section: RowSection,
  labels: DrawingLabels,
  persona: string | null = null,
): GroupItem {
  let byStep = cells.get(labels);
  if (!byStep) cells.set(labels, (byStep = new WeakMap()));
  let mine = byStep.get(step);
  if (!mine) byStep.set(step, (mine = new Map()));
  let weights = 0;
  const w: object | undefined = project.servqualWeights;
  if (kind === 'servqualGap' && w) {
    weights = weightIds.get(w) ?? nextWeightId++;
    weightIds.set(w, weights);
  }
  // The section's place and size, and the notes' (wrapped lines are kept per step object, see layoutRows).
  const notes = section.notes.map((n) => `${n.y},${n.height}`).join(';');
  const key = `${kind}|${section.x},${section.y},${section.width},${section.contentY}|${section.titleLines.join('')}|${section.more}|${notes}|${weights}|${project.servqualScale}|${persona ?? ''}`;
  const hit = mine.get(key);
  if (hit) return hit;
  const drawn = drawRowCell(project, kind, step, section, { labels, measure: measureText, persona });
  // Only the latest few places are worth keeping: a step's cells move when a row above grows.
  if (mine.size > 24) mine.clear();
  mine.set(key, drawn);
  return drawn;
}

/** The drawing's words in the UI language (row names, channels, "+N more"...). */
export function useBandLabels(): DrawingLabels {
  const { t } = useTranslation();
  const lng = useLanguage();
  return useMemo(() => drawingLabels(t, lng), [t, lng]);
}

/**
 * The band of the open project, or null without one. Deferred: after an edit the band follows the
 * map (useDeferredValue); a project just opened gets its band only after the map's first frames are
 * painted, so the map is on screen and answers before the band is laid out.
 */
export function useBand(): RowsDrawing | null {
  return useBandOf().band;
}

/** The band and the project version it was laid out for (the cells are drawn from that version's steps). */
export function useBandOf(): { project: Project | null; band: RowsDrawing | null; persona: string | null } {
  const deferred = useDeferredValue(
    useDocument((s) => s.project),
    null,
  );
  const [opened, setOpened] = useState<string | null>(null);
  const id = deferred?.id ?? null;
  useEffect(() => {
    if (id === null || id === opened) return;
    // Two frames: the one that paints the map and the next, then the band.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setOpened(id), 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [id, opened]);
  const project = deferred && deferred.id === opened ? deferred : null;
  const labels = useBandLabels();
  const persona = usePersonaId();
  return useMemo(
    () => ({ project, band: project ? bandOf(project, labels, persona) : null, persona }),
    [project, labels, persona],
  );
}
