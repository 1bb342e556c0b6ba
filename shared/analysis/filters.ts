/**
 * Map filters: which steps stay bright while the rest of the map (and its rows) is
 * dimmed. Several filters narrow together (a step must match every one). Filters are
 * view state, kept per project in the library settings, never in the file.
 */
import { CHANNELS, SENSES } from '../model/schema';
import type { Channel, Project, SenseName, Step } from '../model/types';
import { riskLevel, riskScore } from './risk';

export type MapFilter =
  /** Contact moments whose risk is high or critical. */
  | { kind: 'highRisk' }
  | { kind: 'momentsOfTruth' }
  | { kind: 'channel'; channel: Channel }
  | { kind: 'lane'; laneId: string }
  /** Contact moments that engage the sense. */
  | { kind: 'sense'; sense: SenseName }
  /** Steps with at least one pain point. */
  | { kind: 'painPoints' }
  /** One cell of the risk matrix (from the Insights view). */
  | { kind: 'riskCell'; likelihood: number; impact: number }
  /**
   * The journey as one persona lives it (see personaView): dims nothing, but the lens,
   * rows, problems, insights and exports read that persona's emotion and thoughts.
   */
  | { kind: 'persona'; personaId: string };

export type MapFilterKind = MapFilter['kind'];

/** Whether a step passes one filter. */
export function stepMatches(project: Project, step: Step, filter: MapFilter): boolean {
  const m = step.moment;
  switch (filter.kind) {
    case 'highRisk': {
      const level = m ? riskLevel(riskScore(m.risk)) : null;
      return level === 'high' || level === 'critical';
    }
    case 'momentsOfTruth':
      return m?.momentOfTruth === true;
    case 'channel':
      return m?.channel === filter.channel;
    case 'lane': {
      // Same rule as the grid: a step without a valid lane sits in the first lane.
      const laneIds = project.lanes.map((l) => l.id);
      const lane = step.laneId && laneIds.includes(step.laneId) ? step.laneId : laneIds[0];
      return lane === filter.laneId;
    }
    case 'sense':
      return m?.senses[filter.sense].engaged === true;
    case 'painPoints':
      return (m?.painPoints.length ?? 0) > 0;
    case 'riskCell':
      return m?.risk.likelihood === filter.likelihood && m?.risk.impact === filter.impact;
    case 'persona':
      return true;
  }
}

/** The persona the filters show the journey as (see personaView), or null for the default. */
export function filterPersona(filters: readonly MapFilter[]): string | null {
  const found = filters.find((f) => f.kind === 'persona');
  return found ? found.personaId : null;
}

/**
 * The ids of the steps every filter lets through, or null when no filter is set
 * (nothing is dimmed; a persona filter alone dims nothing).
 *
 * @example matchingStepIds(project, [{ kind: 'momentsOfTruth' }]) // Set { 'sm-pay', ... }
 */
export function matchingStepIds(project: Project, allFilters: readonly MapFilter[]): Set<string> | null {
  // A persona filter changes what the steps say, not which are shown.
  const filters = allFilters.filter((f) => f.kind !== 'persona');
  if (filters.length === 0) return null;
  const out = new Set<string>();
  for (const step of project.steps) if (filters.every((f) => stepMatches(project, step, f))) out.add(step.id);
  return out;
}

/** Two filters are the same filter (same kind and the same parameter). */
export function sameFilter(a: MapFilter, b: MapFilter): boolean {
  return filterKey(a) === filterKey(b);
}

/** One string per filter (kind and parameter, in a fixed order): a React key, a lookup key. */
export function filterKey(filter: MapFilter): string {
  switch (filter.kind) {
    case 'channel':
      return `channel:${filter.channel}`;
    case 'lane':
      return `lane:${filter.laneId}`;
    case 'sense':
      return `sense:${filter.sense}`;
    case 'riskCell':
      return `riskCell:${filter.likelihood}x${filter.impact}`;
    case 'persona':
      return `persona:${filter.personaId}`;
    default:
      return filter.kind;
  }
}

/** The most filters kept for a project (in the filter list and in the settings). */
export const MAX_FILTERS = 20;

/**
 * Kinds a step can pass only one of at a time (a step has one channel, sits in one lane,
 * in one risk-matrix cell): a new filter of such a kind replaces the one set.
 */
const ONE_AT_A_TIME: ReadonlySet<MapFilterKind> = new Set(['channel', 'lane', 'riskCell', 'persona']);

/**
 * The filter list with one more filter: a filter already set is not added twice, a filter
 * of a one-at-a-time kind (channel, lane, risk cell, persona) replaces the one of its kind, and the
 * list stays within MAX_FILTERS (the oldest go first).
 */
export function withFilter(filters: readonly MapFilter[], filter: MapFilter): MapFilter[] {
  if (filters.some((f) => sameFilter(f, filter))) return [...filters];
  const kept = ONE_AT_A_TIME.has(filter.kind) ? filters.filter((f) => f.kind !== filter.kind) : filters;
  return [...kept, filter].slice(-MAX_FILTERS);
}

/**
 * A saved filter list read back: each entry checked with parseFilter (unknown ones are
 * dropped), repeats dropped, at most MAX_FILTERS kept. Anything but an array is no filters.
 */
export function parseFilters(value: unknown): MapFilter[] {
  if (!Array.isArray(value)) return [];
  const out: MapFilter[] = [];
  for (const item of value) {
    const filter = parseFilter(item);
    if (filter && !out.some((f) => sameFilter(f, filter))) out.push(filter);
    if (out.length === MAX_FILTERS) break;
  }
  return out;
}

/** The filters that still make sense for a project: a lane or persona filter whose lane or persona is gone is dropped. */
export function filtersFor(project: Project, filters: readonly MapFilter[]): MapFilter[] {
  return filters.filter((f) => {
    if (f.kind === 'lane') return project.lanes.some((l) => l.id === f.laneId);
    if (f.kind === 'persona') return project.personas.some((p) => p.id === f.personaId);
    return true;
  });
}

/**
 * A filter read back from the settings, checked (null when it is not one this build knows).
 * Only the object's own fields count (nothing inherited from a prototype), and the result is
 * a fresh object with only the filter's own fields.
 */
export function parseFilter(value: unknown): MapFilter | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const own = (key: string): unknown =>
    Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  const v = {
    kind: own('kind'),
    channel: own('channel'),
    laneId: own('laneId'),
    personaId: own('personaId'),
    sense: own('sense'),
    likelihood: own('likelihood'),
    impact: own('impact'),
  };
  const int15 = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
  switch (v.kind) {
    case 'highRisk':
    case 'momentsOfTruth':
    case 'painPoints':
      return { kind: v.kind };
    case 'channel':
      return (CHANNELS as readonly unknown[]).includes(v.channel)
        ? { kind: 'channel', channel: v.channel as Channel }
        : null;
    case 'lane':
      return typeof v.laneId === 'string' && v.laneId.length > 0 && v.laneId.length <= 100
        ? { kind: 'lane', laneId: v.laneId }
        : null;
    case 'sense':
      return (SENSES as readonly unknown[]).includes(v.sense) ? { kind: 'sense', sense: v.sense as SenseName } : null;
    case 'persona':
      return typeof v.personaId === 'string' && v.personaId.length > 0 && v.personaId.length <= 100
        ? { kind: 'persona', personaId: v.personaId }
        : null;
    case 'riskCell':
      return int15(v.likelihood) && int15(v.impact)
        ? { kind: 'riskCell', likelihood: v.likelihood as number, impact: v.impact as number }
        : null;
    default:
      return null;
  }
}
