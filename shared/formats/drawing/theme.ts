/**
 * Colours, fonts and words of the export drawing. A caller may pass its own
 * (options `theme` and `labels`); everything has a default, which is what the
 * app and the tests use today. The colours of the lenses (and of sense tags and
 * emotion faces) are not here: shared/lens.ts decides them for the canvas and
 * the export alike.
 */
import { DEFAULT_LENS_LABELS, type LensLabels } from '../../lens';
import type { FlowKind, SenseName } from '../../model/types';

/** The system font stack: every platform finds a font, CJK included where installed. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif';

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

export const DEFAULT_THEME: DrawingTheme = {
  background: '#ffffff',
  stageFill: '#f6f7f9',
  stageFillAlt: '#eef1f5',
  stageHeaderFill: '#dfe5ee',
  stageStroke: '#c9d1dc',
  laneLabelFill: '#e8ecf2',
  laneStroke: '#c9d1dc',
  text: '#1d2430',
  mutedText: '#5b6675',
  stepFill: '#ffffff',
  stepStroke: '#8894a5',
  terminalFill: '#e4ecf7',
  decisionStroke: '#6b4fbb',
  contactMarker: '#1f7ae0',
  momentOfTruth: '#d99a00',
  edges: { main: '#4a5568', alternative: '#2b6cb0', failure: '#d62828' },
  edgeLabelBackground: '#ffffff',
  fontFamily: FONT_STACK,
};

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
