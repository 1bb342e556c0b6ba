/**
 * Touchmap's visual system, defined once: type scale, spacing, radii, shadows and the
 * colour palettes of the light and dark themes. The app reads it as CSS custom properties
 * (shared/look/css.ts writes them, renderer/look/theme.ts installs them at startup), and
 * the export drawing takes its colours from the same palettes
 * (shared/formats/drawing/theme.ts), so screen and deliverable never disagree.
 *
 * Every text colour here is paired with the surfaces it is drawn on in
 * test/shared/look/tokens.test.ts, which checks WCAG AA contrast (4.5:1) in both themes.
 */

/** A coloured chip: its fill, the text drawn on it (AA contrast) and an outline for a light page. */
export interface Swatch {
  fill: string;
  text: string;
  border: string;
}

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** The user's choice in Settings: follow the system, or one theme always. */
export const THEME_CHOICES = ['system', ...THEME_NAMES] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const RISK_LEVEL_NAMES = ['low', 'medium', 'high', 'critical'] as const;
/** Emotion -2..+2, index 0 is -2. */
export const EMOTION_NAMES = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
export const VALENCE_NAMES = ['negative', 'neutral', 'positive'] as const;
export const SERVQUAL_BAND_NAMES = ['meets', 'slightlyShort', 'short', 'farShort'] as const;

export interface Palette {
  // App chrome.
  /** Window background behind panels (home screen, canvas surround). */
  bg: string;
  /** Panels: toolbar, inspector, outline, cards. */
  surface: string;
  /** Things above the page: menus, dialogs, popovers. */
  raised: string;
  /** Hover and pressed backgrounds, table stripes, input wells. */
  subtle: string;
  border: string;
  /** Borders of inputs and buttons (3:1 against the surface, as WCAG asks of controls). */
  borderStrong: string;
  text: string;
  textMuted: string;
  /** Filled accent (primary buttons, selected items). */
  accent: string;
  /** Text and icons on `accent`. */
  onAccent: string;
  /** Accent used as text (links, icon buttons, active tab) on surfaces. */
  accentText: string;
  /** A light wash of the accent: the selected row, the focused stage. */
  accentSubtle: string;
  focusRing: string;
  danger: string;
  dangerSubtle: string;
  warning: string;
  warningSubtle: string;
  success: string;
  successSubtle: string;
  /** Behind a modal dialog. */
  overlay: string;
  /** A toast: dark on light themes, light on dark. */
  toastBg: string;
  toastText: string;
  // The map (canvas and export drawing).
  /** The page of an exported drawing (its 'white' background option). */
  page: string;
  canvas: string;
  stageFill: string;
  stageFillAlt: string;
  stageHeaderFill: string;
  stageStroke: string;
  laneLabelFill: string;
  laneStroke: string;
  stepFill: string;
  stepStroke: string;
  terminalFill: string;
  decision: string;
  contactMarker: string;
  momentOfTruth: string;
  flowMain: string;
  flowAlternative: string;
  flowFailure: string;
  edgeLabelBg: string;
  // Signals: self-contained swatches (their text has AA contrast on their own fill).
  risk: Record<(typeof RISK_LEVEL_NAMES)[number], Swatch>;
  emotion: Record<(typeof EMOTION_NAMES)[number], Swatch>;
  valence: Record<(typeof VALENCE_NAMES)[number], Swatch>;
  servqual: Record<(typeof SERVQUAL_BAND_NAMES)[number], Swatch>;
  notAssessed: Swatch;
  // Shadows depend on the background they fall on.
  shadowSm: string;
  shadowMd: string;
  shadowLg: string;
}

/** Risk levels, light to dark so they also differ in lightness (greyscale prints, colour-blind readers). */
const RISK: Palette['risk'] = {
  low: { fill: '#e2f5e7', text: '#14532d', border: '#2f855a' },
  medium: { fill: '#fcd34d', text: '#5a3a00', border: '#a16207' },
  high: { fill: '#f08c3a', text: '#3d1500', border: '#b45309' },
  critical: { fill: '#b91c1c', text: '#ffffff', border: '#7f1d1d' },
};

