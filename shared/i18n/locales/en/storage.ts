/** Main's storage and file messages (electron/storage, electron/ipc.ts, electron/pdfFont, the preload): what a user reads when a project cannot be opened or saved. */
export const storage = {
  storage: {
    /** electron/ipc.ts: a request from anything but Touchmap's window. */
    rejectedSender: "Rejected {{channel}}: the request did not come from Touchmap's window.",
    /** PDF fonts (electron/pdfFont): shown when a PDF export fails. */
    pdf: {
      fontsMissing: 'The PDF fonts that ship with Touchmap are missing (resources/fonts)',
      outOfMemory: 'Out of memory while subsetting a font',
      subsetFailed: 'The font could not be subset',
    },
    /** The recovery journal (electron/storage/journal.ts, projectJournals.ts). */
    journal: {
      otherVersion: 'The recovery journal belongs to another version of the project file.',
      closed: 'The recovery journal is closed.',
      full: 'The recovery journal is full. Save the project to keep your changes safe.',
      tooLarge: 'The recovery journal is too large to read.',
      baseUnreadable: 'Your edits cannot be kept for recovery: the project file cannot be read.',
    },
    /** Reading a project file (electron/storage/projectFiles.ts, scan.ts, entries.ts). */
    file: {
      missing: 'The project file is missing.',
      notAFile: 'The project path is not a file.',
      tooLarge: 'The file is {{size}}; Touchmap opens project files up to {{limit}}.',
      notUtf8:
        'Some of the text in the file is not valid UTF-8 (the file is damaged or was saved in another encoding); opening it would lose those characters.',
      notThere:
        'the file {{file}} is not there (it may have been moved, renamed or deleted, or be on a drive that is not connected).',
      megabytes: '{{value}} MB',
    },
    /** The library's refusals (electron/storage/library*.ts). */
    library: {
      templateBroken: 'The template "{{template}}" is broken: {{detail}}',
      changedOnDisk:
        '"{{name}}" was not saved: the file {{file}} changed on disk since you opened it (another program or person may have edited it).',
      idChanged: 'The project was not saved: its id changed.',
      cannotRename: '"{{name}}" cannot be renamed: {{detail}}',
      backupGone: 'That backup no longer exists.',
      backupUnreadable: 'That backup cannot be read either: {{detail}}',
      noFreshId: 'Could not pick a new project id.',
      notInLibrary: 'This project is not in the library (it may have been deleted).',
      cannotOpen: '"{{name}}" cannot be opened: {{detail}}',
      quarantined: '"{{name}}" cannot be opened: {{detail}} The file was moved to the quarantine folder.',
      ownFolder:
        'That folder holds Touchmap’s own files. Please save the project somewhere else, such as your Documents folder.',
      otherProjectsFile:
        'That file is where the project "{{name}}" lives. Please choose another name, so neither project is lost.',
      notTouchmap: '"{{name}}" is not a Touchmap project. Only .touchmap files can be opened.',
      theFile: 'The file',
      tooLargeToOpen:
        '"{{name}}" cannot be opened: the file is {{size}}; Touchmap opens project files up to {{limit}}.',
    },
    /** Saving (electron/storage/prepareSave.ts, savePreparer.ts, saveWorker.ts). */
    save: {
      notSaved: 'The project was not saved: {{detail}}',
      tooLarge: 'The project is too large to save (project files are limited to {{limit}} MB).',
      workerStopped: 'The save worker stopped (exit code {{code}}).',
    },
  },
} as const;
