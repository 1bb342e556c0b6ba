import type { Messages } from '../../messages';

/** et: the map filters and their chips (renderer/editor/filters), translated from ../en/filters.ts. */
export const filters: Messages = {
  filters: {
    button: 'Filtreeri',
    menu: 'Kaardi filtrid',
    highRisk: 'Kõrge ja kriitiline risk',
    momentsOfTruth: 'Tõehetked',
    painPoints: 'Valupunktidega sammud',
    named: '{{kind}}: {{value}}',
    riskCell: '{{risk}}: {{likelihood}} {{l}} × {{impact}} {{i}}',
    bar: 'Aktiivsed filtrid',
    remove: 'Eemalda filter: {{filter}}',
    clearAll: 'Tühjenda kõik',
    count_one: 'Sobivad sammud: {{matching}} / {{total}}',
    count_other: 'Sobivad sammud: {{matching}} / {{total}}',
    chipHint: 'Delete või Backspace eemaldab filtri',
  },
};
