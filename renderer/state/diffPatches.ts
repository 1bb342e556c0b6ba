/**
 * The difference between two versions of a document as immer patches: applied in order to
 * `from`, they give `to`. While co-editing, the store takes every merged project whole from the
 * shared document (documentStore `applyShared`); the recovery journal records this difference
 * instead of the whole project, so a peer renaming one step costs a few hundred bytes, not a
 * copy of the map.
 *
 * Records are compared field by field. A list of records with ids is matched by id: the
 * unchanged run at its start and at its end is compared item by item, and what lies between is
 * removed and added (an insert or a delete is one or two patches; a reorder replaces only the
 * run between). Any other list of the same length is compared item by item, else replaced
 * whole. The patches address list items by index, which is right here: the journal replays
 * them in order on exactly the document they were taken from.
 */
import type { Patch } from 'immer';

type Path = (string | number)[];
type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (r: Rec, key: string) => r[key] !== undefined && Object.hasOwn(r, key);
/** Keys immer refuses in a patch's path: a record holding one is replaced whole. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const idOf = (v: unknown) => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);

/** Patches that turn `from` into `to` (none when they are equal as JSON). */
export function diffPatches(from: unknown, to: unknown): Patch[] {
  const out: Patch[] = [];
  walk(from, to, [], out);
  return out;
}

/** `path` is one array pushed and popped on the way down (a 1,000-step map has tens of thousands of fields); patches get copies. */
function walk(a: unknown, b: unknown, path: Path, out: Patch[]): void {
  if (a === b) return;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push({ op: 'replace', path: [...path], value: b });
    return;
  }
  const listA = Array.isArray(a);
  if (listA && Array.isArray(b)) return walkList(a as unknown[], b, path, out);
  if (listA || Array.isArray(b) || reserved(a as Rec) || reserved(b as Rec)) {
    out.push({ op: 'replace', path: [...path], value: b });
    return;
  }
  const ra = a as Rec;
  const rb = b as Rec;
  for (const key of Object.keys(ra)) {
    const va = ra[key];
    if (va === undefined) continue;
    path.push(key);
    if (!has(rb, key)) out.push({ op: 'remove', path: [...path] });
    else walk(va, rb[key], path, out);
    path.pop();
  }
  for (const key of Object.keys(rb))
    if (rb[key] !== undefined && !has(ra, key)) out.push({ op: 'add', path: [...path, key], value: rb[key] });
}

function reserved(r: Rec): boolean {
  for (const key of RESERVED) if (Object.hasOwn(r, key)) return true;
  return false;
}

function walkList(a: unknown[], b: unknown[], path: Path, out: Patch[]): void {
  const keyed = a.some((v) => idOf(v) !== undefined) || b.some((v) => idOf(v) !== undefined);
  if (!keyed) {
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) {
        path.push(i);
        walk(a[i], b[i], path, out);
        path.pop();
      }
    } else if (!equalJson(a, b)) out.push({ op: 'replace', path: [...path], value: b });
    return;
  }
  const same = (x: unknown, y: unknown) => {
    const id = idOf(x);
    return id !== undefined ? id === idOf(y) : idOf(y) === undefined && equalJson(x, y);
  };
  let start = 0;
  while (start < a.length && start < b.length && same(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  for (let i = 0; i < start; i++) {
    path.push(i);
    walk(a[i], b[i], path, out);
    path.pop();
  }
  // From the end, so the indices still to remove stay where they were.
  for (let i = endA - 1; i >= start; i--) out.push({ op: 'remove', path: [...path, i] });
  for (let i = start; i < endB; i++) out.push({ op: 'add', path: [...path, i], value: b[i] });
  // The unchanged end run, at its places in the new list.
  for (let j = 0; j < a.length - endA; j++) {
    path.push(endB + j);
    walk(a[endA + j], b[endB + j], path, out);
    path.pop();
  }
}

/** Whether two values are equal as JSON (a field set to undefined counts as missing). */
function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => equalJson(v, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => has(a, k));
    const kb = Object.keys(b).filter((k) => has(b, k));
    return ka.length === kb.length && ka.every((k) => has(b, k) && equalJson(a[k], b[k]));
  }
  return false;
}
