import { describe, expect, it } from 'vitest';
import { matchLanguage } from '../../../shared/i18n/languages';

describe('matchLanguage', () => {
  it.each([
    ['hu-HU', 'hu'],
    ['hu', 'hu'],
    ['lt-LT', 'lt'],
    ['et-EE', 'et'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['lt_LT.UTF-8', 'lt'],
    ['HU-hu', 'hu'],
  ] as const)('takes the system locale %s as %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });

  it('takes the first language it speaks from a preference list', () => {
    expect(matchLanguage(['de-DE', 'et-EE', 'hu-HU'])).toBe('et');
    expect(matchLanguage(['fr-FR', 'en-US', 'lt-LT'])).toBe('en');
  });

  it('skips Traditional Chinese, which is not Simplified Chinese', () => {
    expect(matchLanguage(['zh-TW', 'lt-LT'])).toBe('lt');
    expect(matchLanguage(['zh-Hant-HK'])).toBe('en');
    expect(matchLanguage('zh-HK')).toBe('en');
  });

  // The script subtag says how the language is written; the region only where no script is named.
  it.each([
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hans-TW', 'zh-CN'],
    ['zh-Hans-MO', 'zh-CN'],
    ['zh-hans-hk', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-cmn-Hans-HK', 'zh-CN'],
    ['zh_HK.UTF-8', 'en'],
    ['zh-MO', 'en'],
    ['zh-Hant', 'en'],
    ['zh-Hant-CN', 'en'],
    ['zh-Hant-TW', 'en'],
    ['zh-CN.GB18030', 'zh-CN'],
    ['C.UTF-8', 'en'],
  ] as const)('reads the script before the region: %s as %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });

  it('takes Simplified Chinese in a Traditional region over a later preference', () => {
    expect(matchLanguage(['zh-Hans-HK', 'hu-HU'])).toBe('zh-CN');
    expect(matchLanguage(['zh-Hant-HK', 'hu-HU'])).toBe('hu');
  });

  it('falls back to English when no language fits or none is given', () => {
    expect(matchLanguage(['de-DE', 'fr-FR'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage(undefined)).toBe('en');
    expect(matchLanguage('')).toBe('en');
  });
});
