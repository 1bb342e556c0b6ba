import type { Messages } from '../../messages';

/** hu: the deliverable: page presets, tiled PDF pages, the insights page, export thumbnail, translated from ../en/deliverable.ts. */
export const deliverable: Messages = {
  deliverable: {
    dialog: {
      formatPdf: 'PDF (vektoros, nagy térképnél több oldalon)',
      page: 'Oldal',
      pages: {
        slide: 'Dia 16:9',
        A4: 'A4 fekvő',
        A3: 'A3 fekvő',
        map: 'A térkép saját mérete',
      },
      rows: 'Az ügyfélút-térkép sorai',
      allRows: 'Minden sor',
      noRows: 'Egy sor sem',
      insightsPage: 'Elemzési oldal a végén',
      theme: 'Téma',
      themes: { light: 'Világos', dark: 'Sötét' },
      preview: 'Az export előnézete',
      previewPending: 'Az előnézet készül…',
      pageCount_one: '{{count}} oldal',
      pageCount_other: '{{count}} oldal',
      tiledNote: 'Több oldalon, {{percent}} méretben: a lépéscímek kb. {{points}} pt-osak',
    },
    pdf: {
      pageOf: 'Oldal: {{page}}/{{pages}}',
      tiled_one:
        'A térkép olvasható méretben nem fért el egy oldalon, ezért {{count}} oldalra osztva, {{percent}} méretben készült (a lépéscímek kb. {{points}} pt-osak).',
      tiled_other:
        'A térkép olvasható méretben nem fért el egy oldalon, ezért {{count}} oldalra osztva, {{percent}} méretben készült (a lépéscímek kb. {{points}} pt-osak).',
      insightsTitle: 'Elemzés',
    },
  },
};
