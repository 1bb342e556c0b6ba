/**
 * How a project's values live in a Y.Doc, generically (no list of fields, so a field added
 * to the format rides along without a change here):
 * - a plain object is a Y.Map of its fields (each field merges on its own);
 * - a list of records that each carry a unique string `id` is a "collection": a Y.Map with
 *   the marker COLLECTION, holding each record as a Y.Map under `#<id>`, its place kept as a
 *   fractional order key under ORDER (no array index that a remote insert would shift);
 * - anything else (text, numbers, lists of text...) is one atomic JSON value, and so is any
 *   record nested deeper than MAX_DEPTH maps below a collection item or the project (a sense,
 *   a SERVQUAL dimension's scores): fewer Yjs structs keep a 1,000-step map quick to join,
 *   and such small records are edited as one (two people changing the same sense at the
 *   same moment: the later write wins).
 * Top-level collections (stages, steps, comments...) live in root maps of their own
 * (`c:<field>`), so two peers that add the first item of a list at the same time both keep it.
 */
import * as Y from 'yjs';
import { isOrderKey, reorder, spreadKeys } from './orderKey';

export const COLLECTION = '$c';
/** The deepest Y.Map level (0 = a collection item or the project's root map). */
export const MAX_DEPTH = 2;
export const ORDER = '$o';
const ITEM = '#';
/** The top-level value that says "this field is a collection, see its root map". */
export const COLLECTION_FIELD = '$collection';
export const ROOT = 'project';
export const collectionRoot = (doc: Y.Doc, field: string): Y.Map<unknown> => doc.getMap(`c:${field}`);

type Json = unknown;
type Rec = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** A list of records with unique string ids (an empty list counts only where `emptyCounts`). */
export function isCollection(v: unknown, emptyCounts: boolean): v is Rec[] {
  if (!Array.isArray(v)) return false;
  if (v.length === 0) return emptyCounts;
  const seen = new Set<string>();
  for (const item of v) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || seen.has(item.id)) return false;
    seen.add(item.id);
  }
  return true;
}

const isCollectionMap = (v: unknown): v is Y.Map<unknown> => v instanceof Y.Map && v.get(COLLECTION) === true;
/** A list kept as a Y.Array of atomic items (any list that is not a collection). */
const isList = (v: unknown): v is unknown[] => Array.isArray(v) && !isCollection(v, false);
const isObjectMap = (v: unknown): v is Y.Map<unknown> => v instanceof Y.Map && !v.has(COLLECTION);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** A fresh Y value for a JSON value that will sit in a map at `depth` (nested values as described above). */
export function encode(value: Json, depth: number): unknown {
  if (depth > MAX_DEPTH) return value;
  if (isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, encode(v, depth + 1));
    return map;
  }
  if (isCollection(value, false)) {
    const map = new Y.Map<unknown>();
    map.set(COLLECTION, true);
    fillCollection(map, value, depth + 1);
    return map;
  }
  if (isList(value)) {
    const list = new Y.Array<unknown>();
    list.push(value.map(copyJson));
    return list;
  }
  return value;
}

function fillCollection(map: Y.Map<unknown>, items: readonly Rec[], depth: number): void {
  const keys = spreadKeys(items.length);
  items.forEach((item, i) => {
    const entry = itemMap(item, depth);
    entry.set(ORDER, keys[i]);
    map.set(ITEM + item.id, entry);
  });
}

/** A collection item is always a Y.Map (it needs its order key); its fields nest from `depth`. */
function itemMap(item: Rec, depth: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(item)) if (v !== undefined) map.set(k, encode(v, depth + 1));
  return map;
}

/** The JSON value of a Y value; what a peer could have put there that is not ours reads as undefined. */
export function decode(value: unknown): Json {
  if (value instanceof Y.Map) {
    if (value.get(COLLECTION) === true) return decodeCollection(value, ITEM);
    const out: Rec = {};
    for (const [k, v] of value.entries()) {
      if (k.startsWith('$') || k === '__proto__') continue;
      const d = decode(v);
      if (d !== undefined) out[k] = d;
    }
    return out;
  }
  if (value instanceof Y.Array) {
    const out: unknown[] = [];
    for (const item of value.toArray()) {
      if (item instanceof Y.AbstractType || item instanceof Uint8Array || item instanceof Y.Doc || item === undefined)
        continue;
      out.push(typeof item === 'object' && item !== null ? copyJson(item) : item);
    }
    return out;
  }
  if (value instanceof Y.AbstractType || value instanceof Uint8Array || value instanceof Y.Doc) return undefined;
  // Yjs hands out its own copy of an atomic value (frozen when it came from the app): a copy
  // keeps a repair from writing into the doc's content.
  return typeof value === 'object' && value !== null ? copyJson(value) : value;
}