const EMOTION: Palette['emotion'] = {
  veryNegative: { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
  negative: { fill: '#fbd8b5', text: '#4a1d00', border: '#c05621' },
  neutral: { fill: '#edf0f4', text: '#1d2430', border: '#718096' },
  positive: { fill: '#d7f0d9', text: '#14532d', border: '#48a05a' },
  veryPositive: { fill: '#a8dfb3', text: '#0f3d22', border: '#2f855a' },
};

const VALENCE: Palette['valence'] = {
  negative: { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
  neutral: { fill: '#e2e8f0', text: '#1d2430', border: '#718096' },
  positive: { fill: '#c6ebcf', text: '#14532d', border: '#2f855a' },
};

const SERVQUAL: Palette['servqual'] = {
  meets: { fill: '#e2f5e7', text: '#14532d', border: '#2f855a' },
  slightlyShort: { fill: '#fdf0c4', text: '#5a3a00', border: '#a16207' },
  short: { fill: '#fbd0a6', text: '#4a1d00', border: '#b45309' },
  farShort: { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
};

export const LIGHT: Palette = {
  bg: '#f3f5f8',
  surface: '#ffffff',
  raised: '#ffffff',
  subtle: '#eef1f5',
  border: '#dde2e9',
  borderStrong: '#7c8799',
  text: '#1d2430',
  textMuted: '#5b6675',
  accent: '#2456d8',
  onAccent: '#ffffff',
  accentText: '#1f4fc9',
  accentSubtle: '#e6edfc',
  focusRing: '#2f6bff',
  danger: '#b42318',
  dangerSubtle: '#fdecea',
  warning: '#8a4b00',
  warningSubtle: '#fff4e0',
  success: '#17703a',
  successSubtle: '#e5f5ea',
  overlay: 'rgba(15, 23, 42, 0.42)',
  toastBg: '#1d2430',
  toastText: '#ffffff',
  page: '#ffffff',
  canvas: '#fbfcfd',
  stageFill: '#f6f7f9',
  stageFillAlt: '#eef1f5',
  stageHeaderFill: '#dfe5ee',
  stageStroke: '#c9d1dc',
  laneLabelFill: '#e8ecf2',
  laneStroke: '#c9d1dc',
  stepFill: '#ffffff',
  stepStroke: '#8894a5',
  terminalFill: '#e4ecf7',
  decision: '#6b4fbb',
  contactMarker: '#1f7ae0',
  momentOfTruth: '#d99a00',
  flowMain: '#4a5568',
  flowAlternative: '#2b6cb0',
  flowFailure: '#d62828',
  edgeLabelBg: '#ffffff',
  risk: RISK,
  emotion: EMOTION,
  valence: VALENCE,
  servqual: SERVQUAL,
  notAssessed: { fill: '#f3f4f6', text: '#374151', border: '#9ca3af' },
  shadowSm: '0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.08)',
  shadowMd: '0 4px 8px -2px rgba(16, 24, 40, 0.1), 0 2px 4px -2px rgba(16, 24, 40, 0.06)',
  shadowLg: '0 20px 24px -4px rgba(16, 24, 40, 0.12), 0 8px 8px -4px rgba(16, 24, 40, 0.05)',
};

export const DARK: Palette = {
  bg: '#0e1218',
  surface: '#161b23',
  raised: '#1d232d',
  subtle: '#242b36',
  border: '#2c3440',
  borderStrong: '#68768a',
  text: '#e7ebf0',
  textMuted: '#a2adbb',
  accent: '#2f62d8',
  onAccent: '#ffffff',
  accentText: '#8fb3ff',
  accentSubtle: '#1c2c4a',
  focusRing: '#7aa5ff',
  danger: '#ff8a80',
  dangerSubtle: '#3a1b1b',
  warning: '#f6c26b',
  warningSubtle: '#3a2c12',
  success: '#6fd192',
  successSubtle: '#15301f',
  overlay: 'rgba(0, 0, 0, 0.6)',
  toastBg: '#e7ebf0',
  toastText: '#10151c',
  page: '#12171e',
  canvas: '#12171e',
  stageFill: '#171d26',
  stageFillAlt: '#1b222c',
  stageHeaderFill: '#263040',
  stageStroke: '#323c4b',
  laneLabelFill: '#1f2631',
  laneStroke: '#323c4b',
  stepFill: '#1f2631',
  stepStroke: '#5b687a',
  terminalFill: '#1f3150',
  decision: '#b39dfa',
  contactMarker: '#5aa6ff',
  momentOfTruth: '#f2b83a',
  flowMain: '#a3afbf',
  flowAlternative: '#6aa8ff',
  flowFailure: '#ff7b7b',
  edgeLabelBg: '#161b23',
  risk: RISK,
  emotion: EMOTION,
  valence: VALENCE,
  servqual: SERVQUAL,
  notAssessed: { fill: '#2a313c', text: '#d5dbe3', border: '#5b687a' },
  shadowSm: '0 1px 2px rgba(0, 0, 0, 0.4)',
  shadowMd: '0 4px 10px rgba(0, 0, 0, 0.45)',
  shadowLg: '0 20px 40px rgba(0, 0, 0, 0.55)',
};

export const PALETTES: Readonly<Record<ThemeName, Palette>> = { light: LIGHT, dark: DARK };

/** The system font stack: every platform finds a font, CJK included where installed. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif';

/** Type scale in px: 11 (captions) to 24 (page titles). */
export const FONT_SIZE = { xs: 11, sm: 12, md: 13, base: 14, lg: 16, xl: 20, xxl: 24 } as const;
export const FONT_WEIGHT = { regular: 400, medium: 500, semibold: 600, bold: 700 } as const;
export const LINE_HEIGHT = { tight: 1.25, normal: 1.45 } as const;
/** Spacing in px, a 4 px grid (with 2 for hairlines). */
export const SPACE = { 0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 12, 6: 16, 7: 24, 8: 32, 9: 48 } as const;
export const RADIUS = { sm: 4, md: 6, lg: 10, xl: 14, pill: 999 } as const;
/** Height of a control (button, select, input) in px; the toolbar's controls share it. */
export const CONTROL_HEIGHT = { sm: 26, md: 32 } as const;
