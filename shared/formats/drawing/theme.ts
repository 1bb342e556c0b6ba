/**
 * Colours, fonts and words of the export drawing. The renderer may pass its own
 * (a dark theme, translated labels); everything has a default so tests and the
 * bench need nothing.
 */
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
  /** Sense chip colours by valence. */
  valence: { negative: string; neutral: string; positive: string };
  /** Emotion colours from -2 to +2 (index 0 is -2). */
  emotion: [string, string, string, string, string];
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
  valence: { negative: '#c53030', neutral: '#718096', positive: '#2f855a' },
  emotion: ['#c53030', '#dd6b20', '#a0aec0', '#68b36b', '#2f855a'],
  fontFamily: FONT_STACK,
};

/** Words drawn into the picture; the renderer passes translated ones. */
export interface DrawingLabels {
  senses: Record<SenseName, string>;
  /** Short tags drawn on the step for each engaged sense. */
  senseTags: Record<SenseName, string>;
  flows: Record<FlowKind, string>;
  contactMoment: string;
  momentOfTruth: string;
  decision: string;
  valence: { negative: string; neutral: string; positive: string };
  riskTitle: string;
  riskLevels: { low: string; medium: string; high: string; critical: string };
  servqualTitle: string;
  servqualBands: { meets: string; slightlyShort: string; short: string; farShort: string };
  emotionTitle: string;
  emotions: [string, string, string, string, string];
  senseLensTitle: (sense: SenseName) => string;
  notAssessed: string;
}

export const DEFAULT_LABELS: DrawingLabels = {
  senses: { sight: 'Sight', hearing: 'Hearing', smell: 'Smell', taste: 'Taste', touch: 'Touch' },
  senseTags: { sight: 'Si', hearing: 'He', smell: 'Sm', taste: 'Ta', touch: 'To' },
  flows: { main: 'Main flow', alternative: 'Alternative', failure: 'Failure' },
  contactMoment: 'Contact moment',
  momentOfTruth: 'Moment of truth',
  decision: 'Decision',
  valence: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
  riskTitle: 'Risk (likelihood × impact)',
  riskLevels: { low: 'Low 1-4', medium: 'Medium 5-9', high: 'High 10-16', critical: 'Critical 20-25' },
  servqualTitle: 'SERVQUAL gap (P - E)',
  servqualBands: { meets: '0 or above', slightlyShort: '-1 to 0', short: '-2 to -1', farShort: 'Below -2' },
  emotionTitle: 'Emotion',
  emotions: ['Very negative', 'Negative', 'Neutral', 'Positive', 'Delighted'],
  senseLensTitle: (sense) => `Sense: ${DEFAULT_LABELS.senses[sense]}`,
  notAssessed: 'Not assessed',
};
