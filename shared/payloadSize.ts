/**
 * How much a payload weighs, measured before anything expensive (schema, model
 * parse) looks at it. The walk stops as soon as the limit is passed, so a payload
 * of any size costs at most about `limit` steps to refuse.
 */

/** A container being walked: its members (array items or object keys) and the next one to visit. */
interface Frame {
  container: object;
  keys: readonly string[] | null;
  next: number;
}

/**
 * Whether `value` is larger than `limit` bytes, counted about as its JSON would be:
 * strings by length, numbers and other scalars as 8, byte arrays by their length, plus
 * keys and punctuation for arrays and plain objects. Other objects count 8 and are not
 * entered. A cycle (structured clone allows them) is walked until the limit is passed.
 *
 * @example
 * exceedsBytes({ name: 'Checkout' }, 1024) // false
 * exceedsBytes('x'.repeat(2048), 1024) // true
 */
export function exceedsBytes(value: unknown, limit: number): boolean {
  let total = 0;
  const stack: Frame[] = [];
  let item: unknown = value;
  for (;;) {
    total += 8;
    if (typeof item === 'string') total += item.length;
    else if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer) total += item.byteLength;
    else if (Array.isArray(item)) stack.push({ container: item, keys: null, next: 0 });
    else if (isPlainObject(item)) stack.push({ container: item, keys: Object.keys(item), next: 0 });
    if (total > limit) return true;
    // The next member to weigh, leaving containers that are done.
    let found = false;
    while (!found && stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const size = frame.keys ? frame.keys.length : (frame.container as unknown[]).length;
      if (frame.next >= size) {
        stack.pop();
        continue;
      }
      const index = frame.next++;
      if (frame.keys) {
        const key = frame.keys[index]!;
        total += key.length + 4;
        item = (frame.container as Record<string, unknown>)[key];
      } else {
        total += 1;
        item = (frame.container as unknown[])[index];
      }
      if (total > limit) return true;
      found = true;
    }
    if (!found) return false;
  }
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
