/**
 * Overlay lenses, the one place that decides how the map is coloured by one
 * analysis at a time (risk, SERVQUAL gap, emotion or one sense): the value a
 * step shows, its colours, the cut-offs and the legend that explains them.
 * The canvas overlay, the canvas legend and the export drawing all read it,
 * so the screen and an exported picture never disagree.
 *
 * Colour is never the only cue: a lens also gives the value as text.
 */
import { RISK_LEVEL_COLOURS, RISK_LEVELS, riskLevel, riskScore, type RiskLevel } from './analysis/risk';
import { servqualGaps } from './analysis/servqual';
import type { SenseName, ServqualWeights, Step } from './model/types';
import { LIGHT } from './look/tokens';

/** Which lens colours the map; a sense lens names its sense. */
export type Lens = 'none' | 'risk' | 'servqual' | 'emotion' | { sense: SenseName };

export const LENS_KINDS = ['none', 'risk', 'servqual', 'emotion', 'sense'] as const;
/** The lens as the editor's picker holds it: a kind, and the sense chosen for the sense lens. */
export type LensKind = (typeof LENS_KINDS)[number];

export function lensOf(kind: LensKind, sense: SenseName): Lens {
  return kind === 'sense' ? { sense } : kind;
}

export interface Swatch {
  fill: string;
  /** Text drawn on `fill` (WCAG AA contrast). */
  text: string;
  /** Outline that keeps a light fill visible on a white page. */
  border: string;
}

/** A SERVQUAL answer scale (expectation and perception), e.g. 1-7. */
export interface ScoreScale {
  min: number;
  max: number;
}

/** The widest scale the model stores (see shared/model/schema.ts), and the one older files used. */
export const SERVQUAL_SCALE: ScoreScale = { min: 1, max: 7 };

/** A project's own SERVQUAL scale (`servqualScale`, since format 4): 1-5 or 1-7. */
export function scoreScaleOf(project: { servqualScale: number }): ScoreScale {
  return { min: 1, max: project.servqualScale };
}

export const SERVQUAL_BANDS = ['meets', 'slightlyShort', 'short', 'farShort'] as const;
export type ServqualBand = (typeof SERVQUAL_BANDS)[number];

/**
 * Lower bound of each band, as a fraction of the scale's range (max - min):
 * on 1-7 (range 6) a gap from -1 to 0 falls slightly short, -2 to -1 short,
 * below -2 far short. Set as fractions so any scale gets the same bands.
 */
export const SERVQUAL_CUTOFFS: Readonly<Record<Exclude<ServqualBand, 'farShort'>, number>> = {
  meets: 0,
  slightlyShort: -1 / 6,
  short: -2 / 6,
};

/** From the visual system's tokens (shared/look/tokens.ts), as every colour here. */
export const SERVQUAL_BAND_COLOURS: Readonly<Record<ServqualBand, Swatch>> = LIGHT.servqual;

/** Emotion -2..+2 (index 0 is -2). */
export const EMOTION_COLOURS: readonly [Swatch, Swatch, Swatch, Swatch, Swatch] = [
  LIGHT.emotion.veryNegative,
  LIGHT.emotion.negative,
  LIGHT.emotion.neutral,
  LIGHT.emotion.positive,
  LIGHT.emotion.veryPositive,
];

export const VALENCES = ['negative', 'neutral', 'positive'] as const;
export type ValenceName = (typeof VALENCES)[number];

/** An engaged sense by valence. */
export const VALENCE_COLOURS: Readonly<Record<ValenceName, Swatch>> = LIGHT.valence;

/** A step the lens has nothing to say about (not a contact moment, not scored, sense not engaged). */
export const NOT_ASSESSED: Swatch = LIGHT.notAssessed;

/** The lower bound of each SERVQUAL band on a scale, in gap units. */
export function servqualCutoffs(scale: ScoreScale = SERVQUAL_SCALE): Record<Exclude<ServqualBand, 'farShort'>, number> {
  const range = scale.max - scale.min;
  return {
    meets: SERVQUAL_CUTOFFS.meets * range,
    slightlyShort: SERVQUAL_CUTOFFS.slightlyShort * range,
    short: SERVQUAL_CUTOFFS.short * range,
  };
}

