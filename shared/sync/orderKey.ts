/**
 * Fractional order keys: an item's place in a list is a string that sorts between its
 * neighbours', so an insert or a move changes one item only and a remote insert never
 * shifts anyone else's place (as an array index would). Keys are base-36 fractions
 * ("0." left out) that never end in "0"; two peers inserting at the same place may pick the
 * same key, and readers then order those items by id.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

const digit = (key: string, i: number): number => (i < key.length ? DIGITS.indexOf(key[i]) : 0);

/** Whether `key` is a well-formed order key (what a peer sends is checked before it is used). */
export function isOrderKey(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= 400 && /^[0-9a-z]*[1-9a-z]$/.test(key);
}

/** A key strictly between `a` and `b` (null = the start or the end of the list); requires a < b. */
export function keyBetween(a: string | null, b: string | null): string {
  const lo = a ?? '';
  if (b !== null && lo >= b) throw new Error(`order keys out of order: ${lo} >= ${b}`);
  return between(lo, b);
}

function between(a: string, b: string | null): string {
  if (b === null) {
    // After a: bump its first digit when there is room, which keeps appended keys short.
    const first = digit(a, 0);
    if (a.length > 0 && first < BASE - 1) return DIGITS[first + 1];
    if (a.length === 0) return DIGITS[BASE >> 1];
    return DIGITS[first] + between(a.slice(1), null);
  }
  // Common prefix (a padded with zeros).
  let n = 0;
  while (n < b.length && DIGITS[digit(a, n)] === b[n]) n++;
  if (n > 0) return b.slice(0, n) + between(a.slice(n), b.slice(n));
  const da = digit(a, 0);
  const db = digit(b, 0);
  if (db - da > 1) return DIGITS[(da + db) >> 1];
  // Adjacent first digits: b's first digit alone is above a and below b when b goes on.
  if (b.length > 1) return b.slice(0, 1);
  return DIGITS[da] + between(a.slice(1), null);
}

/** `count` evenly spread keys of one length, for seeding a list in order. */
export function spreadKeys(count: number): string[] {
  let width = 1;
  while (BASE ** width < (count + 1) * 4) width++;
  const span = BASE ** width;
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    let n = Math.floor(((i + 1) * span) / (count + 1));
    let s = '';
    for (let w = 0; w < width; w++) {
      s = DIGITS[n % BASE] + s;
      n = Math.floor(n / BASE);
    }
    keys.push(s.replace(/0+$/, ''));
  }
  return keys;
}

/**
 * New keys for a list whose wanted order is `current` (each item's key now, or null for a new
 * item): the longest run already in order keeps its keys; every other item gets a key between
 * its neighbours. Returns the key for each position (unchanged ones included).
 */
export function reorder(current: readonly (string | null)[]): string[] {
  const n = current.length;
  // Longest strictly increasing subsequence of the existing keys (patience sorting).
  const tails: number[] = [];
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = current[i];
    if (k === null) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((current[tails[mid]] as string) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  const out: string[] = new Array<string>(n);
  let before: string | null = null;
  for (let i = 0; i < n; i++) {
    if (keep.has(i)) {
      out[i] = current[i] as string;
    } else {
      let after: string | null = null;
      for (let j = i + 1; j < n; j++) {
        if (keep.has(j)) {
          after = current[j] as string;
          break;
        }
      }
      out[i] = keyBetween(before, after);
    }
    before = out[i];
  }
  return out;
}
