import type { Messages } from '../../messages';

/** hu: the journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes, translated from ../en/band.ts. */
export const band: Messages = {
  band: {
    region: 'Útitérkép sorai',
    more_one: '+{{count}} további',
    more_other: '+{{count}} további',
    measuresDone: '{{done}}/{{total}} teljesítve',
    cell: '{{row}}: {{step}}',
    add: {
      thoughts: 'Gondolat hozzáadása: {{step}}',
      painPoints: 'Fájdalompont hozzáadása: {{step}}',
      opportunities: 'Lehetőség hozzáadása: {{step}}',
    },
    input: {
      thoughts: 'Új gondolat: {{step}}',
      painPoints: 'Új fájdalompont: {{step}}',
      opportunities: 'Új lehetőség: {{step}}',
    },
    editNote: 'Jegyzet szerkesztése: {{text}}',
    editInput: 'Jegyzet szövege',
    removeNote: 'Jegyzet törlése: {{text}}',
    inputHint: 'Enter: mentés, Escape: mégse',
    notContact: 'Fájdalompontja és lehetősége csak érintkezési pontnak lehet.',
    makeContact: 'Legyen érintkezési pont',
    cancel: 'Mégse',
    menu: {
      button: 'Sorok',
      title: 'Útitérkép sorai',
      show: 'Sor megjelenítése: {{row}}',
      up: 'Feljebb: {{row}}',
      down: 'Lejjebb: {{row}}',
    },
  },
};
