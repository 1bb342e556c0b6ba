import { describe, expect, it } from 'vitest';
import { ALIASES, kebab, paletteVariables, scaleVariables, themeCss } from '../../../shared/look/css';
import { DARK, LIGHT, RADIUS, SPACE } from '../../../shared/look/tokens';

/** The declarations of the first rule with this exact selector, name to value. */
function rule(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

describe('tokens as CSS custom properties', () => {
  it('names colours, swatches and shadows after their token', () => {
    const vars = paletteVariables(LIGHT);
    expect(vars['--color-surface']).toBe(LIGHT.surface);
    expect(vars['--color-text-muted']).toBe(LIGHT.textMuted);
    expect(vars['--color-stage-header-fill']).toBe(LIGHT.stageHeaderFill);
    expect(vars['--color-risk-high-fill']).toBe(LIGHT.risk.high.fill);
    expect(vars['--color-emotion-very-negative-text']).toBe(LIGHT.emotion.veryNegative.text);
    expect(vars['--color-not-assessed-border']).toBe(LIGHT.notAssessed.border);
    expect(vars['--shadow-md']).toBe(LIGHT.shadowMd);
    expect(kebab('flowAlternative')).toBe('flow-alternative');
  });

  it('puts the light palette and the scales on :root, the dark one on data-theme dark and on a dark system', () => {
    const css = themeCss();
    const root = rule(css, ':root');
    for (const [name, value] of Object.entries(paletteVariables(LIGHT))) expect(root[name], name).toBe(value);
    for (const [name, value] of Object.entries(scaleVariables())) expect(root[name], name).toBe(value);
    expect(root['--space-4']).toBe(`${SPACE[4]}px`);
    expect(root['--radius-md']).toBe(`${RADIUS.md}px`);
    expect(root['color-scheme']).toBe('light');

    const dark = rule(css, ":root[data-theme='dark']");
    const system = rule(css, ':root:not([data-theme])');
    for (const [name, value] of Object.entries(paletteVariables(DARK))) {
      expect(dark[name], name).toBe(value);
      expect(system[name], name).toBe(value);
    }
    expect(dark['color-scheme']).toBe('dark');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme\]\)/);
  });

  it('keeps the variable names used before the tokens, as aliases of token variables', () => {
    const root = rule(themeCss(), ':root');
    const defined = { ...paletteVariables(LIGHT), ...scaleVariables() };
    for (const old of ['--bg', '--panel', '--line', '--text', '--muted', '--accent', '--risk-low', '--risk-critical']) {
      expect(root[old], old).toBe(`var(${ALIASES[old]})`);
      expect(defined[ALIASES[old]!], old).toBeDefined();
    }
  });
});
