/**
 * The tokens (shared/look/tokens.ts) as CSS custom properties: the one place their
 * names are made. The renderer installs `themeCss()` in a <style> element before the
 * first render (renderer/look/theme.ts).
 *
 * Names (see docs/look.md for the list):
 * - colours `--color-<key>` (`--color-surface`, `--color-text-muted`, `--color-stage-fill`),
 *   swatches `--color-<group>-<name>-<fill|text|border>` (`--color-risk-high-fill`,
 *   `--color-emotion-very-negative-text`, `--color-not-assessed-border`);
 * - shadows `--shadow-sm|md|lg`; `--font`, `--font-size-<xs..xxl>`, `--font-weight-<name>`,
 *   `--line-height-<name>`, `--space-<0..9>`, `--radius-<sm..pill>`, `--control-height-<sm|md>`.
 *
 * The light palette sits on :root; the dark one on :root[data-theme='dark'], and on
 * :root without a data-theme when the system prefers dark (before the app has chosen).
 * The names CSS used before the tokens (`--bg`, `--panel`, `--line`, `--muted`...) stay
 * as aliases.
 */
import {
  CONTROL_HEIGHT,
  FONT_SIZE,
  FONT_STACK,
  FONT_WEIGHT,
  LINE_HEIGHT,
  RADIUS,
  SPACE,
  type Palette,
  type Swatch,
  DARK,
  LIGHT,
} from './tokens';

/** camelCase to kebab-case: `textMuted` -> `text-muted`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function isSwatch(value: unknown): value is Swatch {
  return typeof value === 'object' && value !== null && 'fill' in value && 'text' in value && 'border' in value;
}

/** A palette's custom properties, name to value, in the palette's order. */
export function paletteVariables(palette: Palette): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(palette) as [string, Palette[keyof Palette]][]) {
    if (typeof value === 'string') {
      if (key.startsWith('shadow')) out[`--shadow-${kebab(key.slice('shadow'.length)).replace(/^-/, '')}`] = value;
      else out[`--color-${kebab(key)}`] = value;
    } else if (isSwatch(value)) {
      for (const part of ['fill', 'text', 'border'] as const) out[`--color-${kebab(key)}-${part}`] = value[part];
    } else {
      for (const [name, swatch] of Object.entries(value as Record<string, Swatch>))
        for (const part of ['fill', 'text', 'border'] as const)
          out[`--color-${kebab(key)}-${kebab(name)}-${part}`] = swatch[part];
    }
  }
  return out;
}

/** The scales' custom properties (the same in every theme). */
export function scaleVariables(): Record<string, string> {
  const out: Record<string, string> = { '--font': FONT_STACK };
  for (const [k, v] of Object.entries(FONT_SIZE)) out[`--font-size-${k}`] = `${v}px`;
  for (const [k, v] of Object.entries(FONT_WEIGHT)) out[`--font-weight-${k}`] = String(v);
  for (const [k, v] of Object.entries(LINE_HEIGHT)) out[`--line-height-${k}`] = String(v);
  for (const [k, v] of Object.entries(SPACE)) out[`--space-${k}`] = `${v}px`;
  for (const [k, v] of Object.entries(RADIUS)) out[`--radius-${k}`] = `${v}px`;
  for (const [k, v] of Object.entries(CONTROL_HEIGHT)) out[`--control-height-${k}`] = `${v}px`;
  return out;
}

/** The names CSS used before the tokens, kept working as aliases of the token variables. */
export const ALIASES: Readonly<Record<string, string>> = {
  '--bg': '--color-bg',
  '--panel': '--color-surface',
  '--line': '--color-border',
  '--text': '--color-text',
  '--muted': '--color-text-muted',
  '--accent': '--color-accent',
  '--risk-low': '--color-risk-low-border',
  '--risk-medium': '--color-risk-medium-border',
  '--risk-high': '--color-risk-high-border',
  '--risk-critical': '--color-risk-critical-fill',
};

function block(selector: string, vars: Record<string, string>, extra = ''): string {
  const lines = Object.entries(vars).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}${extra ? `\n${extra}` : ''}\n}\n`;
}

/** The stylesheet that defines every token variable, both themes and the aliases. */
export function themeCss(): string {
  const aliases = Object.fromEntries(Object.entries(ALIASES).map(([old, token]) => [old, `var(${token})`]));
  const dark = paletteVariables(DARK);
  return [
    block(':root', { ...scaleVariables(), ...paletteVariables(LIGHT), ...aliases }, '  color-scheme: light;'),
    block(":root[data-theme='dark']", dark, '  color-scheme: dark;'),
    `@media (prefers-color-scheme: dark) {\n${block(':root:not([data-theme])', dark, '  color-scheme: dark;')}}\n`,
  ].join('\n');
}
