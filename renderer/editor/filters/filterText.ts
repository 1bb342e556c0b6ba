/**
 * A filter in the UI language, for its chip, its menu item and the chip's remove button:
 * the domain's own words (`domain.*`) for channels, senses and risk, the overlay's word
 * for a sense (`editor.sense`), the project's lane and persona names, and the filters area's words
 * for the rest (`filters.*`).
 */
import type { TFunction } from 'i18next';
import type { MapFilter } from '../../../shared/analysis/filters';
import type { Project } from '../../../shared/model';

export function filterText(filter: MapFilter, t: TFunction, project: Project | null): string {
  switch (filter.kind) {
    case 'highRisk':
      return t('filters.highRisk');
    case 'momentsOfTruth':
      return t('filters.momentsOfTruth');
    case 'painPoints':
      return t('filters.painPoints');
    case 'channel':
      return t('filters.named', { kind: t('domain.channel'), value: t(`domain.channels.${filter.channel}`) });
    case 'sense':
      return t('filters.named', { kind: t('editor.sense'), value: t(`domain.senses.${filter.sense}`) });
    case 'lane': {
      const name = project?.lanes.find((l) => l.id === filter.laneId)?.name ?? '';
      return t('filters.named', { kind: t('domain.lane'), value: name });
    }
    case 'persona': {
      const name = project?.personas.find((p) => p.id === filter.personaId)?.name ?? '';
      return t('filters.named', { kind: t('personas.filter.kind'), value: name });
    }
    case 'riskCell':
      return t('filters.riskCell', {
        risk: t('domain.risk'),
        likelihood: t('domain.likelihood'),
        l: filter.likelihood,
        impact: t('domain.impact'),
        i: filter.impact,
      });
  }
}
