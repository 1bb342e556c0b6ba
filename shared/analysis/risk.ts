/**
 * Risk of a contact moment: likelihood (1-5) x impact (1-5), and the level it falls in.
 * Derived on demand, never stored.
 */
import type { Risk } from '../model/types';
import { LIGHT } from '../look/tokens';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Likelihood times impact, or null while either is unset.
 *
 * @example riskScore({ likelihood: 3, impact: 4, description: '', mitigation: '' }) // 12
 */
export function riskScore(risk: Risk): number | null {
  if (risk.likelihood === null || risk.impact === null) return null;
  return risk.likelihood * risk.impact;
}

/**
 * The level of a score: low 1-4, medium 5-9, high 10-16, critical 20-25.
 *
 * 17, 18 and 19 are not products of two numbers from 1 to 5, so a scored moment never
 * lands there; should a score in that range appear anyway (a formula changed, a value
 * typed into an import) it counts as high, because it has not reached 20. Scores above
 * 25 count as critical. No score, or one below 1, has no level.
 *
 * @example riskLevel(12) // 'high'
 */
export function riskLevel(score: number | null): RiskLevel | null {
  if (score === null || !Number.isFinite(score) || score < 1) return null;
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score < 20) return 'high';
  return 'critical';
}

export interface RiskColour {
  /** Background of a badge or heat-map cell. */
  fill: string;
  /** Text drawn on `fill`; contrast at least 4.5:1 (WCAG AA for normal text). */
  text: string;
  /** Outline that keeps the cell visible on a white page (at least 3:1 against white). */
  border: string;
}

/**
 * Colours per level, ordered light to dark so the levels also differ in lightness
 * (readable in greyscale prints and for colour-blind readers), with text colours
 * chosen for WCAG AA contrast on each fill. Pair them with the level's name; colour
 * should never be the only cue. Defined with the visual system's tokens (shared/look/tokens.ts).
 */
export const RISK_LEVEL_COLOURS: Readonly<Record<RiskLevel, RiskColour>> = LIGHT.risk;
