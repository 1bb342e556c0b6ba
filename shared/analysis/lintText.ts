/**
 * A lint finding in words, in a translator's language. Kept apart from the lint
 * itself so the checks stay free of text; the translator is the caller's
 * (the renderer's i18next, or shared/i18n/translator.ts for main and the exports).
 */
import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { metricLabels } from '../formats/drawing/metricLabels';
import type { LintFinding } from './lint';

/** A step named in a sentence: its title in quotes, or the language's words for an untitled one. */
function stepRef(t: TFunction, title: string | undefined, inline: boolean): string {
  if (title) return t('lint.stepName', { title });
  return t(inline ? 'lint.untitledStepInline' : 'lint.untitledStep');
}

/** The sentence a workshop participant reads for one finding. */
export function lintMessage(t: TFunction, lng: Language, finding: LintFinding): string {
  switch (finding.code) {
    case 'unreachable':
    case 'dead-end':
    case 'truth-without-standard':
      return t(`lint.${finding.code}`, { step: stepRef(t, finding.params.step, false) });
    case 'missing-flow-target': {
      const { flow, end, step } = finding.params;
      return t(`lint.missing-flow-target.${end}`, {
        flow: flow ? t('lint.flowName', { label: flow }) : t('lint.unnamedFlow'),
        step: stepRef(t, step, true),
      });
    }
    case 'risk-without-mitigation':
      return t('lint.risk-without-mitigation', {
        step: stepRef(t, finding.params.step, false),
        level: t(`domain.riskLevels.${finding.params.level}`).toLocaleLowerCase(lng),
        score: formatNumber(lng, finding.params.score),
      });
    case 'servqual-incomplete':
      return t('lint.servqual-incomplete', {
        step: stepRef(t, finding.params.step, false),
        halves: finding.params.halves
          .map((half) =>
            t(half.missing === 'expectation' ? 'lint.noExpectation' : 'lint.noPerception', {
              dimension: t(`domain.dimensions.${half.dimension}`),
            }),
          )
          .join(t('lint.separator')),
      });
    case 'metric-off-target': {
      const { metric } = finding.params;
      const words = metricLabels(t, lng);
      return t('metrics.lint.offTarget', {
        step: stepRef(t, finding.params.step, false),
        metric: words.name(metric),
        value: words.value(metric.value, metric.unit),
        target: words.value(metric.target, metric.unit),
      });
    }
  }
}
