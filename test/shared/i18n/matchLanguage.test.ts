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

  it('falls back to English when no language fits or none is given', () => {
    expect(matchLanguage(['de-DE', 'fr-FR'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage(undefined)).toBe('en');
    expect(matchLanguage('')).toBe('en');
  });
});
