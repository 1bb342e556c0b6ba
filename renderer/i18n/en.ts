/** English strings. Keys are grouped by screen. */
export const en = {
  app: { name: 'Touchmap' },
  home: {
    title: 'Projects',
    newProject: 'New project',
    empty: 'No projects yet. Start from a template or a blank map.',
    lastEdited: 'Last edited {{when}}',
    steps_one: '{{count}} step',
    steps_other: '{{count}} steps',
    open: 'Open',
    delete: 'Delete',
    confirmDelete: 'Move "{{name}}" to the trash?',
    problemsTitle: 'Some projects could not be read',
    problem: '"{{name}}" could not be read: {{reason}}',
    quarantined: 'The file was moved to {{path}}; nothing was deleted.',
    projectName: 'Project name',
    template: 'Start from',
    create: 'Create',
    cancel: 'Cancel',
    recovery: 'Unsaved changes from an earlier session: open to restore them',
  },
  editor: {
    home: 'Projects',
    undo: 'Undo',
    redo: 'Redo',
    saved: 'Saved',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    failed: 'Save failed',
  },
  canvas: {
    /** A flow's accessible name, by its kind and its two ends. */
    flowName: '{{kind}} flow from {{from}} to {{to}}',
    flowNameLabelled: '{{kind}} flow "{{label}}" from {{from}} to {{to}}',
    flowKind: { main: 'main', alternative: 'alternative', failure: 'failure' },
    insertStep: 'Insert step on flow',
  },
} as const;
