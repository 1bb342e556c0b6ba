/**
 * Colours, fonts and words of the export drawing. A caller may pass its own
 * (options `theme` and `labels`); everything has a default, which is what the
 * app and the tests use today. The colours come from the visual system's palettes
 * (shared/look/tokens.ts): DEFAULT_THEME from the light one, DARK_THEME from the dark.
 * The colours of the lenses (and of sense tags and emotion faces) are not here:
 * shared/lens.ts decides them, from the same tokens, for the canvas and the export alike.
 */
import { DEFAULT_LENS_LABELS, type LensLabels } from '../../lens';
import type { FlowKind, SenseName } from '../../model/types';
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
}

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
/** The dark palette, for a user who chooses a dark export. */
export const DARK_THEME: DrawingTheme = drawingTheme(DARK);
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
}

export const DEFAULT_LABELS: DrawingLabels = {
  ...DEFAULT_LENS_LABELS,
  senseTags: { sight: 'Si', hearing: 'He', smell: 'Sm', taste: 'Ta', touch: 'To' },
  flows: { main: 'Main flow', alternative: 'Alternative', failure: 'Failure' },
  contactMoment: 'Contact moment',
  momentOfTruth: 'Moment of truth',
  decision: 'Decision',
};
