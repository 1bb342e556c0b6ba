import { describe, expect, it } from 'vitest';
import { formatSigned } from '../../../shared/i18n/format';

describe('formatSigned', () => {
  it('writes + before a positive number and the language minus before a negative one', () => {
    expect(formatSigned('en', 1)).toBe('+1');
    expect(formatSigned('en', -2)).toBe('-2');
    expect(formatSigned('en', -1.5, 1)).toBe('-1.5');
    expect(formatSigned('en', 0.456, 2)).toBe('+0.46');
    // Lithuanian and Estonian write a real minus sign (U+2212) and a decimal comma.
    expect(formatSigned('lt', -1.5, 1)).toBe('\u22121,5');
    expect(formatSigned('et', -1.5, 1)).toBe('\u22121,5');
    expect(formatSigned('hu', 1.25, 2)).toBe('+1,25');
    expect(formatSigned('zh-CN', -0.5, 1)).toBe('-0.5');
  });

  it('writes exactly `digits` decimals', () => {
    expect(formatSigned('en', 2, 1)).toBe('+2.0');
    expect(formatSigned('en', -1, 2)).toBe('-1.00');
    expect(formatSigned('en', 1.26, 0)).toBe('+1');
  });

  it('gives zero, minus zero and what rounds to zero no sign', () => {
    expect(formatSigned('en', 0)).toBe('0');
    expect(formatSigned('en', -0)).toBe('0');
    expect(formatSigned('en', -0.04, 1)).toBe('0.0');
    expect(formatSigned('hu', 0.004, 2)).toBe('0,00');
  });
});
