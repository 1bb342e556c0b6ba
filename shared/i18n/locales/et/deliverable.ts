import type { Messages } from '../../messages';

/** et: the deliverable: page presets, tiled PDF pages, the insights page, export thumbnail, translated from ../en/deliverable.ts. */
export const deliverable: Messages = {
  deliverable: {
    dialog: {
      formatPdf: 'PDF (vektor, suur kaart mitmel lehel)',
      page: 'Leht',
      pages: {
        slide: 'Slaid 16:9',
        A4: 'A4 rõhtpaigutus',
        A3: 'A3 rõhtpaigutus',
        map: 'Kaardi enda suurus',
      },
      rows: 'Teekonnakaardi read',
      allRows: 'Kõik read',
      noRows: 'Ükski rida',
      insightsPage: 'Lõpus ülevaateleht',
      theme: 'Teema',
      themes: { light: 'Hele', dark: 'Tume' },
      preview: 'Ekspordi eelvaade',
      previewPending: 'Eelvaade valmib…',
      pageCount_one: '{{count}} leht',
      pageCount_other: '{{count}} lehte',
      tiledNote: 'Jaotatud lehtedele, mõõtkava {{percent}}: sammude pealkirjad umbes {{points}} pt',
    },
    pdf: {
      pageOf: 'Leht {{page}}/{{pages}}',
      tiled_one:
        'Kaart ei mahtunud loetavas suuruses ühele lehele, seega jaotati see lehtedele (kokku: {{count}}), mõõtkava {{percent}} (sammude pealkirjad umbes {{points}} pt).',
      tiled_other:
        'Kaart ei mahtunud loetavas suuruses ühele lehele, seega jaotati see lehtedele (kokku: {{count}}), mõõtkava {{percent}} (sammude pealkirjad umbes {{points}} pt).',
      insightsTitle: 'Ülevaade',
    },
  },
};
