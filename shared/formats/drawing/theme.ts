/**
 * Colours, fonts and words of the export drawing. A caller may pass its own
 * (options `theme` and `labels`); everything has a default, which is what the
 * app and the tests use today. The colours come from the visual system's palettes
 * (shared/look/tokens.ts): DEFAULT_THEME from the light one, DARK_THEME from the dark.
 * The colours of the lenses (and of sense tags and emotion faces) are not here:
 * shared/lens.ts decides them, from the same tokens, for the canvas and the export alike.
 */
import { formatDuration } from '../../i18n/duration';
import { DEFAULT_LENS_LABELS, type LensLabels } from '../../lens';
import type { NoteRow } from '../../model/rows';
import type { Channel, FlowKind, RowKind, SenseName } from '../../model/types';
import { DEFAULT_METRIC_LABELS, type MetricLabels } from './metricLabels';
import { DARK, FONT_STACK, LIGHT, type Palette, type ThemeName } from '../../look/tokens';

/** The system font stack: every platform finds a font, CJK included where installed. */
export { FONT_STACK };

export interface DrawingTheme {
  /** Page colour when the background option is 'white'. */
  background: string;
  /** Two alternating stage column fills (used when a stage has no colour). */
  stageFill: string;
  stageFillAlt: string;
  stageHeaderFill: string;
  stageStroke: string;
  laneLabelFill: string;
  laneStroke: string;
  text: string;
  mutedText: string;
  stepFill: string;
  stepStroke: string;
  /** Fill of start and end pills. */
  terminalFill: string;
  decisionStroke: string;
  contactMarker: string;
  momentOfTruth: string;
  edges: Record<FlowKind, string>;
  edgeLabelBackground: string;
  fontFamily: string;
  /** Colours of the journey-map rows band; DEFAULT_ROWS_THEME when absent. */
  rows?: RowsTheme;
}

/** A sticky note's colours. */
export interface NotePaint {
  fill: string;
  stroke: string;
  text: string;
}

/** Colours of the rows band under the map (shared/formats/drawing/rows.ts). */
export interface RowsTheme {
  headerFill: string;
  headerText: string;
  /** Alternating row fills. */
  rowFill: string;
  rowFillAlt: string;
  /** Lines between rows and cells. */
  rule: string;
  /** The emotion curve, its points, and the dashed neutral line. */
  emotionLine: string;
  emotionBranch: string;
  neutralLine: string;
  /** One colour per persona's emotion curve, in the project's persona order (repeating, with another dash, past the end). */
  personaLines: readonly string[];
  /** Sticky notes per note row. */
  notes: Record<NoteRow, NotePaint>;
}

export const DEFAULT_ROWS_THEME: RowsTheme = {
  headerFill: '#e8ecf2',
  headerText: '#1d2430',
  rowFill: '#ffffff',
  rowFillAlt: '#f8f9fb',
  rule: '#d5dbe3',
  emotionLine: '#3b5b8c',
  emotionBranch: '#8a9ab3',
  neutralLine: '#c3cad5',
  personaLines: ['#c2410c', '#7c3aed', '#0f766e', '#be185d', '#4d7c0f', '#a16207'],
  notes: {
    thoughts: { fill: '#e3eefc', stroke: '#9bbbe6', text: '#16324f' },
    painPoints: { fill: '#fde4e1', stroke: '#eba59d', text: '#5c1a12' },
    opportunities: { fill: '#e2f4e4', stroke: '#96cf9e', text: '#173f1f' },
  },
};

/** A drawing theme from one of the visual system's palettes (shared/look/tokens.ts). */
export function drawingTheme(palette: Palette): DrawingTheme {
  return {
    background: palette.page,
    stageFill: palette.stageFill,
    stageFillAlt: palette.stageFillAlt,
    stageHeaderFill: palette.stageHeaderFill,
    stageStroke: palette.stageStroke,
    laneLabelFill: palette.laneLabelFill,
    laneStroke: palette.laneStroke,
    text: palette.text,
    mutedText: palette.textMuted,
    stepFill: palette.stepFill,
    stepStroke: palette.stepStroke,
    terminalFill: palette.terminalFill,
    decisionStroke: palette.decision,
    contactMarker: palette.contactMarker,
    momentOfTruth: palette.momentOfTruth,
    edges: { main: palette.flowMain, alternative: palette.flowAlternative, failure: palette.flowFailure },
    edgeLabelBackground: palette.edgeLabelBg,
    fontFamily: FONT_STACK,
  };
}

