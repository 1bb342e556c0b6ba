/** The self-contained HTML export and its viewer. */
export const viewer = {
  viewer: {
    /** The format's name in the export dialog. */
    format: 'HTML (interactive map)',
    /** The format in the export's progress line ("Exporting {{format}}…"). */
    formatShort: 'HTML map',
    /** Opening an exported HTML map in Touchmap (main's open dialog and errors, a dropped file). */
    open: {
      filter: 'Interactive map exported by Touchmap',
      onlyOpenable:
        'Only Touchmap projects (.touchmap), images exported by Touchmap (.png, .svg) and interactive maps exported by Touchmap (.html) can be opened.',
      notProject:
        '"{{name}}" is not a Touchmap project. Only .touchmap files, and images and interactive maps exported by Touchmap, can be opened.',
      tooLarge: '"{{name}}" cannot be opened: the file is too large to be a map exported by Touchmap.',
      noProject: '"{{name}}" does not contain a Touchmap project (only interactive maps exported by Touchmap do).',
      cutOff: '"{{name}}" cannot be opened: the project inside it is cut off (the file ends before it does).',
      unreadable: '"{{name}}" cannot be opened: {{detail}}',
    },
    /** What the reader of an exported HTML map reports (shared/formats/htmlMeta.ts). */
    reader: {
      noProject: 'The file does not contain a Touchmap project (only interactive maps exported by Touchmap do).',
      unclosed: 'The project inside the file is cut off: the file ends before it does.',
      damaged: 'The project inside the file is damaged and cannot be read ({{detail}}).',
      notUtf8: 'Some of its text is not valid UTF-8 (the file is damaged or was saved in another encoding).',
    },
    /** The viewer page's own words, in the export's language. */
    page: {
      controls: 'Map controls',
      map: 'Journey map',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Fit to window',
      find: 'Find a step',
      findPlaceholder: 'Find a step by name…',
      matches: 'Steps found: {{count}}',
      noMatch: 'No step has that name.',
      rows: 'Rows',
      panel: 'Annotations',
      close: 'Close',
      empty: 'Click a step on the map, or find one by name, to read all its annotations.',
      help: 'Drag to move the map; scroll, or press + and −, to zoom; 0 fits the map to the window. Tab reaches every step, Enter opens it.',
      madeWith: 'Made with Touchmap',
    },
    /** The side panel of a step: its annotations. */
    panel: {
      description: 'Description',
      notMoment: 'This step is not a contact moment: it has no annotations beyond its description.',
      yes: 'Yes',
      no: 'No',
      notSet: 'not set',
      riskScore: '{{likelihood}} × {{impact}} = {{score}} ({{level}})',
      riskFactors: 'Likelihood × impact',
      mitigation: 'Mitigation',
      weightedGap: 'Weighted gap',
      meanGap: 'Mean gap',
      dimension: 'Dimension',
      measuresDone: 'Measures done: {{done}} of {{total}}',
      measureDone: 'done',
      measureOpen: 'open',
      notes: 'Notes',
      noSenses: 'No sense engaged.',
    },
  },
} as const;
