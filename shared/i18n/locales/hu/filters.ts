import type { Messages } from '../../messages';

/** hu: the map filters and their chips (renderer/editor/filters), translated from ../en/filters.ts. */
export const filters: Messages = {
  filters: {
    button: 'Szűrő',
    menu: 'Térképszűrők',
    highRisk: 'Magas és kritikus kockázat',
    momentsOfTruth: 'Az igazság pillanatai',
    painPoints: 'Lépések fájdalomponttal',
    named: '{{kind}}: {{value}}',
    riskCell: '{{risk}}: {{likelihood}} {{l}} × {{impact}} {{i}}',
    bar: 'Aktív szűrők',
    remove: 'Szűrő eltávolítása: {{filter}}',
    clearAll: 'Az összes törlése',
    count_one: 'Egyező lépések: {{matching}} / {{total}}',
    count_other: 'Egyező lépések: {{matching}} / {{total}}',
    chipHint: 'A Delete vagy a Backspace eltávolítja a szűrőt',
  },
};
