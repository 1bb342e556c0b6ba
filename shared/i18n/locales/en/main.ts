import { ACTION_LABELS, MENU_LABELS } from '../../../actions';

/** Main's words: actions (toolbar, menu, shortcuts sheet), menus, native dialogs, errors, the language choice. */
export const main = {
  /** Every action's label, from the one registry (shared/actions.ts). */
  actions: ACTION_LABELS,
  /** Native menu titles (`&` marks the mnemonic) and the system roles' items. */
  menu: MENU_LABELS,
  language: {
    /** The Language menu and the settings dialog's language field. */
    title: 'Language',
    /** The choice that follows the system's language, named in its own words. */
    system: 'System language ({{language}})',
  },
  /** The settings dialog. */
  settings: {
    title: 'Settings',
    hint: 'Menus, dialogs and new exports use this language. Your projects’ own text is not translated.',
    close: 'Close',
    failed: 'The setting was not saved: {{detail}}',
  },
  /** Main's native file dialogs (the system draws their buttons in its own language). */
  dialogs: {
    openTitle: 'Open a Touchmap project',
    saveTitle: 'Save the project as',
    exportTitle: 'Export',
    projectFilter: 'Touchmap project',
    imageFilter: 'Image exported by Touchmap',
    untitled: 'Untitled journey',
  },
  /** Errors main sends the page, shown to the user as they are. */
  errors: {
    somethingWrong: 'Something went wrong ({{detail}}).',
    notSaved: 'The project was not saved.',
    exportNotSaved: 'The export was not saved.',
    journalNotWritten: 'The recovery journal could not be written.',
    notOpened: 'The file could not be opened.',
    notSavedBecause: 'The project was not saved: {{detail}}',
    notOffered: 'Touchmap did not offer that file to open. Please open it with File > Open.',
    notAFileName: 'That is not a file name.',
    notFullPath: '"{{path}}" is not a full path to a file.',
    networkPath:
      'Touchmap opens and saves files on this computer\'s drives only, not on network shares or devices ("{{path}}"). Copy the file to a drive first.',
    colonInName: '"{{path}}" is not a file name Touchmap can use (it contains ":").',
    deviceName: '"{{name}}" is a device name on Windows, not a file name.',
    onlyProjects: 'Only Touchmap project files (.touchmap) can be saved.',
    imageMissing: '"{{name}}" cannot be opened: the file does not exist.',
    imageTooLarge: '"{{name}}" cannot be opened: the image is too large to hold a Touchmap project.',
    imageUnreadable: '"{{name}}" cannot be opened: it is not a readable {{format}} image ({{detail}}).',
    imageNoProject: '"{{name}}" does not contain a Touchmap project (only images exported by Touchmap do).',
    imageBadProject: 'The project inside "{{name}}" cannot be opened: {{detail}}',
    /** Disk trouble, in words a user understands. */
    io: {
      notAllowed: 'Touchmap is not allowed to read or write the file.',
      diskFull: 'The disk is full.',
      readOnly: 'The disk is read-only.',
      gone: 'The folder or file no longer exists.',
      quota: 'The disk quota is used up.',
      other: 'The file could not be read or written ({{detail}}).',
    },
  },
} as const;
