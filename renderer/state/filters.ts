/**
 * The map filters of the open project (see shared/analysis/filters.ts): the chips above
 * the map, the Insights view's risk-matrix cells and the filter menu all change this one
 * list; the canvas, the far-out layer and the journey-map rows read the dimmed steps
 * from it. View state: kept per project in the library settings (renderer/state/viewState.ts),
 * never in the file.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import {
  filterPersona,
  matchingStepIds,
  MAX_FILTERS,
  sameFilter,
  withFilter,
  type MapFilter,
} from '../../shared/analysis/filters';
import { personaView } from '../../shared/analysis/personas';
import type { Project } from '../../shared/model';
import { useDocument } from './documentStore';

interface FilterStore {
  filters: MapFilter[];
  /**
   * Add a filter: a filter already set is not added twice; a channel, lane or risk-cell
   * filter replaces the one of its kind (a step passes only one of them at a time).
   */
  add(filter: MapFilter): void;
  remove(filter: MapFilter): void;
  /** Replace the whole list (restoring a project's saved filters, or the risk matrix choosing one cell). */
  set(filters: MapFilter[]): void;
  clear(): void;
  /** Whether the toolbar's filter menu is open (the registry's "Filter…" action opens it). */
  menuOpen: boolean;
  setMenuOpen(open: boolean): void;
}

export const useFilters = create<FilterStore>()((set) => ({
  filters: [],
  add: (filter) =>
    set((s) => (s.filters.some((f) => sameFilter(f, filter)) ? s : { filters: withFilter(s.filters, filter) })),
  remove: (filter) => set((s) => ({ filters: s.filters.filter((f) => !sameFilter(f, filter)) })),
  set: (filters) => set({ filters: filters.slice(0, MAX_FILTERS) }),
  clear: () => set((s) => (s.filters.length ? { filters: [] } : s)),
  menuOpen: false,
  setMenuOpen: (menuOpen) => set({ menuOpen }),
}));

/** The ids of the steps the filters let through, or null when no filter is set (nothing dimmed). */
export function useMatchingSteps(): Set<string> | null {
  const filters = useFilters((s) => s.filters);
  const project = useDocument((s) => s.project);
  return useMemo(() => (project ? matchingStepIds(project, filters) : null), [project, filters]);
}

/** The persona the map is shown as (the persona filter), or null for the default. */
export function usePersonaId(): string | null {
  return useFilters((s) => filterPersona(s.filters));
}

/**
 * The open project as the chosen persona lives it (see personaView): what the map, its
 * rows, the problems, insights and exports read. Edits still go to the document.
 */
export function useViewedProject(): Project | null {
  const project = useDocument((s) => s.project);
  const personaId = usePersonaId();
  return useMemo(() => (project ? personaView(project, personaId) : null), [project, personaId]);
}

/** The same, read once (for an export started from a menu). */
export function viewedProject(project: Project): Project {
  return personaView(project, filterPersona(useFilters.getState().filters));
}
