/**
 * The app shell: home screen, recovery, backups, files, notices and questions
 * (renderer/app, renderer/state/notify.ts). Names and paths are quoted after the
 * words that govern them, so no language needs a case ending on them.
 */
export const app = {
  app: { name: 'Touchmap' },
  home: {
    title: 'Projects',
    newProject: 'New project',
    empty: 'No projects yet. Start from a template or a blank map.',
    /** Under each project: when it was last edited (a date in the UI language) and its size. */
    summary_one: 'Last edited {{when}} · {{count, number}} step',
    summary_other: 'Last edited {{when}} · {{count, number}} steps',
    open: 'Open {{name}}',
    delete: 'Delete',
    deleteProject: 'Delete {{name}}',
    backups: 'Backups…',
    backupsOf: 'Backups of {{name}}',
    problemsTitle: 'Some projects could not be read',
    problem: '"{{name}}" could not be read: {{reason}}',
    quarantined: 'The file was moved to {{path}}; nothing was deleted.',
    restoreBackup: 'Restore backup',
    restoreBackupOf: 'Restore backup of {{name}}',
    projectName: 'Project name',
    template: 'Start from',
    /** The name of a new project left unnamed with no template chosen. */
    untitled: 'Untitled journey',
    create: 'Create',
    cancel: 'Cancel',
    recovery: 'Unsaved changes from an earlier session: open to restore them',
  },
  /** The offer to restore unsaved work after a crash (renderer/app/RecoveryDialog.tsx, recovery.ts). */
  recovery: {
    title: 'Restore unsaved work',
    question: 'Restore unsaved work?',
    kept_one:
      '“{{name}}” was not closed properly. {{count, number}} change made after the last save was kept, the last written {{when}}.',
    kept_other:
      '“{{name}}” was not closed properly. {{count, number}} changes made after the last save were kept, the last written {{when}}.',
    skipped_one:
      '{{count, number}} damaged line at the end of the journal could not be read (the very last moment before the crash).',
    skipped_other:
      '{{count, number}} damaged lines at the end of the journal could not be read (the very last moment before the crash).',
    restore: 'Restore unsaved work',
    discard: 'Discard changes',
    stale:
      'Unsaved changes from an earlier session were made on a version of this file that has since been replaced (by another program or another copy of Touchmap). They were not applied; they are kept in the quarantine folder of the data folder.',
    unfit:
      'Unsaved changes were found from a previous session, but they no longer fit the saved file and cannot be restored. They have been kept in the journal file.',
  },
  /** The backups of a project (renderer/app/backups). */
  backups: {
    title: 'Backups of {{name}}',
    intro:
      'Touchmap keeps earlier versions of a project when it saves over them: the version before the last save, and a few older ones from earlier in your work.',
    loading: 'Looking for backups…',
    none: 'There are no backups of “{{name}}” yet: one is kept the first time it is saved over.',
    saved: 'Saved',
    size: 'Size',
    /** After the newest backup's date (the leading space separates it from the date). */
    latest: ' (latest)',
    restore: 'Restore',
    restoreFrom: 'Restore backup from {{when}}',
    close: 'Close',
    /** Two backups whose dates read the same are numbered. */
    repeated: '{{when}} ({{n}})',
    keepsCurrent: 'The current version is kept as a backup, so you can go back to it.',
    keepsQuarantined: 'The unreadable file stays in the quarantine folder.',
  },
  /** File sizes: bytes below a kilobyte, then KB and MB (1 KB = 1,024 bytes). */
  size: {
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  /** Files outside the library: recent files, opening, dropping (renderer/app/files). */
  files: {
    recent: 'Recent files',
    openRecent: 'Open recent file {{name}}, {{path}}',
    recentDetail: '{{path}} · {{when}}',
    recentMissing: '{{path}} · not found (moved, deleted, or on a drive that is not connected) · {{when}}',
    notUtf8:
      '"{{name}}" cannot be opened: some of its text is not valid UTF-8 (the file is damaged or was saved in another encoding).',
    noProjectInImage: '"{{name}}" does not contain a Touchmap project (only images exported by Touchmap do).',
    unreadableImage: '"{{name}}" cannot be opened: it is not a readable image.',
    tooLarge: '"{{name}}" cannot be opened: the file is {{size}}; Touchmap opens project files up to {{limit}}.',
  },
  /** File > Import Mermaid journey (renderer/app/files/importMermaid.ts). */
  mermaid: {
    title: 'Import a Mermaid journey',
    prompt:
      'Choose a file with a Mermaid journey diagram (.mmd, or Markdown with a mermaid block). It becomes a new project; nothing else changes.',
    choose: 'Choose file…',
    cancel: 'Cancel',
    fileInput: 'Mermaid journey file',
    useHome: 'To import a Mermaid journey, use "{{action}}" on the home screen.',
    /** The new project's name when the diagram has no title and the file name is empty. */
    untitled: 'Imported journey',
    /** The library file's name in that case (without the extension). */
    fileName: 'journey',
    tooLarge: '"{{name}}" was not imported: the file is {{size}}; Touchmap imports Mermaid files up to {{limit}}.',
    notUtf8:
      '"{{name}}" was not imported: some of its text is not valid UTF-8 (the file is damaged or was saved in another encoding).',
    failed: '"{{name}}" was not imported, nothing was created:\n{{lines}}',
    line: 'Line {{line}}: {{message}}',
    changed_one: 'Imported "{{project}}" from "{{name}}" with {{count, number}} change:\n{{lines}}',
    changed_other: 'Imported "{{project}}" from "{{name}}" with {{count, number}} changes:\n{{lines}}',
  },
  /** What the app tells the user (renderer/state/notify.ts). */
  notify: {
    dismiss: 'Dismiss',
    fileProblem: 'File problem',
    problem: 'Problem',
    /** Stands in for a save error main gave no words for. */
    unknownError: 'unknown error',
    'stage-added': 'Added stage {{n}}',
    'saved-as': 'Saved as {{file}}',
    'backup-restored': 'Restored “{{name}}” from the backup saved {{when}}',
    'paste-converted':
      'Pasted SERVQUAL scores converted to this project’s scale, 1 to {{from}} → 1 to {{to}} (scores: {{n}}).',
    'file-problem': '{{detail}}',
    'drop-one-file': 'Drop one project file at a time.',
    'open-failed': '{{detail}}',
    'library-failed': '{{detail}}',
    'not-saved-on-close':
      '"{{name}}" could not be saved ({{detail}}). Your changes are kept and will be offered when you open it again.',
    'journal-failed': 'Your latest changes could not be written to the recovery journal: {{detail}}',
    'refused-unknown-command': 'That action is not available in this version of Touchmap.',
    'refused-not-found': 'That item no longer exists.',
    'refused-duplicate-id': 'That item already exists.',
    'refused-invalid-value': 'That value is out of range.',
    'refused-last-stage': 'A journey needs at least one stage, so the last stage cannot be deleted.',
    'refused-last-state': 'A project needs at least one journey state, so the last one cannot be deleted.',
    'refused-self-loop': 'A flow cannot lead from a step back to itself.',
    'refused-duplicate-flow': 'These two steps are already connected that way.',
    'refused-no-moment': 'This step is not a contact moment.',
    'refused-too-many': 'That would make the journey larger than Touchmap allows.',
  },
  /** Questions the app asks before something the user may regret. */
  ask: {
    yes: 'OK',
    no: 'Cancel',
    'delete-project': 'Move "{{name}}" to the trash?',
    'delete-stage': 'Delete stage "{{name}}"? {{consequence}}',
    'delete-lane': 'Delete lane "{{name}}"? {{consequence}}',
    'clear-moment':
      '"{{title}}" is annotated. Stop treating it as a contact moment and clear its annotations? (Undo brings them back.)',
    /** `keeps` is backups.keepsCurrent or backups.keepsQuarantined. */
    'restore-backup': 'Restore “{{name}}” to the version saved {{when}}?\n\n{{keeps}}',
    /** The same, when unsaved changes from an earlier session wait in the recovery journal. */
    'restore-backup-discarding':
      'Restore “{{name}}” to the version saved {{when}}?\n\n{{keeps}}\n\nUnsaved changes left from an earlier session are discarded.',
    'replace-changed-file':
      '{{detail}}\n\nReplace the file on disk with your version?\n\nCancel leaves the file as it is; your changes stay open here, and Save As… can keep them in another file.',
  },
} as const;
