import { describe, expect, it } from 'vitest';
import { IDENTITY_COLOURS, cleanName, identityColour, initials, suggestColour } from '../../shared/identity';
import { contrastRatio } from '../../shared/look/contrast';
import { DARK, LIGHT } from '../../shared/look/tokens';

describe('the identity palette', () => {
  it('every colour stands out against both themes (3:1) and carries white initials (4.5:1)', () => {
    for (const { key, hex } of IDENTITY_COLOURS) {
      for (const theme of [LIGHT, DARK]) {
        for (const under of [theme.bg, theme.surface, theme.raised, theme.canvas])
          expect(contrastRatio(hex, under), `${key} on ${under}`).toBeGreaterThanOrEqual(3);
      }
      expect(contrastRatio(hex, '#ffffff'), key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has distinct colours with distinct names', () => {
    expect(new Set(IDENTITY_COLOURS.map((c) => c.hex)).size).toBe(IDENTITY_COLOURS.length);
    expect(new Set(IDENTITY_COLOURS.map((c) => c.key)).size).toBe(IDENTITY_COLOURS.length);
    expect(IDENTITY_COLOURS.length).toBeGreaterThanOrEqual(8);
  });

  it('suggests a colour nobody has yet, and a stable one when all are taken', () => {
    const all = IDENTITY_COLOURS.map((c) => c.hex);
    expect(suggestColour('x', all.slice(0, 3))).toBe(all[3]);
    expect(suggestColour('Ana', all)).toBe(suggestColour('Ana', all));
    expect(all).toContain(suggestColour('Ana', all));
    expect(identityColour('#1B6FD6')?.key).toBe('blue');
    expect(identityColour('#123456')).toBeUndefined();
  });

  it('writes initials and cleans names', () => {
    expect(initials('Ana Kovács')).toBe('AK');
    expect(initials('  ana  maria kovács ')).toBe('AK');
    expect(initials('李明')).toBe('李');
    expect(initials('')).toBe('?');
    expect(cleanName('  Ana \n  Kovács ')).toBe('Ana Kovács');
    expect(cleanName('x'.repeat(300))).toHaveLength(100);
  });
});
