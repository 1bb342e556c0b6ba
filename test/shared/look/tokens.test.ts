import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/look/contrast';
import { DARK, LIGHT, PALETTES, THEME_NAMES, type Palette } from '../../../shared/look/tokens';

type ColourKey = { [K in keyof Palette]: Palette[K] extends string ? K : never }[keyof Palette];

/** Text colours and every surface each is drawn on in the app. */
const TEXT_ON: [ColourKey, ColourKey[]][] = [
  [
    'text',
    [
      'bg',
      'surface',
      'raised',
      'subtle',
      'canvas',
      'stageFill',
      'stageFillAlt',
      'stageHeaderFill',
      'laneLabelFill',
      'stepFill',
      'terminalFill',
      'accentSubtle',
    ],
  ],
  ['textMuted', ['bg', 'surface', 'raised', 'subtle', 'stageFill', 'stageFillAlt', 'laneLabelFill', 'stepFill']],
  ['accentText', ['bg', 'surface', 'raised', 'subtle', 'accentSubtle']],
  ['onAccent', ['accent']],
  ['danger', ['surface', 'raised', 'dangerSubtle']],
  ['warning', ['surface', 'raised', 'warningSubtle']],
  ['success', ['surface', 'raised', 'successSubtle']],
  ['toastText', ['toastBg']],
];

describe('visual system tokens', () => {
  for (const name of THEME_NAMES) {
    const palette = PALETTES[name];
    for (const [text, surfaces] of TEXT_ON)
      for (const surface of surfaces)
        it(`${name}: ${text} on ${surface} has AA contrast (4.5:1)`, () => {
          expect(contrastRatio(palette[text], palette[surface])).toBeGreaterThanOrEqual(4.5);
        });

    it(`${name}: every swatch's text has AA contrast on its fill`, () => {
      const groups = [
        palette.risk,
        palette.emotion,
        palette.valence,
        palette.servqual,
        { notAssessed: palette.notAssessed },
      ];
      for (const group of groups)
        for (const [swatch, { fill, text }] of Object.entries(group))
          expect(contrastRatio(text, fill), `${swatch}: ${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: control outlines and the focus ring stand out from the surface (3:1)`, () => {
      for (const surface of [palette.surface, palette.raised, palette.bg]) {
        expect(contrastRatio(palette.borderStrong, surface)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(palette.focusRing, surface)).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('the two palettes name the same tokens, and differ where a theme shows', () => {
    expect(Object.keys(DARK)).toEqual(Object.keys(LIGHT));
    expect(DARK.surface).not.toBe(LIGHT.surface);
    expect(DARK.text).not.toBe(LIGHT.text);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});
