/**
 * View state: how the user last looked at each project (viewport, overlay
 * lens and its sense, map filters). It is UI state, not document state: it lives
 * in the library settings (`settings.views`, by project id), never in the project
 * file, so panning or filtering never saves the file or rotates its backups. It is
 * held in memory while the editor is open and written when the window loses focus
 * or is hidden, before it closes, and when the project is closed; a change of the
 * filters (a deliberate, rare act) is written at once.
 */
import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import type { ProjectView } from '../../shared/ipc';
import { filtersFor } from '../../shared/analysis/filters';
import { api } from '../api';
import { useDocument } from './documentStore';
import { useFilters } from './filters';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface ViewStateStore {
  /** Saved views by project id; null until read from the settings. */
  views: Record<string, ProjectView> | null;
}

export const useViewState = create<ViewStateStore>()(() => ({ views: null }));

/** The project being viewed, its current viewport, and whether that differs from what was written. */
let current: { projectId: string; viewport: Viewport; dirty: boolean } | null = null;
let loading: Promise<void> | null = null;

/** Read the saved views once (later calls reuse them); a failed read starts with none. */
export function loadViews(): Promise<void> {
  if (useViewState.getState().views) return Promise.resolve();
  loading ??= (async () => {
    try {
      const result = await api().getSettings();
      useViewState.setState({ views: result.ok ? { ...result.value.views } : {} });
    } catch {
      useViewState.setState({ views: {} });
    } finally {
      loading = null;
    }
  })();
  return loading;
}

/**
 * Start viewing a project: puts its saved overlay back and returns its saved
 * viewport, or `fallback()` for a project never viewed. Call after loadViews.
 */
export function beginView(projectId: string, fallback: () => Viewport): Viewport {
  if (current && current.projectId !== projectId) void writeView();
  // Not watching while the saved overlay is put back: that is no change to write.
  current = null;
  const saved = useViewState.getState().views?.[projectId] ?? null;
  useDocument.setState({ lens: saved?.lens ?? 'none', lensSense: saved?.sense ?? 'sight' });
  // The saved filters, less any lane filter whose lane is gone (null: not this project yet).
  const project = useDocument.getState().project;
  useFilters.getState().set(project?.id === projectId ? filtersFor(project, saved?.filters ?? []) : []);
  const viewport = saved ? { x: saved.x, y: saved.y, zoom: saved.zoom } : fallback();
  current = { projectId, viewport, dirty: false };
  return viewport;
}

/**
 * The viewport to open a project at, once the saved views are read (null
 * until then). Watches the view (startViewState) while mounted.
 */
export function useProjectViewport(projectId: string | undefined, fallback: () => Viewport): Viewport | null {
  const [opened, setOpened] = useState<{ projectId: string; viewport: Viewport } | null>(null);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => startViewState(), []);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    void loadViews().then(() => {
      if (live) setOpened({ projectId, viewport: beginView(projectId, () => fallbackRef.current()) });
    });
    return () => {
      live = false;
    };
  }, [projectId]);
  return opened && opened.projectId === projectId ? opened.viewport : null;
}

/** The viewport moved (kept in memory; written on blur or close). */
export function noteViewport(viewport: Viewport): void {
  if (!current) return;
  const old = current.viewport;
  if (old.x === viewport.x && old.y === viewport.y && old.zoom === viewport.zoom) return;
  current.viewport = { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
  current.dirty = true;
}

/** Write the current project's view to the settings, if it changed. */
export async function writeView(): Promise<void> {
  const viewing = current;
  if (!viewing?.dirty) return;
  const { lens, lensSense } = useDocument.getState();
  const { filters } = useFilters.getState();
  const view: ProjectView = { ...viewing.viewport, lens, sense: lensSense, filters, at: Date.now() };
  viewing.dirty = false;
  useViewState.setState((s) => ({ views: { ...s.views, [viewing.projectId]: view } }));
  try {
    const result = await api().setSettings({ settings: { views: { [viewing.projectId]: view } } });
    if (!result.ok) viewing.dirty = true;
  } catch {
    viewing.dirty = true;
  }
}

/**
 * Watch the view while a project is open: lens changes mark it changed, filter
 * changes write it at once; blur, hiding and closing the window write it. An edit
 * that removes a lane or a persona drops a filter on it. The returned stop function
 * writes it too (the project is being closed) and clears the filters.
 */
export function startViewState(): () => void {
  const unsubscribe = useDocument.subscribe((state, prev) => {
    if (current && (state.lens !== prev.lens || state.lensSense !== prev.lensSense)) current.dirty = true;
    if (
      state.project &&
      (state.project.lanes !== prev.project?.lanes || state.project.personas !== prev.project?.personas)
    ) {
      const { filters, set } = useFilters.getState();
      const kept = filtersFor(state.project, filters);
      if (kept.length !== filters.length) set(kept);
    }
  });
  const unsubscribeFilters = useFilters.subscribe((state, prev) => {
    if (!current || state.filters === prev.filters) return;
    current.dirty = true;
    void writeView();
  });
  const write = () => void writeView();
  const onHide = () => {
    if (document.visibilityState === 'hidden') write();
  };
  window.addEventListener('blur', write);
  window.addEventListener('beforeunload', write);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    unsubscribeFilters();
    window.removeEventListener('blur', write);
    window.removeEventListener('beforeunload', write);
    document.removeEventListener('visibilitychange', onHide);
    write();
    current = null;
    useFilters.getState().clear();
  };
}
