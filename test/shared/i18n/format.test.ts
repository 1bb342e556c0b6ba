import { describe, expect, it } from 'vitest';
import { formatDecimal, formatSigned, parseDecimal } from '../../../shared/i18n/format';

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

describe('decimals typed and shown (SERVQUAL means)', () => {
  it('shows two decimals in the language, without grouping', () => {
    expect(formatDecimal('en', 4.2137)).toBe('4.21');
    expect(formatDecimal('hu', 4.2137)).toBe('4,21');
    expect(formatDecimal('lt', 3.875)).toBe('3,88');
    expect(formatDecimal('et', 5)).toBe('5,00');
    expect(formatDecimal('zh-CN', 4.2)).toBe('4.20');
    expect(formatDecimal('en', 1500, 0)).toBe('1500');
  });

  it('reads a point or a comma as the decimal separator, and nothing else', () => {
    expect(parseDecimal('4.21')).toBe(4.21);
    expect(parseDecimal(' 4,21 ')).toBe(4.21);
    expect(parseDecimal('4,')).toBe(4);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('\u22120,34')).toBe(-0.34);
    expect(parseDecimal('150')).toBe(150);
    for (const bad of ['', 'abc', '4.2.1', '1,000.5', '1 000', '4e2', '--1']) expect(parseDecimal(bad)).toBeNull();
  });
});
