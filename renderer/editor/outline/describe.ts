/**
 * The annotations of a step in readable sentences, for the Journey outline. Derived figures
 * (risk score and level, SERVQUAL gaps) come from shared/analysis and the domain's words
 * (senses, channels, emotions, risk levels...) from the catalogue's `domain.*`, so the
 * outline says what the inspector shows, in the UI language. Phrases go through ../phrase
 * (templates looked up once per language: the outline says tens of thousands of them).
 */
import { riskLevel, riskScore, servqualGaps } from '../../../shared/analysis';
import { SENSES, SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Flow, Moment, ServqualWeights, Step } from '../../../shared/model/types';
import { lower, phrase, plural, signed } from '../phrase';

export { phrase };
const t = phrase;

/** A domain word (`domain.<group>.<value>`), lower-cased for running text. */
const word = (group: string, value: string | number) => lower(t(`domain.${group}.${value}`));
/** A risk score's level in words ("high"). */
const levelWord = (score: number) => {
  const level = riskLevel(score);
  return level ? word('riskLevels', level) : '';
};
/** Items of one line ("Hearing negative; Sight positive"). */
const joined = (items: readonly string[]) => items.join(t('outline.detail.separator'));

/** A step's title as the outline says it ("Untitled step" when empty). */
export function stepTitle(step: Step | undefined): string {
  if (!step) return t('outline.missingStep');
  return step.title.trim() || t('outline.untitled');
}

/** A flow named by its ends' titles and its kind: "main flow from Wait in the queue to Pay" (as on the canvas). */
export function flowName(flow: Flow, from: string, to: string): string {
  const label = flow.label.trim();
  return label
    ? t(`canvas.flowNameLabelled.${flow.kind}`, { label, from, to })
    : t(`canvas.flowName.${flow.kind}`, { from, to });
}

/** The few facts said with the step's name: kind, lane, contact moment, moment of truth, risk, emotion. */
export function stepSummary(step: Step, laneName: string | undefined): string[] {
  const parts: string[] = [];
  if (step.kind !== 'step') parts.push(word('stepKinds', step.kind));
  if (laneName !== undefined) parts.push(t('outline.lane', { name: laneName }));
  const m = step.moment;
  if (!m) return parts;
  parts.push(lower(t('domain.contactMoment')));
  if (m.momentOfTruth) parts.push(lower(t('domain.momentOfTruth')));
  const score = riskScore(m.risk);
  if (score !== null) parts.push(t('outline.riskShort', { score, level: levelWord(score) }));
  if (m.emotion !== null) parts.push(t('outline.emotionShort', { value: signed(m.emotion) }));
  return parts;
}

const VALENCE = { '-1': 'negative', '0': 'neutral', '1': 'positive' } as const;
const list = (items: readonly string[]) => items.map((s) => s.trim()).filter(Boolean);

function momentDetails(m: Moment, weights: ServqualWeights): string[] {
  const out: string[] = [t('outline.detail.channel', { channel: t(`domain.channels.${m.channel}`) })];
  if (m.actor.trim()) out.push(t('outline.detail.actor', { actor: m.actor.trim() }));

  const senses = SENSES.filter((s) => m.senses[s].engaged).map((s) => {
    const values = {
      sense: t(`domain.senses.${s}`),
      valence: word('valence', VALENCE[String(m.senses[s].valence) as keyof typeof VALENCE]),
      note: m.senses[s].note.trim(),
    };
    return values.note ? t('outline.detail.senseNote', values) : t('outline.detail.sense', values);
  });
  out.push(senses.length ? t('outline.detail.senses', { list: joined(senses) }) : t('outline.detail.sensesNone'));

  const score = riskScore(m.risk);
  out.push(
    score === null ? t('outline.detail.riskNotScored') : t('outline.detail.risk', { score, level: levelWord(score) }),
  );
  if (m.risk.description.trim()) out.push(t('outline.detail.riskDescription', { text: m.risk.description.trim() }));
  if (m.risk.mitigation.trim()) out.push(t('outline.detail.mitigation', { text: m.risk.mitigation.trim() }));

  out.push(
    m.emotion === null
      ? t('outline.detail.emotionNotSet')
      : t('outline.detail.emotion', { value: signed(m.emotion), name: word('emotions', m.emotion) }),
  );

  const gaps = servqualGaps(m.servqual, weights);
  if (gaps.mean === null) out.push(t('outline.detail.servqualNone'));
  else {
    const dimensions = SERVQUAL_DIMENSIONS.filter((d) => gaps.perDimension[d] !== null).map((d) =>
      t('outline.detail.dimension', {
        name: t(`domain.dimensions.${d}`),
        gap: signed(gaps.perDimension[d]!),
        expectation: m.servqual[d].expectation,
        perception: m.servqual[d].perception,
      }),
    );
    out.push(
      t('outline.detail.servqual', {
        mean: signed(gaps.mean, 2),
        weighted: gaps.weighted === null ? '–' : signed(gaps.weighted, 2),
        dimensions: joined(dimensions),
      }),
    );
    out.push(t('outline.detail.evidence', { evidence: t(`domain.evidence.${m.servqual.evidence}`) }));
  }

  const { ordinary, quality, measures } = m.standard;
  if (ordinary.trim()) out.push(t('outline.detail.ordinary', { text: ordinary.trim() }));
  if (quality.trim()) out.push(t('outline.detail.quality', { text: quality.trim() }));
  if (measures.length)
    out.push(
      t('outline.detail.measures', {
        done: measures.filter((x) => x.done).length,
        total: measures.length,
        list: joined(
          measures.map((x) =>
            t(x.done ? 'outline.detail.measureDone' : 'outline.detail.measureOpen', { text: x.text }),
          ),
        ),
      }),
    );
  if (m.waitSeconds !== null) out.push(plural('outline.detail.wait', m.waitSeconds));
  const pains = list(m.painPoints);
  if (pains.length) out.push(t('outline.detail.painPoints', { list: joined(pains) }));
  const opportunities = list(m.opportunities);
  if (opportunities.length) out.push(t('outline.detail.opportunities', { list: joined(opportunities) }));
  if (m.notes.trim()) out.push(t('outline.detail.notes', { text: m.notes.trim() }));
  return out;
}

/** Every annotation of a step, one readable line each, in the inspector's order. */
export function stepDetails(step: Step, weights: ServqualWeights): string[] {
  const out: string[] = [];
  if (step.description.trim()) out.push(t('outline.detail.description', { text: step.description.trim() }));
  if (step.moment) out.push(...momentDetails(step.moment, weights));
  return out;
}
