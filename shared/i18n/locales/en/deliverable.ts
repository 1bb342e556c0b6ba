/** The deliverable: page presets, tiled PDF pages, the insights page, export thumbnail. */
export const deliverable = {
  deliverable: {
    /** The export dialog (renderer/export/ExportDialog.tsx). */
    dialog: {
      formatPdf: 'PDF (vector, tiled when large)',
      page: 'Page',
      pages: {
        slide: 'Slide 16:9',
        A4: 'A4 landscape',
        A3: 'A3 landscape',
        map: 'The map’s own size',
      },
      rows: 'Journey-map rows',
      allRows: 'All rows',
      noRows: 'No rows',
      insightsPage: 'End with an insights page',
      theme: 'Theme',
      themes: { light: 'Light', dark: 'Dark' },
      preview: 'Preview of the export',
      previewPending: 'Drawing the preview…',
      pageCount_one: '{{count}} page',
      pageCount_other: '{{count}} pages',
      tiledNote: 'Tiled at {{percent}}: step titles about {{points}} pt',
    },
    /** Words written into the PDF (in the export's language). */
    pdf: {
      pageOf: 'Page {{page}} of {{pages}}',
      tiled_one:
        'The map did not fit one page at a readable size, so it was tiled across {{count}} page at {{percent}} (step titles about {{points}} pt).',
      tiled_other:
        'The map did not fit one page at a readable size, so it was tiled across {{count}} pages at {{percent}} (step titles about {{points}} pt).',
      insightsTitle: 'Insights',
    },
  },
} as const;
