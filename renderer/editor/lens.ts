/**
 * Overlay lenses: colour the map by one annotation at a time, with a legend
 * that explains the colours. Colour is never the only cue: nodes also show
 * the level or value as text.
 */
import { RISK_LEVEL_COLOURS, RISK_LEVELS, riskLevel, riskScore, servqualGaps } from '../../shared/analysis';
import { DEFAULT_SERVQUAL_WEIGHTS, type SenseName, type Step } from '../../shared/model';
import type { Lens } from '../state/documentStore';

export interface LensPaint {
  fill: string;
  text: string;
  /** Short text shown on the node, so colour is not the only cue. */
  label: string;
}

export interface LegendEntry {
  fill: string;
  label: string;
}

const NONE: LensPaint = { fill: '#f3f4f6', text: '#6b7280', label: 'n/a' };

const EMOTION: Record<string, LensPaint> = {
  '-2': { fill: '#b91c1c', text: '#ffffff', label: '-2' },
  '-1': { fill: '#fca5a5', text: '#450a0a', label: '-1' },
  '0': { fill: '#e5e7eb', text: '#111827', label: '0' },
  '1': { fill: '#86efac', text: '#052e16', label: '+1' },
  '2': { fill: '#15803d', text: '#ffffff', label: '+2' },
};

function gapPaint(gap: number): LensPaint {
  const label = `${gap > 0 ? '+' : ''}${gap.toFixed(1)}`;
  if (gap <= -2) return { fill: '#b91c1c', text: '#ffffff', label };
  if (gap < -0.5) return { fill: '#f59e0b', text: '#3d1500', label };
  if (gap < 0.5) return { fill: '#e5e7eb', text: '#111827', label };
  return { fill: '#15803d', text: '#ffffff', label };
}

const VALENCE: Record<string, LensPaint> = {
  '-1': { fill: '#ef4444', text: '#ffffff', label: 'negative' },
  '0': { fill: '#93c5fd', text: '#0c1e3d', label: 'neutral' },
  '1': { fill: '#22c55e', text: '#052e16', label: 'positive' },
};

export function paintStep(step: Step, lens: Lens, sense: SenseName): LensPaint | null {
  if (lens === 'none') return null;
  const m = step.moment;
  if (!m) return NONE;
  switch (lens) {
    case 'risk': {
      const level = riskLevel(riskScore(m.risk));
      if (!level) return NONE;
      const c = RISK_LEVEL_COLOURS[level];
      return { fill: c.fill, text: c.text, label: `${level} ${riskScore(m.risk)}` };
    }
    case 'servqual': {
      const gap = servqualGaps(m.servqual, DEFAULT_SERVQUAL_WEIGHTS).mean;
      return gap === null ? NONE : gapPaint(gap);
    }
    case 'emotion':
      return m.emotion === null ? NONE : EMOTION[String(m.emotion)];
    case 'sense': {
      const s = m.senses[sense];
      return s.engaged ? VALENCE[String(s.valence)] : NONE;
    }
  }
}

export function legendFor(lens: Lens, sense: SenseName): { title: string; entries: LegendEntry[] } | null {
  switch (lens) {
    case 'none':
      return null;
    case 'risk':
      return {
        title: 'Risk (likelihood × impact)',
        entries: [
          ...RISK_LEVELS.map((l) => ({
            fill: RISK_LEVEL_COLOURS[l].fill,
            label: { low: 'low 1-4', medium: 'medium 5-9', high: 'high 10-16', critical: 'critical 20-25' }[l],
          })),
          { fill: NONE.fill, label: 'not assessed' },
        ],
      };
    case 'servqual':
      return {
        title: 'SERVQUAL gap (P − E, mean)',
        entries: [
          { fill: '#b91c1c', label: '≤ −2 falls far short' },
          { fill: '#f59e0b', label: '−2 to −0.5 falls short' },
          { fill: '#e5e7eb', label: 'about as expected' },
          { fill: '#15803d', label: '≥ +0.5 exceeds' },
          { fill: NONE.fill, label: 'not measured' },
        ],
      };
    case 'emotion':
      return {
        title: 'Emotion',
        entries: [
          ...['-2', '-1', '0', '1', '2'].map((k) => ({ fill: EMOTION[k].fill, label: EMOTION[k].label })),
          { fill: NONE.fill, label: 'not assessed' },
        ],
      };
    case 'sense':
      return {
        title: `Sense: ${sense}`,
        entries: [
          ...['1', '0', '-1'].map((k) => ({ fill: VALENCE[k].fill, label: VALENCE[k].label })),
          { fill: NONE.fill, label: 'not engaged' },
        ],
      };
  }
}
