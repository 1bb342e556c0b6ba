/**
 * The chosen persona is the persona filter (shared/analysis/filters.ts): choosing one in the
 * panel or the inspector shows the whole journey as that persona lives it.
 */
import { useFilters } from '../../state/filters';

/** Show the journey as a persona (an id), or as the default (null). */
export function choosePersona(personaId: string | null): void {
  const { filters, add, set } = useFilters.getState();
  if (personaId) add({ kind: 'persona', personaId });
  else set(filters.filter((f) => f.kind !== 'persona'));
}
