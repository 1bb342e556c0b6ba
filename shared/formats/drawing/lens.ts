/**
 * Overlay lenses: the map coloured by one analysis (risk, SERVQUAL gap,
 * emotion or one sense), as the canvas overlay shows it, plus the legend
 * entries that explain the colours.
 */
import { RISK_LEVEL_COLOURS, RISK_LEVELS, riskLevel, riskScore } from '../../analysis/risk';
import { servqualGaps } from '../../analysis/servqual';
import type { Project, SenseName, Step } from '../../model/types';
import type { DrawingLabels } from './theme';

export type Lens = 'none' | 'risk' | 'servqual' | 'emotion' | { sense: SenseName };

export interface Swatch {
  fill: string;
  text: string;
  border: string;
}

/** SERVQUAL gap bands, best first; the canvas overlay uses the same cut-offs. */
export const SERVQUAL_BAND_COLOURS: Readonly<Record<'meets' | 'slightlyShort' | 'short' | 'farShort', Swatch>> = {
  meets: { fill: '#e2f5e7', text: '#14532d', border: '#2f855a' },
  slightlyShort: { fill: '#fdf0c4', text: '#5a3a00', border: '#a16207' },
  short: { fill: '#fbd0a6', text: '#4a1d00', border: '#b45309' },
  farShort: { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
};

/** Emotion -2..+2 (index 0 is -2). */
export const EMOTION_COLOURS: readonly Swatch[] = [
  { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
  { fill: '#fbd8b5', text: '#4a1d00', border: '#c05621' },
  { fill: '#edf0f4', text: '#1d2430', border: '#718096' },
  { fill: '#d7f0d9', text: '#14532d', border: '#48a05a' },
  { fill: '#a8dfb3', text: '#0f3d22', border: '#2f855a' },
];

/** Engaged sense by valence -1, 0, +1. */
export const VALENCE_COLOURS: Readonly<Record<'negative' | 'neutral' | 'positive', Swatch>> = {
  negative: { fill: '#f6b5b5', text: '#5c0b0b', border: '#b91c1c' },
  neutral: { fill: '#e2e8f0', text: '#1d2430', border: '#718096' },
  positive: { fill: '#c6ebcf', text: '#14532d', border: '#2f855a' },
};

export function servqualBand(gap: number): keyof typeof SERVQUAL_BAND_COLOURS {
  if (gap >= 0) return 'meets';
  if (gap >= -1) return 'slightlyShort';
  if (gap >= -2) return 'short';
  return 'farShort';
}

export function valenceName(valence: -1 | 0 | 1): 'negative' | 'neutral' | 'positive' {
  return valence < 0 ? 'negative' : valence > 0 ? 'positive' : 'neutral';
}

/** The colours a step takes under a lens, or null when the lens says nothing about it. */
export function lensSwatch(project: Project, step: Step, lens: Lens): Swatch | null {
  const moment = step.moment;
  if (!moment || lens === 'none') return null;
  if (lens === 'risk') {
    const level = riskLevel(riskScore(moment.risk));
    return level ? RISK_LEVEL_COLOURS[level] : null;
  }
  if (lens === 'servqual') {
    const gap = servqualGaps(moment.servqual, project.servqualWeights).weighted;
    return gap === null ? null : SERVQUAL_BAND_COLOURS[servqualBand(gap)];
  }
  if (lens === 'emotion') return moment.emotion === null ? null : (EMOTION_COLOURS[moment.emotion + 2] ?? null);
  const sense = moment.senses[lens.sense];
  return sense.engaged ? VALENCE_COLOURS[valenceName(sense.valence)] : null;
}

export interface LensLegend {
  title: string;
  entries: { label: string; swatch: Swatch }[];
}

/** Legend block for a lens; null for 'none'. */
export function lensLegend(lens: Lens, labels: DrawingLabels): LensLegend | null {
  if (lens === 'none') return null;
  if (lens === 'risk') {
    return {
      title: labels.riskTitle,
      entries: RISK_LEVELS.map((level) => ({ label: labels.riskLevels[level], swatch: RISK_LEVEL_COLOURS[level] })),
    };
  }
  if (lens === 'servqual') {
    const bands = ['meets', 'slightlyShort', 'short', 'farShort'] as const;
    return {
      title: labels.servqualTitle,
      entries: bands.map((band) => ({ label: labels.servqualBands[band], swatch: SERVQUAL_BAND_COLOURS[band] })),
    };
  }
  if (lens === 'emotion') {
    return {
      title: labels.emotionTitle,
      entries: EMOTION_COLOURS.map((swatch, i) => ({
        label: `${i - 2 > 0 ? '+' : ''}${i - 2} ${labels.emotions[i]}`,
        swatch,
      })),
    };
  }
  const names = ['negative', 'neutral', 'positive'] as const;
  return {
    title: labels.senseLensTitle(lens.sense),
    entries: names.map((name) => ({ label: labels.valence[name], swatch: VALENCE_COLOURS[name] })),
  };
}
