import type { Messages } from '../../messages';

/** et: the journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes, translated from ../en/band.ts. */
export const band: Messages = {
  band: {
    region: 'Teekonnakaardi read',
    more_one: '+{{count}} veel',
    more_other: '+{{count}} veel',
    measuresDone: 'Tehtud: {{done}}/{{total}}',
    cell: '{{row}}: {{step}}',
    add: {
      thoughts: 'Lisa mõte: {{step}}',
      painPoints: 'Lisa valupunkt: {{step}}',
      opportunities: 'Lisa võimalus: {{step}}',
    },
    input: {
      thoughts: 'Uus mõte: {{step}}',
      painPoints: 'Uus valupunkt: {{step}}',
      opportunities: 'Uus võimalus: {{step}}',
    },
    editNote: 'Muuda märget: {{text}}',
    editInput: 'Märkme tekst',
    removeNote: 'Kustuta märge: {{text}}',
    inputHint: 'Enter salvestab, Escape tühistab',
    notContact: 'Valupunktid ja võimalused on ainult kokkupuutepunktidel.',
    makeContact: 'Tee kokkupuutepunktiks',
    cancel: 'Tühista',
    menu: {
      button: 'Read',
      title: 'Teekonnakaardi read',
      show: 'Näita rida: {{row}}',
      up: 'Liiguta üles: {{row}}',
      down: 'Liiguta alla: {{row}}',
    },
  },
};
