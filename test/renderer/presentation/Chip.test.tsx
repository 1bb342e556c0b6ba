// @vitest-environment jsdom
/**
 * The presentation's chips take their colours from the look's tokens: every tone a slide draws
 * names a fill, a text and a border colour that the light and the dark palette define (a tone
 * with no token would draw an uncoloured chip), and the tones that mean the same colours get them.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../../../shared/analysis/risk';
import { SERVQUAL_BANDS, VALENCES } from '../../../shared/lens';
import { paletteVariables } from '../../../shared/look/css';
import { PALETTES } from '../../../shared/look/tokens';
import { Chip } from '../../../renderer/presentation/parts';

afterEach(cleanup);

const TONES = [
  ...[0, 1, 2, 3, 4].map((n) => `emotion-${n}`),
  ...RISK_LEVELS.map((level) => `risk-${level}`),
  ...SERVQUAL_BANDS.map((band) => `servqual-${band}`),
  ...VALENCES.map((valence) => `valence-${valence}`),
  'neutral',
  'muted',
  'off',
  'met',
];

function colours(tone: string) {
  const { container } = render(<Chip tone={tone}>x</Chip>);
  const chip = container.querySelector<HTMLElement>('.p-chip')!;
  return ['fill', 'text', 'border'].map((part) => chip.style.getPropertyValue(`--chip-${part}`));
}

describe('presentation chips', () => {
  it.each(Object.keys(PALETTES))('colours every tone from tokens the %s palette defines', (theme) => {
    const defined = paletteVariables(PALETTES[theme as keyof typeof PALETTES]);
    for (const tone of TONES) {
      const used = colours(tone).map((value) => /^var\((--[a-z0-9-]+)\)$/.exec(value)?.[1]);
      for (const name of used) expect(name && name in defined ? name : `${tone}: ${String(name)}`).toBe(name);
    }
  });

  it('gives tones that mean the same the same colours, and the slide colours their own', () => {
    expect(colours('emotion-0')[0]).toBe('var(--color-emotion-very-negative-fill)');
    expect(colours('muted')).toEqual(colours('neutral'));
    expect(colours('off')).toEqual(colours('risk-critical'));
    expect(colours('met')).toEqual(colours('servqual-meets'));
    expect(colours('mot')).toEqual(['', '', '']);
  });
});
