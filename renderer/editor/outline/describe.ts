/**
 * The annotations of a step in readable sentences, for the Journey outline. Derived figures
 * (risk score and level, SERVQUAL gaps) come from shared/analysis, option names from the
 * inspector's lists, so the outline says what the inspector shows.
 */
import i18n from '../../i18n';
import { riskLevel, riskScore, servqualGaps } from '../../../shared/analysis';
import { SENSES, SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import type { Flow, FlowKind, Moment, ServqualWeights, Step } from '../../../shared/model/types';

/*
 * The outline says tens of thousands of phrases for a large journey, and i18next's t() costs
 * tens of microseconds a call (a 2,000-step journey took 0.7 to 2 s to describe). Each phrase's
 * template is looked up once per language and filled in here.
 */
const templates = new Map<string, string>();
let templatesLanguage = '';
function template(key: string): string {
  const language = i18n.language;
  if (language !== templatesLanguage) {
    templates.clear();
    templatesLanguage = language;
  }
  let text = templates.get(key);
  if (text === undefined) {
    const found = i18n.getResource(language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
    text = typeof found === 'string' ? found : key;
    templates.set(key, text);
  }
  return text;
}

/** A catalogue phrase with its `{{values}}` filled in (no plurals: counts go through i18n.t). */
export function phrase(key: string, values?: Record<string, unknown>): string {
  return template(key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));
}
const t = phrase;
/** A domain word from the catalogue (`domain.<group>.<value>`), looked up once per language. */
const word = (group: string, value: string | number) => template(`domain.${group}.${value}`);
const VALENCE_KEYS = { '-1': 'negative', '0': 'neutral', '1': 'positive' } as const;
/** A signed number: "+1", "0", "-2", "-0.45". */
function signed(n: number, digits = 0): string {
  const text = n.toFixed(digits);
  return n > 0 ? `+${text}` : Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A step's title as the outline says it ("Untitled step" when empty). */
export function stepTitle(step: Step | undefined): string {
  if (!step) return t('outline.missingStep');
  return step.title.trim() || t('outline.untitled');
}

/** A flow named by its ends' titles and its kind: "main flow from Wait in the queue to Pay". */
export function flowName(flow: Flow, from: string, to: string): string {
  const values = { kind: flow.kind satisfies FlowKind, from, to };
  const label = flow.label.trim();
  return label ? t('outline.flowLabelled', { ...values, label }) : t('outline.flow', values);
}

/** The few facts said with the step's name: kind, lane, contact moment, moment of truth, risk, emotion. */
export function stepSummary(step: Step, laneName: string | undefined): string[] {
  const parts: string[] = [];
  if (step.kind !== 'step') parts.push(t(`outline.kind.${step.kind}`));
  if (laneName !== undefined) parts.push(t('outline.lane', { name: laneName }));
  const m = step.moment;
  if (!m) return parts;
  parts.push(t('outline.moment'));
  if (m.momentOfTruth) parts.push(t('outline.truth'));
  const score = riskScore(m.risk);
  if (score !== null) parts.push(t('outline.riskShort', { score, level: riskLevel(score) ?? '' }));
  if (m.emotion !== null) parts.push(t('outline.emotionShort', { value: signed(m.emotion) }));
  return parts;
}

const list = (items: readonly string[]) => items.map((s) => s.trim()).filter(Boolean);

function momentDetails(m: Moment, weights: ServqualWeights): string[] {
  const out: string[] = [t('outline.detail.channel', { channel: word('channels', m.channel) })];
  if (m.actor.trim()) out.push(t('outline.detail.actor', { actor: m.actor.trim() }));

  const senses = SENSES.filter((s) => m.senses[s].engaged).map((s) => {
    const values = {
      sense: word('senses', s),
      valence: word('valence', VALENCE_KEYS[m.senses[s].valence]).toLowerCase(),
      note: m.senses[s].note.trim(),
    };
    return values.note ? t('outline.detail.senseNote', values) : t('outline.detail.sense', values);
  });
  out.push(senses.length ? t('outline.detail.senses', { list: senses.join('; ') }) : t('outline.detail.sensesNone'));

  const score = riskScore(m.risk);
  out.push(
    score === null
      ? t('outline.detail.riskNotScored')
      : t('outline.detail.risk', { score, level: riskLevel(score) ?? '' }),
  );
  if (m.risk.description.trim()) out.push(t('outline.detail.riskDescription', { text: m.risk.description.trim() }));
  if (m.risk.mitigation.trim()) out.push(t('outline.detail.mitigation', { text: m.risk.mitigation.trim() }));

  out.push(
    m.emotion === null
      ? t('outline.detail.emotionNotSet')
      : t('outline.detail.emotion', { value: `${signed(m.emotion)} ${word('emotions', m.emotion).toLowerCase()}` }),
  );

  const gaps = servqualGaps(m.servqual, weights);
  if (gaps.mean === null) out.push(t('outline.detail.servqualNone'));
  else {
    const dimensions = SERVQUAL_DIMENSIONS.filter((d) => gaps.perDimension[d] !== null).map((d) =>
      t('outline.detail.dimension', {
        name: word('dimensions', d),
        gap: signed(gaps.perDimension[d]!),
        expectation: m.servqual[d].expectation,
        perception: m.servqual[d].perception,
      }),
    );
    out.push(
      t('outline.detail.servqual', {
        mean: signed(gaps.mean, 2),
        weighted: gaps.weighted === null ? '–' : signed(gaps.weighted, 2),
        dimensions: dimensions.join('; '),
      }),
    );
    out.push(t('outline.detail.evidence', { evidence: word('evidence', m.servqual.evidence) }));
  }

  const { ordinary, quality, measures } = m.standard;
  if (ordinary.trim()) out.push(t('outline.detail.ordinary', { text: ordinary.trim() }));
  if (quality.trim()) out.push(t('outline.detail.quality', { text: quality.trim() }));
  if (measures.length)
    out.push(
      t('outline.detail.measures', {
        done: measures.filter((x) => x.done).length,
        total: measures.length,
        list: measures
          .map((x) => t(x.done ? 'outline.detail.measureDone' : 'outline.detail.measureOpen', { text: x.text }))
          .join('; '),
      }),
    );
  if (m.waitSeconds !== null) out.push(t('outline.detail.wait', { seconds: m.waitSeconds }));
  const pains = list(m.painPoints);
  if (pains.length) out.push(t('outline.detail.painPoints', { list: pains.join('; ') }));
  const opportunities = list(m.opportunities);
  if (opportunities.length) out.push(t('outline.detail.opportunities', { list: opportunities.join('; ') }));
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
