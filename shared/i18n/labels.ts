import type { TFunction } from 'i18next';
import { formatNumber, formatSigned } from './format';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import type { InsightsChartLabels } from '../formats/drawing/insightsCharts';
import type { DrawingLabels } from '../formats/drawing/theme';
import type { LensLabels } from '../lens';
import { CHANNELS, ROW_KINDS, SENSES } from '../model/schema';
import type { Channel, RowKind, SenseName } from '../model/types';
import { formatDuration } from './duration';
import { metricLabels } from '../formats/drawing/metricLabels';

function senseRecord(t: TFunction, prefix: string): Record<SenseName, string> {
  return Object.fromEntries(SENSES.map((s) => [s, t(`${prefix}.${s}`)])) as Record<SenseName, string>;
}

/** The lens legends' words and numbers in the translator's language (`lng`: the same language, for Intl). */
export function lensLabels(t: TFunction, lng: Language = DEFAULT_LANGUAGE): LensLabels {
  const senses = senseRecord(t, 'domain.senses');
  return {
    valence: {
      negative: t('domain.valence.negative'),
      neutral: t('domain.valence.neutral'),
      positive: t('domain.valence.positive'),
    },
    riskTitle: t('lens.riskTitle'),
    riskLevels: {
      low: t('lens.riskLevels.low'),
      medium: t('lens.riskLevels.medium'),
      high: t('lens.riskLevels.high'),
      critical: t('lens.riskLevels.critical'),
    },
    servqualTitle: t('lens.servqualTitle'),
    servqualBands: {
      meets: t('lens.servqualBands.meets'),
      slightlyShort: t('lens.servqualBands.slightlyShort'),
      short: t('lens.servqualBands.short'),
      farShort: t('lens.servqualBands.farShort'),
    },
    emotionTitle: t('lens.emotionTitle'),
    emotions: [
      t('domain.emotions.-2'),
      t('domain.emotions.-1'),
      t('domain.emotions.0'),
      t('domain.emotions.1'),
      t('domain.emotions.2'),
    ],
    senses,
    senseLensTitle: (sense) => t('lens.senseTitle', { sense: senses[sense] }),
    notAssessed: t('lens.notAssessed'),
    notMeasured: t('lens.notMeasured'),
    notEngaged: t('lens.notEngaged'),
    riskLevelNames: {
      low: t('domain.riskLevels.low').toLocaleLowerCase(lng),
      medium: t('domain.riskLevels.medium').toLocaleLowerCase(lng),
      high: t('domain.riskLevels.high').toLocaleLowerCase(lng),
      critical: t('domain.riskLevels.critical').toLocaleLowerCase(lng),
    },
    range: (from, to) => t('lens.range', { from, to }),
    // Signed numbers (gaps, emotions) always have exactly `digits` decimals, as everywhere else.
    number: (n, digits, style = {}) =>
      style.signed
        ? formatSigned(lng, n, digits)
        : formatNumber(lng, Object.is(n, -0) ? 0 : n, {
            minimumFractionDigits: style.fixed ? digits : 0,
            maximumFractionDigits: digits,
          }),
    lower: (word) => word.toLocaleLowerCase(lng),
    notAssessedShort: t('lens.notAssessedShort'),
  };
}

/** Every word drawn into an exported picture, in the translator's language. */
export function drawingLabels(t: TFunction, lng: Language = DEFAULT_LANGUAGE): DrawingLabels {
  return {
    ...lensLabels(t, lng),
    senseTags: senseRecord(t, 'domain.senseTags'),
    flows: {
      main: t('domain.flowKinds.main'),
      alternative: t('domain.flowKinds.alternative'),
      failure: t('domain.flowKinds.failure'),
    },
    contactMoment: t('domain.contactMoment'),
    momentOfTruth: t('domain.momentOfTruth'),
    decision: t('domain.stepKinds.decision'),
    rows: Object.fromEntries(ROW_KINDS.map((k) => [k, t(`rows.names.${k}`)])) as Record<RowKind, string>,
    channels: Object.fromEntries(CHANNELS.map((c) => [c, t(`domain.channels.${c}`)])) as Record<Channel, string>,
    moreNotes: (count) => t('band.more', { count }),
    measuresDone: (done, total) =>
      t('band.measuresDone', { done: formatNumber(lng, done), total: formatNumber(lng, total) }),
    duration: (seconds) => formatDuration(lng, seconds),
    metrics: metricLabels(t, lng),
    defaultCurve: t('personas.curve.default'),
  };
}

/**
 * The words of the Insights charts (shared/formats/drawing/insightsCharts.ts) in the
 * translator's language: for the Insights view and the PDF's insights page alike.
 */
export function insightsChartLabels(t: TFunction, lng: Language = DEFAULT_LANGUAGE): InsightsChartLabels {
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 });
  return {
    likelihood: t('domain.likelihood'),
    impact: t('domain.impact'),
    riskLevels: {
      low: t('domain.riskLevels.low'),
      medium: t('domain.riskLevels.medium'),
      high: t('domain.riskLevels.high'),
      critical: t('domain.riskLevels.critical'),
    },
    riskCell: (likelihood, impact, count) => t('insightsView.risk.cell', { likelihood, impact, count }),
    dimensions: {
      tangibles: t('domain.dimensions.tangibles'),
      reliability: t('domain.dimensions.reliability'),
      responsiveness: t('domain.dimensions.responsiveness'),
      assurance: t('domain.dimensions.assurance'),
      empathy: t('domain.dimensions.empathy'),
    },
    expectation: t('domain.expectation'),
    perception: t('domain.perception'),
    gap: t('domain.gap'),
    notScored: t('insightsView.servqual.notScored'),
    sampleSize: (count) => t('insightsView.servqual.sampleSize', { count }),
    overall: (plain, weighted) => t('insightsView.servqual.overall', { plain, weighted }),
    senses: senseRecord(t, 'domain.senses'),
    valence: {
      negative: t('domain.valence.negative'),
      neutral: t('domain.valence.neutral'),
      positive: t('domain.valence.positive'),
    },
    senseGroups: {
      sight: t('insightsView.senses.groups.sight'),
      hearing: t('insightsView.senses.groups.hearing'),
      'smell-taste': t('insightsView.senses.groups.smell-taste'),
    },
    seedSplit: t('insightsView.senses.seedSplit'),
    journeyMix: t('insightsView.senses.journeyMix'),
    splitTitle: t('insightsView.senses.splitTitle'),
    noReference: t('insightsView.senses.noReference'),
    number: (n, digits) => formatNumber(lng, n, { maximumFractionDigits: digits }),
    signed: (n, digits) => formatSigned(lng, n, digits),
    percent: (share) => percent.format(share),
  };
}
