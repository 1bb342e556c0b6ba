/**
 * The rows band of the open project, drawn once per project version and language:
 * the geometry (shared/layout/rows.ts) and its display-list items (shared/formats/drawing/rows.ts),
 * shared by the band in the viewport and the sticky row headers. It depends on the document only,
 * never on React Flow's per-frame node state, so dragging a step costs the band nothing until the drop.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { drawRows, type RowsDrawing } from '../../../shared/formats/drawing/rows';
import { drawingLabels } from '../../../shared/i18n/labels';
import type { DrawingLabels } from '../../../shared/formats/drawing/theme';
import { stepRects } from '../../../shared/layout/grid';
import { shownRows, type Project } from '../../../shared/model';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { usePersonaId } from '../../state/filters';
import { measureText } from '../../export/measureText';
import { gridOf } from '../flowModel';

/** Room under each step's notes for its "+" button, in flow units. */
export const ADD_SLOT = 22;

const cache = new WeakMap<Project, { labels: DrawingLabels; persona: string | null; band: RowsDrawing }>();

/** The band of a project (the document itself), drawn as the chosen persona lives it (null: the default). */
export function bandOf(project: Project, labels: DrawingLabels, persona: string | null = null): RowsDrawing {
  const hit = cache.get(project);
  if (hit && hit.labels === labels && hit.persona === persona) return hit.band;
  const grid = gridOf(project);
  const band = drawRows(project, grid, stepRects(project, grid), shownRows(project), {
    labels,
    measure: measureText,
    addSlot: ADD_SLOT,
    persona,
  });
  cache.set(project, { labels, persona, band });
  return band;
}

/** The drawing's words in the UI language (row names, channels, "+N more"...). */
export function useBandLabels(): DrawingLabels {
  const { t } = useTranslation();
  const lng = useLanguage();
  return useMemo(() => drawingLabels(t, lng), [t, lng]);
}

/**
 * The band of the open project, or null without one. Deferred: the map is drawn first and
 * the band right after it (a long map opens as fast as before, its band follows).
 */
export function useBand(): RowsDrawing | null {
  const project = useDeferredValue(useDocument((s) => s.project));
  const labels = useBandLabels();
  const persona = usePersonaId();
  return useMemo(() => (project ? bandOf(project, labels, persona) : null), [project, labels, persona]);
}