function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isPlainObject(value)) {
    const out: Rec = {};
    for (const [k, v] of Object.entries(value)) if (k !== '__proto__') out[k] = copyJson(v);
    return out;
  }
  return value instanceof Uint8Array ? undefined : value;
}

/**
 * The items of a collection in order: by order key, then (two peers picked the same key, or
 * a key is missing or malformed) by id. Each item's id is the key it is stored under.
 */
export function decodeCollection(map: Y.Map<unknown>, prefix: string): Rec[] {
  const entries: { id: string; key: string; item: Rec }[] = [];
  for (const [k, v] of map.entries()) {
    if (!k.startsWith(prefix) || !(v instanceof Y.Map) || v.has(COLLECTION)) continue;
    const item = decode(v) as Rec;
    const id = k.slice(prefix.length);
    item.id = id;
    const key = v.get(ORDER);
    entries.push({ id, key: isOrderKey(key) ? key : '', item });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((e) => e.item);
}

/**
 * Write into `map[key]` what changed from `base` to `next` (both JSON), touching nothing
 * else, so a peer's concurrent edit of another field survives. When the doc no longer holds
 * what `base` says (a peer deleted it, or changed its shape), a removal stays removed and a
 * change is written whole.
 */
export function writeDiff(map: Y.Map<unknown>, key: string, base: Json, next: Json, depth: number): void {
  if (base === next || deepEqual(base, next)) return;
  const current = map.get(key);
  if (next === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  if (isPlainObject(next) && isPlainObject(base) && isObjectMap(current)) {
    diffObject(current, base, next, depth + 1);
    return;
  }
  if (isCollection(next, false) && isCollection(base, true) && isCollectionMap(current)) {
    diffCollection(current, ITEM, base, next, depth + 2);
    return;
  }
  if (isList(next) && current instanceof Y.Array) {
    // A list the app had not seen yet (a peer made it a moment ago) is added to, not replaced.
    diffList(current, Array.isArray(base) ? base : [], next);
    return;
  }
  if (deepEqual(decode(current), next)) return;
  map.set(key, encode(next, depth + 1));
}

/**
 * What changed in a list, as one splice: the items between the common start and the common
 * end are replaced. Written against the doc's list as the app last read it; when a peer
 * changed it in the same moment (the doc no longer holds `base`), the splice is taken
 * against what the doc holds.
 */
function diffList(list: Y.Array<unknown>, base: readonly unknown[], next: readonly unknown[]): void {
  const held = decode(list) as unknown[];
  const from = deepEqual(held, base) ? base : held;
  let start = 0;
  while (start < from.length && start < next.length && deepEqual(from[start], next[start])) start++;
  let end = 0;
  while (
    end < from.length - start &&
    end < next.length - start &&
    deepEqual(from[from.length - 1 - end], next[next.length - 1 - end])
  )
    end++;
  const removed = from.length - start - end;
  if (removed > 0) list.delete(start, removed);
  const added = next.slice(start, next.length - end);
  if (added.length > 0) list.insert(start, added.map(copyJson));
}

/** The fields of a record held in `map` (a Y.Map at `depth`). */
export function diffObject(map: Y.Map<unknown>, base: Rec, next: Rec, depth: number): void {
  for (const k of new Set([...Object.keys(base), ...Object.keys(next)])) {
    if (k.startsWith('$') || k === '__proto__') continue;
    writeDiff(map, k, base[k], next[k], depth);
  }
}

/** Items removed, added and changed between two lists of records, and their order; items are maps at `depth`. */
export function diffCollection(
  map: Y.Map<unknown>,
  prefix: string,
  base: readonly Rec[],
  next: readonly Rec[],
  depth: number,
): void {
  const baseById = new Map(base.map((item) => [item.id as string, item]));
  const nextIds = new Set(next.map((item) => item.id as string));
  for (const id of baseById.keys()) if (!nextIds.has(id)) map.delete(prefix + id);
  let orderChanged = false;
  for (const item of next) {
    const id = item.id as string;
    const was = baseById.get(id);
    const entry = map.get(prefix + id);
    if (!was) {
      orderChanged = true;
      // An id a peer already added: merge into theirs rather than replace it.
      if (entry instanceof Y.Map && !entry.has(COLLECTION)) diffObject(entry, decode(entry) as Rec, item, depth);
      else map.set(prefix + id, itemMap(item, depth));
    } else if (entry instanceof Y.Map && !entry.has(COLLECTION)) {
      if (was !== item) diffObject(entry, was, item, depth);
    }
    // else: a peer deleted the item meanwhile; the delete wins.
  }
  if (!orderChanged) {
    const kept = base.filter((b) => nextIds.has(b.id as string)).map((b) => b.id);
    const wanted = next.map((n) => n.id);
    orderChanged = kept.length !== wanted.length || kept.some((id, i) => id !== wanted[i]);
  }
  if (!orderChanged) return;
  // The wanted order, relative to the items the doc holds now (a peer's items keep their places).
  const present = decodeCollectionOrder(map, prefix);
  const wanted = next.map((n) => n.id as string).filter((id) => map.get(prefix + id) instanceof Y.Map);
  const merged = mergeOrder(present, wanted);
  const current = merged.map((id) => {
    const key = (map.get(prefix + id) as Y.Map<unknown>).get(ORDER);
    return isOrderKey(key) ? key : null;
  });
  // Equal keys (two peers' inserts) are not in order for the longest-run search: give each its own.
  const keys = reorder(current);
  merged.forEach((id, i) => {
    const entry = map.get(prefix + id) as Y.Map<unknown>;
    if (entry.get(ORDER) !== keys[i]) entry.set(ORDER, keys[i]);
  });
}

/** The ids of a collection in its current order. */
function decodeCollectionOrder(map: Y.Map<unknown>, prefix: string): string[] {
  const entries: { id: string; key: string }[] = [];
  for (const [k, v] of map.entries()) {
    if (!k.startsWith(prefix) || !(v instanceof Y.Map) || v.has(COLLECTION)) continue;
    const key = v.get(ORDER);
    entries.push({ id: k.slice(prefix.length), key: isOrderKey(key) ? key : '' });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
  return entries.map((e) => e.id);
}

/**
 * The order the doc should have: the local wanted order for the items it names, with the
 * items only the doc knows (a peer's) kept right after the item they follow now.
 */
function mergeOrder(present: readonly string[], wanted: readonly string[]): string[] {
  const wantedSet = new Set(wanted);
  const followers = new Map<string | null, string[]>();
  let last: string | null = null;
  for (const id of present) {
    if (wantedSet.has(id)) last = id;
    else followers.set(last, [...(followers.get(last) ?? []), id]);
  }
  const out: string[] = [...(followers.get(null) ?? [])];
  for (const id of wanted) out.push(id, ...(followers.get(id) ?? []));
  return out;
}

/** Write a whole top-level value (seeding, or a field the doc does not hold yet). */
export function writeTop(doc: Y.Doc, root: Y.Map<unknown>, key: string, base: Json, next: Json): void {
  if (isCollection(next, true)) {
    const col = collectionRoot(doc, key);
    if (root.get(key) === COLLECTION_FIELD && isCollection(base, true)) {
      diffCollection(col, ITEM, base, next, 0);
      return;
    }
    if (root.get(key) !== COLLECTION_FIELD) {
      // A field that was something else: start its collection afresh.
      for (const k of [...col.keys()]) col.delete(k);
      root.set(key, COLLECTION_FIELD);
      fillCollection(col, next, 0);
      return;
    }
    // The doc holds a collection the app had not seen (a peer made the field meanwhile): add
    // and update by id, delete nothing the app never saw.
    diffCollection(col, ITEM, [], next, 0);
    return;
  }
  writeDiff(root, key, base, next, 0);
}

/** The project's raw fields as the doc holds them, before any repair. */
export function decodeTop(doc: Y.Doc): Rec {
  const root = doc.getMap<unknown>(ROOT);
  const out: Rec = {};
  for (const [k, v] of root.entries()) {
    if (k.startsWith('$') || k === '__proto__') continue;
    if (v === COLLECTION_FIELD) out[k] = decodeCollection(collectionRoot(doc, k), ITEM);
    else {
      const d = decode(v);
      if (d !== undefined) out[k] = d;
    }
  }
  return out;
}

/** The Y types a local edit can touch (the root and every top-level collection), for the undo manager's scope. */
export function scopeTypes(doc: Y.Doc): Y.Map<unknown>[] {
  const root = doc.getMap<unknown>(ROOT);
  const types: Y.Map<unknown>[] = [root];
  for (const [k, v] of root.entries()) if (v === COLLECTION_FIELD) types.push(collectionRoot(doc, k));
  return types;
}
