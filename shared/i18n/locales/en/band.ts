/** The journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes. */
export const band = {
  band: {
    /** The band as a landmark on the canvas. */
    region: 'Journey-map rows',
    /** Under a step's notes when not all of them fit. */
    more_one: '+{{count}} more',
    more_other: '+{{count}} more',
    /** A service standard's progress in its row. */
    measuresDone: '{{done}} of {{total}} done',
    /** A cell of a row: clicking it selects its step. */
    cell: '{{row}}: {{step}}',
    add: {
      thoughts: 'Add thought to: {{step}}',
      painPoints: 'Add pain point to: {{step}}',
      opportunities: 'Add opportunity to: {{step}}',
    },
    /** The inline text field where a note is typed. */
    input: {
      thoughts: 'New thought for: {{step}}',
      painPoints: 'New pain point for: {{step}}',
      opportunities: 'New opportunity for: {{step}}',
    },
    editNote: 'Edit note: {{text}}',
    editInput: 'Note text',
    removeNote: 'Delete note: {{text}}',
    inputHint: 'Enter to save, Escape to cancel',
    /** Pain points and opportunities belong to contact moments. */
    notContact: 'Only contact moments have pain points and opportunities.',
    makeContact: 'Make it a contact moment',
    cancel: 'Cancel',
    menu: {
      button: 'Rows',
      title: 'Journey-map rows',
      show: 'Show row: {{row}}',
      up: 'Move up: {{row}}',
      down: 'Move down: {{row}}',
    },
  },
} as const;
