import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween, reorder, spreadKeys } from '../../../shared/sync/orderKey';

describe('fractional order keys', () => {
  it('a key between two keys sorts strictly between them and is well formed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(2), { minLength: 1, maxLength: 60 }), (moves) => {
        // Build a list by inserting at the start, the end or between two neighbours.
        const keys: string[] = [];
        for (const m of moves) {
          const at = m === 0 ? 0 : m === 1 ? keys.length : Math.floor(keys.length / 2);
          const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
          expect(isOrderKey(key)).toBe(true);
          keys.splice(at, 0, key);
        }
        expect([...keys].sort()).toEqual(keys);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('seeded keys are in order; a reorder keeps the longest run in order and changes the fewest keys', () => {
    const keys = spreadKeys(1000);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.every(isOrderKey)).toBe(true);
    // Move the last item to the front: only it gets a new key.
    const wanted = [keys[999], ...keys.slice(0, 999)];
    const next = reorder(wanted);
    expect([...next].sort()).toEqual(next);
    expect(next.filter((k, i) => k !== wanted[i])).toHaveLength(1);
    // Equal keys (two peers inserted at the same place) get keys of their own.
    const dup = reorder(['a', 'b', 'b', null, 'c']);
    expect([...dup].sort()).toEqual(dup);
    expect(new Set(dup).size).toBe(5);
  });
});
