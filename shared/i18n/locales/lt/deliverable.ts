import type { Messages } from '../../messages';

/** lt: the deliverable: page presets, tiled PDF pages, the insights page, export thumbnail, translated from ../en/deliverable.ts. */
export const deliverable: Messages = {
  deliverable: {
    dialog: {
      formatPdf: 'PDF (vektorinis, didelis žemėlapis – keliuose puslapiuose)',
      page: 'Puslapis',
      pages: {
        slide: 'Skaidrė 16:9',
        A4: 'A4 gulsčias',
        A3: 'A3 gulsčias',
        map: 'Paties žemėlapio dydis',
      },
      rows: 'Kelionės žemėlapio eilutės',
      allRows: 'Visos eilutės',
      noRows: 'Jokių eilučių',
      insightsPage: 'Pabaigoje – įžvalgų puslapis',
      theme: 'Tema',
      themes: { light: 'Šviesi', dark: 'Tamsi' },
      preview: 'Eksporto peržiūra',
      previewPending: 'Piešiama peržiūra…',
      pageCount_one: '{{count}} puslapis',
      pageCount_few: '{{count}} puslapiai',
      pageCount_many: '{{count}} puslapio',
      pageCount_other: '{{count}} puslapių',
      tiledNote: 'Padalyta į puslapius, mastelis {{percent}}: žingsnių pavadinimai apie {{points}} pt',
    },
    pdf: {
      pageOf: 'Puslapis {{page}} iš {{pages}}',
      tiled_one:
        'Skaitomo dydžio žemėlapis netilpo viename puslapyje, todėl jis padalytas į puslapius (iš viso: {{count}}), mastelis {{percent}} (žingsnių pavadinimai apie {{points}} pt).',
      tiled_few:
        'Skaitomo dydžio žemėlapis netilpo viename puslapyje, todėl jis padalytas į puslapius (iš viso: {{count}}), mastelis {{percent}} (žingsnių pavadinimai apie {{points}} pt).',
      tiled_many:
        'Skaitomo dydžio žemėlapis netilpo viename puslapyje, todėl jis padalytas į puslapius (iš viso: {{count}}), mastelis {{percent}} (žingsnių pavadinimai apie {{points}} pt).',
      tiled_other:
        'Skaitomo dydžio žemėlapis netilpo viename puslapyje, todėl jis padalytas į puslapius (iš viso: {{count}}), mastelis {{percent}} (žingsnių pavadinimai apie {{points}} pt).',
      insightsTitle: 'Įžvalgos',
    },
  },
};