/** The exports' theme: the light palette on a white page. */
export const DEFAULT_THEME: DrawingTheme = drawingTheme(LIGHT);
/** The dark palette, for a user who chooses a dark export; the rows band follows it (sticky notes stay paper-coloured). */
export const DARK_THEME: DrawingTheme = {
  ...drawingTheme(DARK),
  rows: {
    ...DEFAULT_ROWS_THEME,
    headerFill: DARK.laneLabelFill,
    headerText: DARK.text,
    rowFill: DARK.page,
    rowFillAlt: DARK.stageFill,
    rule: DARK.stageStroke,
    emotionLine: DARK.flowAlternative,
    emotionBranch: DARK.textMuted,
    neutralLine: DARK.stageStroke,
    personaLines: ['#fb923c', '#b69cff', '#2dd4bf', '#f472b6', '#a3e635', '#facc15'],
  },
};
/** The drawing themes by name (exports stay light unless the user chooses). */
export const DRAWING_THEMES: Readonly<Record<ThemeName, DrawingTheme>> = { light: DEFAULT_THEME, dark: DARK_THEME };

/**
 * Words drawn into the picture, the lens legends' words included. The app
 * passes none yet, so the drawing is in English (DEFAULT_LABELS); issue G's
 * translation passes translated ones through the `labels` option.
 */
export interface DrawingLabels extends LensLabels {
  /** Short tags drawn on the step for each engaged sense. */
  senseTags: Record<SenseName, string>;
  flows: Record<FlowKind, string>;
  contactMoment: string;
  momentOfTruth: string;
  decision: string;
  /** Row names (the band's row headers). */
  rows: Record<RowKind, string>;
  channels: Record<Channel, string>;
  /** "+3 more" under a step's notes when not all fit. */
  moreNotes: (count: number) => string;
  /** A service standard's progress: "2 of 3 done". */
  measuresDone: (done: number, total: number) => string;
  /** A wait time in seconds, as a short duration ("1 min 30 s"). */
  duration: (seconds: number) => string;
  /** A step's metrics in words (the metrics row's badges and their titles). */
  metrics: MetricLabels;
  /** The emotion row's legend entry for the curve of every customer (when personas have their own). */
  defaultCurve: string;
}

export const DEFAULT_LABELS: DrawingLabels = {
  ...DEFAULT_LENS_LABELS,
  senseTags: { sight: 'Si', hearing: 'He', smell: 'Sm', taste: 'Ta', touch: 'To' },
  flows: { main: 'Main flow', alternative: 'Alternative', failure: 'Failure' },
  contactMoment: 'Contact moment',
  momentOfTruth: 'Moment of truth',
  decision: 'Decision',
  rows: {
    emotion: 'Emotion',
    touchpoint: 'Touchpoint',
    thoughts: 'Thoughts',
    senses: 'Senses',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    risk: 'Risk',
    servqualGap: 'SERVQUAL gap',
    standard: 'Service standard',
    waitTime: 'Wait time',
    metrics: 'Metrics',
  },
  channels: {
    'in person': 'In person',
    phone: 'Phone',
    web: 'Web',
    app: 'App',
    email: 'Email',
    chat: 'Chat',
    mail: 'Mail',
    other: 'Other',
  },
  moreNotes: (count) => `+${count} more`,
  measuresDone: (done, total) => `${done} of ${total} done`,
  duration: (seconds) => formatDuration('en', seconds),
  metrics: DEFAULT_METRIC_LABELS,
  defaultCurve: 'Default',
};