/** The band a SERVQUAL gap (P - E) falls in. */
export function servqualBand(gap: number, scale: ScoreScale = SERVQUAL_SCALE): ServqualBand {
  const cut = servqualCutoffs(scale);
  if (gap >= cut.meets) return 'meets';
  if (gap >= cut.slightlyShort) return 'slightlyShort';
  if (gap >= cut.short) return 'short';
  return 'farShort';
}

export function valenceName(valence: -1 | 0 | 1): ValenceName {
  return valence < 0 ? 'negative' : valence > 0 ? 'positive' : 'neutral';
}

function signed(n: number, digits: number): string {
  const text = n.toFixed(digits);
  return n > 0 && Number(text) !== 0 ? `+${text}` : Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** Words of the lens legends; a caller may pass translated ones. */
export interface LensLabels {
  valence: Record<ValenceName, string>;
  riskTitle: string;
  riskLevels: Record<RiskLevel, string>;
  servqualTitle: string;
  /** Band names; the legend adds each band's range on the scale. */
  servqualBands: Record<ServqualBand, string>;
  emotionTitle: string;
  emotions: [string, string, string, string, string];
  senses: Record<SenseName, string>;
  senseLensTitle: (sense: SenseName) => string;
  notAssessed: string;
  notMeasured: string;
  notEngaged: string;
  /** A risk level's name, as written in a step's value ("high 12"). */
  riskLevelNames: Record<RiskLevel, string>;
  /** A band's range on the scale ("-0.6 to 0"). */
  range: (from: string, to: string) => string;
  /** A number with at most `digits` decimals, or exactly `digits` when `fixed`; `signed` writes + before a positive one. */
  number: (n: number, digits: number, style?: { fixed?: boolean; signed?: boolean }) => string;
  /** Lower-cases a word for running text, by the language's own rules. */
  lower: (word: string) => string;
  /** A step's value when the lens has nothing to say about it, short ("n/a"). */
  notAssessedShort: string;
}

/** English number writing, as the app has always written values. */
function englishNumber(n: number, digits: number, style: { fixed?: boolean; signed?: boolean } = {}): string {
  if (style.fixed) return style.signed ? signed(n, digits) : n.toFixed(digits);
  const factor = 10 ** digits;
  const text = String(Math.round(n * factor) / factor);
  return text === '-0' ? '0' : text;
}

export const DEFAULT_LENS_LABELS: LensLabels = {
  valence: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
  riskTitle: 'Risk (likelihood × impact)',
  riskLevels: { low: 'Low 1-4', medium: 'Medium 5-9', high: 'High 10-16', critical: 'Critical 20-25' },
  servqualTitle: 'SERVQUAL gap (P - E, weighted)',
  servqualBands: { meets: 'Meets or exceeds', slightlyShort: 'Slightly short', short: 'Short', farShort: 'Far short' },
  emotionTitle: 'Emotion',
  emotions: ['Very negative', 'Negative', 'Neutral', 'Positive', 'Delighted'],
  senses: { sight: 'Sight', hearing: 'Hearing', smell: 'Smell', taste: 'Taste', touch: 'Touch' },
  senseLensTitle: (sense) => `Sense: ${DEFAULT_LENS_LABELS.senses[sense]}`,
  notAssessed: 'Not assessed',
  notMeasured: 'Not measured',
  notEngaged: 'Not engaged',
  riskLevelNames: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  range: (from, to) => `${from} to ${to}`,
  number: englishNumber,
  lower: (word) => word.toLowerCase(),
  notAssessedShort: 'n/a',
};

export interface LensPaint {
  swatch: Swatch;
  /** The value as short text (shown on the canvas node), so colour is not the only cue. */
  value: string;
  /** False when the lens has nothing to say about the step (painted NOT_ASSESSED). */
  assessed: boolean;
}

export interface LensOptions {
  /** The SERVQUAL answer scale; 1-7 unless given. */
  scale?: ScoreScale;
  labels?: LensLabels;
}

/**
 * How a step is painted under a lens; null for 'none'. The SERVQUAL lens uses
 * the weighted gap with the project's own weights (`project.servqualWeights`).
 */
export function lensPaint(
  step: Step,
  lens: Lens,
  weights: ServqualWeights,
  options: LensOptions = {},
): LensPaint | null {
  if (lens === 'none') return null;
  const labels = options.labels ?? DEFAULT_LENS_LABELS;
  const unassessed: LensPaint = { swatch: NOT_ASSESSED, value: labels.notAssessedShort, assessed: false };
  const moment = step.moment;
  if (!moment) return unassessed;
  if (lens === 'risk') {
    const score = riskScore(moment.risk);
    const level = riskLevel(score);
    return level && score !== null
      ? {
          swatch: RISK_LEVEL_COLOURS[level],
          value: `${labels.riskLevelNames[level]} ${labels.number(score, 0)}`,
          assessed: true,
        }
      : unassessed;
  }
  if (lens === 'servqual') {
    const gap = servqualGaps(moment.servqual, weights).weighted;
    if (gap === null) return unassessed;
    return {
      swatch: SERVQUAL_BAND_COLOURS[servqualBand(gap, options.scale)],
      value: labels.number(gap, 2, { fixed: true, signed: true }),
      assessed: true,
    };
  }
  if (lens === 'emotion') {
    if (moment.emotion === null) return unassessed;
    return {
      swatch: EMOTION_COLOURS[moment.emotion + 2]!,
      value: labels.number(moment.emotion, 0, { fixed: true, signed: true }),
      assessed: true,
    };
  }
  const sense = moment.senses[lens.sense];
  if (!sense.engaged) return unassessed;
  const name = valenceName(sense.valence);
  return { swatch: VALENCE_COLOURS[name], value: labels.lower(labels.valence[name]), assessed: true };
}

export interface LensLegend {
  title: string;
  entries: { key: string; label: string; swatch: Swatch }[];
}

/** The legend of a lens (every colour it can paint, the not-assessed one last); null for 'none'. */
export function lensLegend(lens: Lens, options: LensOptions = {}): LensLegend | null {
  const labels = options.labels ?? DEFAULT_LENS_LABELS;
  if (lens === 'none') return null;
  const none = (label: string) => ({ key: 'none', label, swatch: NOT_ASSESSED });
  if (lens === 'risk') {
    return {
      title: labels.riskTitle,
      entries: [
        ...RISK_LEVELS.map((level) => ({
          key: level,
          label: labels.riskLevels[level],
          swatch: RISK_LEVEL_COLOURS[level],
        })),
        none(labels.notAssessed),
      ],
    };
  }
  if (lens === 'servqual') {
    const cut = servqualCutoffs(options.scale);
    // Two decimals at most: "-1", "-0.67" (a third of 1-5's range).
    const num = (n: number) => labels.number(n, 2);
    const range: Record<ServqualBand, string> = {
      meets: `≥ ${num(cut.meets)}`,
      slightlyShort: labels.range(num(cut.slightlyShort), num(cut.meets)),
      short: labels.range(num(cut.short), num(cut.slightlyShort)),
      farShort: `< ${num(cut.short)}`,
    };
    return {
      title: labels.servqualTitle,
      entries: [
        ...SERVQUAL_BANDS.map((band) => ({
          key: band,
          label: `${labels.servqualBands[band]} (${range[band]})`,
          swatch: SERVQUAL_BAND_COLOURS[band],
        })),
        none(labels.notMeasured),
      ],
    };
  }
  if (lens === 'emotion') {
    return {
      title: labels.emotionTitle,
      entries: [
        ...EMOTION_COLOURS.map((swatch, i) => ({
          key: String(i - 2),
          label: `${labels.number(i - 2, 0, { fixed: true, signed: true })} ${labels.emotions[i]}`,
          swatch,
        })),
        none(labels.notAssessed),
      ],
    };
  }
  return {
    title: labels.senseLensTitle(lens.sense),
    entries: [
      ...VALENCES.map((name) => ({ key: name, label: labels.valence[name], swatch: VALENCE_COLOURS[name] })),
      none(labels.notEngaged),
    ],
  };
}
