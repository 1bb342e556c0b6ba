import { describe, expect, it } from 'vitest';
import { distinctName } from '../../../electron/storage/entries';

describe('distinctName', () => {
  it('keeps a free name, and numbers a taken one from 2, counting on from a trailing number', () => {
    expect(distinctName('Checkout', ['Hotel'])).toBe('Checkout');
    expect(distinctName('Checkout', ['Checkout'])).toBe('Checkout (2)');
    expect(distinctName('Checkout', ['Checkout', 'Checkout (2)'])).toBe('Checkout (3)');
    expect(distinctName('Checkout (2)', ['Checkout', 'Checkout (2)'])).toBe('Checkout (3)');
  });

  it('stays within the 200 characters a name may have', () => {
    const long = 'x'.repeat(200);
    expect(distinctName(long, [long])).toBe(`${'x'.repeat(196)} (2)`);
  });
});
