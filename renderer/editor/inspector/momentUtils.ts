import { defaultMoment } from '../../../shared/model/defaults';
import type { Moment } from '../../../shared/model/types';

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Whether someone has written anything into this contact moment, i.e. it differs from a
 * fresh one. Turning such a moment off asks first, even though undo would bring it back.
 */
export function hasAnnotations(moment: Moment): boolean {
  return !deepEqual(moment, defaultMoment());
}
