import { describe, expect, it } from 'vitest';
import { DARK_THEME, DEFAULT_THEME, DRAWING_THEMES, drawingTheme } from '../../../../shared/formats/drawing/theme';
import { buildJourneyDrawing } from '../../../../shared/formats/drawing/buildDrawing';
import { DARK, LIGHT } from '../../../../shared/look/tokens';
import { makeProject } from '../../model/build';
import { fixedMeasure } from './support';

/** Every colour the display list paints with (fills and strokes). */
function paints(theme: typeof DEFAULT_THEME): Set<string> {
  const drawing = buildJourneyDrawing(
    makeProject({ stages: ['arrive'], steps: [{ id: 'a' }, { id: 'b' }], flows: [['a', 'b']] }),
    { measureText: fixedMeasure, theme },
  );
  return new Set(JSON.stringify(drawing).match(/#[0-9a-f]{6}/gi) ?? []);
}

describe('drawing themes from the visual system', () => {
  it('takes the exports’ colours from the light tokens, on a white page', () => {
    expect(DEFAULT_THEME).toEqual(drawingTheme(LIGHT));
    expect(DEFAULT_THEME.background).toBe('#ffffff');
    expect(DEFAULT_THEME.text).toBe(LIGHT.text);
    expect(DEFAULT_THEME.stageHeaderFill).toBe(LIGHT.stageHeaderFill);
    expect(DEFAULT_THEME.edges).toEqual({
      main: LIGHT.flowMain,
      alternative: LIGHT.flowAlternative,
      failure: LIGHT.flowFailure,
    });
  });

  it('offers a dark theme made of the dark tokens, light stays the default', () => {
    expect(DRAWING_THEMES).toEqual({ light: DEFAULT_THEME, dark: DARK_THEME });
    expect(DARK_THEME.background).toBe(DARK.page);
    expect(DARK_THEME.stepFill).toBe(DARK.stepFill);
    expect(DARK_THEME.text).toBe(DARK.text);
    expect(DARK_THEME.background).not.toBe(DEFAULT_THEME.background);
  });

  it('draws a map with the chosen theme’s colours', () => {
    const dark = paints(DARK_THEME);
    const light = paints(DEFAULT_THEME);
    for (const colour of [DARK.page, DARK.stageHeaderFill, DARK.stepFill, DARK.text]) expect(dark).toContain(colour);
    for (const colour of [LIGHT.stageHeaderFill, LIGHT.text]) {
      expect(light).toContain(colour);
      expect(dark).not.toContain(colour);
    }
  });
});
