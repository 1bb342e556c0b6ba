import type { Messages } from '../../messages';

/** lt: the map filters and their chips (renderer/editor/filters), translated from ../en/filters.ts. */
export const filters: Messages = {
  filters: {
    button: 'Filtras',
    menu: 'Žemėlapio filtrai',
    highRisk: 'Didelė ir kritinė rizika',
    momentsOfTruth: 'Tiesos momentai',
    painPoints: 'Žingsniai su skausmo taškais',
    named: '{{kind}}: {{value}}',
    riskCell: '{{risk}}: {{likelihood}} {{l}} × {{impact}} {{i}}',
    bar: 'Aktyvūs filtrai',
    remove: 'Pašalinti filtrą: {{filter}}',
    clearAll: 'Išvalyti viską',
    count_one: 'Atitinkantys žingsniai: {{matching}} iš {{total}}',
    count_few: 'Atitinkantys žingsniai: {{matching}} iš {{total}}',
    count_many: 'Atitinkantys žingsniai: {{matching}} iš {{total}}',
    count_other: 'Atitinkantys žingsniai: {{matching}} iš {{total}}',
    chipHint: 'Delete arba Backspace pašalina filtrą',
  },
};
