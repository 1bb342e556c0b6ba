import type { Messages } from '../../messages';

/** lt: the journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes, translated from ../en/band.ts. */
export const band: Messages = {
  band: {
    region: 'Kelionės žemėlapio eilutės',
    more_one: 'Dar +{{count}}',
    more_few: 'Dar +{{count}}',
    more_many: 'Dar +{{count}}',
    more_other: 'Dar +{{count}}',
    measuresDone: 'Atlikta: {{done}} iš {{total}}',
    cell: '{{row}}: {{step}}',
    add: {
      thoughts: 'Pridėti mintį: {{step}}',
      painPoints: 'Pridėti skausmo tašką: {{step}}',
      opportunities: 'Pridėti galimybę: {{step}}',
    },
    input: {
      thoughts: 'Nauja mintis: {{step}}',
      painPoints: 'Naujas skausmo taškas: {{step}}',
      opportunities: 'Nauja galimybė: {{step}}',
    },
    editNote: 'Redaguoti pastabą: {{text}}',
    editInput: 'Pastabos tekstas',
    removeNote: 'Ištrinti pastabą: {{text}}',
    inputHint: 'Enter – išsaugoti, Escape – atšaukti',
    notContact: 'Skausmo taškus ir galimybes turi tik kontakto momentai.',
    makeContact: 'Paversti kontakto momentu',
    cancel: 'Atšaukti',
    menu: {
      button: 'Eilutės',
      title: 'Kelionės žemėlapio eilutės',
      show: 'Rodyti eilutę: {{row}}',
      up: 'Perkelti aukštyn: {{row}}',
      down: 'Perkelti žemyn: {{row}}',
    },
  },
};
