import type { Messages } from './messages';

/** One language's areas: each area file's export (its top-level keys), by area name. */
export type CatalogueAreas = Readonly<Record<string, Messages>>;

/** The intersection of a union's members (the merged type of every area). */
type Intersect<U> = (U extends unknown ? (area: U) => void : never) extends (area: infer I) => void ? I : never;

/** The catalogue the areas make: every area's top-level keys side by side, typed as their union. */
export type MergedAreas<A> = Intersect<A[keyof A]>;

/**
 * One language's catalogue from its areas (the re-exports in locales/<lang>/index.ts), so
 * adding an area is one line per language. Each area owns its top-level keys; two areas
 * with the same top-level key would hide one another's strings, which
 * test/shared/i18n/areas.test.ts forbids (areaKeyClashes).
 */
export function mergeAreas<A extends CatalogueAreas>(areas: A): MergedAreas<A> {
  const catalogue: Record<string, string | Messages> = {};
  for (const name of Object.keys(areas).sort()) Object.assign(catalogue, areas[name]);
  return catalogue as MergedAreas<A>;
}

/** Top-level keys that more than one area of a language defines, with the areas that do. */
export function areaKeyClashes(areas: CatalogueAreas): { key: string; areas: string[] }[] {
  const owners = new Map<string, string[]>();
  for (const [name, area] of Object.entries(areas)) {
    for (const key of Object.keys(area)) owners.set(key, [...(owners.get(key) ?? []), name]);
  }
  return [...owners].filter(([, names]) => names.length > 1).map(([key, names]) => ({ key, areas: names.sort() }));
}
