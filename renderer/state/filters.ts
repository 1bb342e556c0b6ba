/**
 * The map filters of the open project (see shared/analysis/filters.ts): the chips above
 * the map, the Insights view's risk-matrix cells and the filter menu all change this one
 * list; the canvas, the far-out layer and the journey-map rows read the dimmed steps
 * from it. View state: kept per project in the library settings, never in the file.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { matchingStepIds, sameFilter, type MapFilter } from '../../shared/analysis/filters';
import { useDocument } from './documentStore';

interface FilterStore {
  filters: MapFilter[];
  /** Add a filter (a filter already set is not added twice). */
  add(filter: MapFilter): void;
  remove(filter: MapFilter): void;
  /** Replace the whole list (restoring a project's saved filters, or the risk matrix choosing one cell). */
  set(filters: MapFilter[]): void;
  clear(): void;
}

export const useFilters = create<FilterStore>()((set) => ({
  filters: [],
  add: (filter) => set((s) => (s.filters.some((f) => sameFilter(f, filter)) ? s : { filters: [...s.filters, filter] })),
  remove: (filter) => set((s) => ({ filters: s.filters.filter((f) => !sameFilter(f, filter)) })),
  set: (filters) => set({ filters }),
  clear: () => set({ filters: [] }),
}));

/** The ids of the steps the filters let through, or null when no filter is set (nothing dimmed). */
export function useMatchingSteps(): Set<string> | null {
  const filters = useFilters((s) => s.filters);
  const project = useDocument((s) => s.project);
  return useMemo(() => (project ? matchingStepIds(project, filters) : null), [project, filters]);
}
