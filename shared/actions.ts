/**
 * The one list of user actions: id, label, keyboard shortcuts and place in the
 * native menu. Plain data (no DOM, no Electron, no zod) so that main builds the
 * native menu from it (electron/menu.ts), the sandboxed preload can check menu
 * command ids against it, and the renderer builds the toolbar, the keyboard
 * handling and the shortcuts sheet from it, adding what each action does and
 * when it is enabled (renderer/editor/actions.ts).
 *
 * Labels are keys into a catalogue (`actions.<id>` in shared/i18n/locales/en, whose
 * English text is ACTION_LABELS below) so they can be translated.
 */

/** One key combination. `mod` is Ctrl on Windows and Linux, Cmd on macOS. */
export interface KeyBinding {
  /** `KeyboardEvent.key`, lower case for letters: 'z', 'Enter', 'F2', '?'. */
  key: string;
  /** `KeyboardEvent.code` to match instead of the key, where Shift changes the character ('Digit1'). */
  code?: string;
  mod?: boolean;
  /** Whether Shift must be held; 'any' where the character itself needs Shift on some layouts ('?'). */
  shift?: boolean | 'any';
  alt?: boolean;
}

interface Spec {
  readonly id: string;
  /** The first binding is the one shown in menus, tooltips and the sheet. */
  readonly keys?: readonly KeyBinding[];
  /** Keys that work while typing in a text field (Ctrl+S, Ctrl+O...). */
  readonly inTextFields?: boolean;
  /** Keys that also work in the inspector's fields, where they act on the document as on the map (Undo, Redo). */
  readonly inInspectorFields?: boolean;
}

export const ACTION_SPECS = [
  { id: 'new-project', keys: [{ key: 'n', mod: true }], inTextFields: true },
  { id: 'open-file', keys: [{ key: 'o', mod: true }], inTextFields: true },
  { id: 'import-mermaid' },
  // Survey results (CSV or Excel) into the open project's contact moments.
  { id: 'import-survey' },
  { id: 'open-project' },
  { id: 'save', keys: [{ key: 's', mod: true }], inTextFields: true },
  { id: 'save-as', keys: [{ key: 's', mod: true, shift: true }], inTextFields: true },
  { id: 'export', keys: [{ key: 'e', mod: true }], inTextFields: true },
  { id: 'close-project', keys: [{ key: 'w', mod: true }], inTextFields: true },
  { id: 'add-step', keys: [{ key: 'n' }] },
  // Enter adds the next step after a selected step, or inserts a step on a selected flow.
  { id: 'add-step-after', keys: [{ key: 'Enter' }] },
  { id: 'insert-step-on-flow' },
  { id: 'add-stage', keys: [{ key: 's', shift: true }] },
  { id: 'add-lane', keys: [{ key: 'l', shift: true }] },
  { id: 'rename', keys: [{ key: 'F2' }] },
  { id: 'delete', keys: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { id: 'undo', keys: [{ key: 'z', mod: true }], inInspectorFields: true },
  {
    id: 'redo',
    inInspectorFields: true,
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  { id: 'copy', keys: [{ key: 'c', mod: true }] },
  { id: 'cut', keys: [{ key: 'x', mod: true }] },
  { id: 'paste', keys: [{ key: 'v', mod: true }] },
  { id: 'duplicate', keys: [{ key: 'd', mod: true }] },
  { id: 'select-all', keys: [{ key: 'a', mod: true }] },
  { id: 'auto-layout', keys: [{ key: 'l', mod: true, shift: true }] },
  { id: 'fit-view', keys: [{ key: '1', code: 'Digit1', shift: true }] },
  { id: 'outline', keys: [{ key: 'o', mod: true, shift: true }], inTextFields: true },
  // The Insights view beside the map. Ctrl+I: free in Chromium and Electron (Ctrl+Shift+I is the developer tools).
  { id: 'insights', keys: [{ key: 'i', mod: true }], inTextFields: true },
  // The persona panel beside the map (who lives the journey, and how to serve each customer type).
  { id: 'personas', keys: [{ key: 'p', mod: true, shift: true }], inTextFields: true },
  // The dot voting panel beside the map (rounds, who votes now, results). D for dots.
  { id: 'voting', keys: [{ key: 'd', mod: true, shift: true }], inTextFields: true },
  // The comments panel, and a new comment on the selected step, flow or focused stage (Ctrl+Alt+M, as in office suites).
  { id: 'comments', keys: [{ key: 'm', mod: true, shift: true }], inTextFields: true },
  { id: 'add-comment', keys: [{ key: 'm', mod: true, alt: true }] },
  // The map filters: F opens the toolbar's filter menu, Shift+F clears every filter.
  { id: 'filter-menu', keys: [{ key: 'f' }] },
  { id: 'clear-filters', keys: [{ key: 'f', shift: true }] },
  // Journey states (today's journey, the target...): from the Journey menu and the state switcher.
  { id: 'switch-state' },
  { id: 'duplicate-state' },
  { id: 'rename-state' },
  { id: 'delete-state' },
  { id: 'compare-states' },
  // Presentation mode for the projector: full screen, stage by stage, read-only (F5, as in slide software).
  { id: 'present', keys: [{ key: 'F5' }] },
  { id: 'shortcuts', keys: [{ key: '?', shift: 'any' }] },
  // The settings dialog (the UI language); Ctrl+, as in most desktop apps.
  { id: 'settings', keys: [{ key: ',', mod: true }], inTextFields: true },
  // Live workshops (issue J): host one from the open project, or join one by code or link.
  { id: 'host-workshop' },
  { id: 'join-workshop' },
] as const satisfies readonly Spec[];

export type ActionId = (typeof ACTION_SPECS)[number]['id'];
export type ActionSpec = Spec & { readonly id: ActionId };

/** English labels, the `actions` namespace of the renderer's catalogue; main's menu uses them as they are. */
export const ACTION_LABELS: Record<ActionId, string> = {
  'new-project': 'New project',
  'open-file': 'Open file…',
  'import-mermaid': 'Import Mermaid journey…',
  'import-survey': 'Import survey…',
  'open-project': 'Projects',
  save: 'Save',
  'save-as': 'Save as…',
  export: 'Export…',
  'close-project': 'Close project',
  'add-step': 'Add step',
  'add-step-after': 'Add next step (connected), or insert a step on the selected flow',
  'insert-step-on-flow': 'Insert step on flow',
  'add-stage': 'Add stage',
  'add-lane': 'Add lane',
  rename: 'Rename step',
  delete: 'Delete',
  undo: 'Undo',
  redo: 'Redo',
  copy: 'Copy',
  cut: 'Cut',
  paste: 'Paste',
  duplicate: 'Duplicate',
  'select-all': 'Select all',
  'auto-layout': 'Auto layout',
  'fit-view': 'Fit view',
  outline: 'Journey outline',
  insights: 'Insights',
  personas: 'Personas',
  voting: 'Dot voting',
  comments: 'Comments',
  'add-comment': 'Add comment',
  'filter-menu': 'Filter…',
  'clear-filters': 'Clear filters',
  'switch-state': 'Switch to the next journey state',
  'duplicate-state': 'Duplicate journey state…',
  'rename-state': 'Rename journey state…',
  'delete-state': 'Delete journey state…',
  'compare-states': 'Compare journey states…',
  present: 'Present',
  shortcuts: 'Keyboard shortcuts',
  settings: 'Settings…',
  'host-workshop': 'Host workshop…',
  'join-workshop': 'Join workshop…',
};

/** The catalogue key of an action's label. */
export const actionLabelKey = (id: ActionId) => `actions.${id}` as const;

/**
 * Menu titles (with `&` mnemonics) and the system roles' items, also translatable
 * (`menu.<key>` in the catalogue). Role items get explicit labels so they follow
 * the app's language rather than the system's.
 */
export const MENU_LABELS = {
  file: '&File',
  edit: '&Edit',
  journey: '&Journey',
  view: '&View',
  help: '&Help',
  language: '&Language',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  quit: 'Quit',
  about: 'About {{app}}',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  hide: 'Hide {{app}}',
  hideOthers: 'Hide others',
  unhide: 'Show all',
  reload: 'Reload',
  toggleDevTools: 'Toggle developer tools',
  systemLanguage: 'System language',
} as const;

/**
 * The native menu, top to bottom: action ids, '-' for a separator, and the few
 * places main fills itself (the recent files, the system's clipboard roles, which
 * also serve text fields).
 */
export const MENU_LAYOUT = {
  file: [
    'new-project',
    'open-file',
    '@open-recent',
    'import-mermaid',
    'import-survey',
    'open-project',
    '-',
    'save',
    'save-as',
    'export',
    '-',
    'host-workshop',
    'join-workshop',
    '-',
    'settings',
    '-',
    'close-project',
  ],
  edit: ['undo', 'redo', '-', '@cut', '@copy', '@paste', 'duplicate', 'delete', '-', '@select-all'],
  journey: [
    'add-step',
    'add-step-after',
    'insert-step-on-flow',
    'add-stage',
    'add-lane',
    'rename',
    '-',
    'auto-layout',
    'fit-view',
    'outline',
    '-',
    'filter-menu',
    'clear-filters',
    '-',
    'switch-state',
    'duplicate-state',
    'rename-state',
    'delete-state',
    'compare-states',
  ],
  view: ['insights', 'personas', 'comments', 'add-comment', 'voting', '-', 'present'],
  help: ['shortcuts'],
} as const satisfies Record<string, readonly (ActionId | '-' | `@${string}`)[]>;

type MenuEntry = (typeof MENU_LAYOUT)[keyof typeof MENU_LAYOUT][number];

/** Commands the native menu sends to the renderer: the actions placed in MENU_LAYOUT. */
export type MenuCommand = Extract<MenuEntry, ActionId>;

const isActionId = (entry: string): entry is ActionId => ACTION_SPECS.some((a) => a.id === entry);

export const MENU_COMMANDS = Object.values(MENU_LAYOUT)
  .flat()
  .filter((entry): entry is MenuCommand => isActionId(entry)) as unknown as readonly [MenuCommand, ...MenuCommand[]];

export function actionSpec(id: ActionId): ActionSpec {
  return ACTION_SPECS.find((a) => a.id === id)!;
}

/** The parts of a keydown event a binding looks at. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a keydown is this binding. */
export function matchesBinding(b: KeyBinding, e: KeyPress): boolean {
  const keyOk = b.code ? e.code === b.code : e.key.toLowerCase() === b.key.toLowerCase();
  if (!keyOk) return false;
  if (Boolean(b.mod) !== (e.ctrlKey || e.metaKey)) return false;
  if (Boolean(b.alt) !== e.altKey) return false;
  return b.shift === 'any' || Boolean(b.shift) === e.shiftKey;
}

const KEY_NAMES: Record<string, string> = { Delete: 'Delete', Backspace: 'Backspace', Enter: 'Enter', '?': '?' };
const keyName = (b: KeyBinding) => KEY_NAMES[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key);

/** How a binding is written for people: "Ctrl+Shift+Z" ("Cmd+Shift+Z" on macOS). */
export function bindingText(b: KeyBinding, isMac = false): string {
  const parts: string[] = [];
  if (b.mod) parts.push(isMac ? 'Cmd' : 'Ctrl');
  if (b.alt) parts.push(isMac ? 'Option' : 'Alt');
  if (b.shift === true) parts.push('Shift');
  parts.push(keyName(b));
  return parts.join('+');
}

/** An action's shortcuts as shown in the sheet and tooltips ("Ctrl+Shift+Z / Ctrl+Y"), or undefined. */
export function shortcutText(id: ActionId, isMac = false): string | undefined {
  const keys: readonly KeyBinding[] | undefined = actionSpec(id).keys;
  return keys?.length ? keys.map((b) => bindingText(b, isMac)).join(' / ') : undefined;
}

/**
 * The Electron accelerator of an action's first binding, or undefined. Only
 * combinations with Ctrl/Cmd: a native menu cannot be limited to the map, and on
 * macOS a bare key (N, Delete, Enter) in the menu would be taken from text fields.
 */
export function menuAccelerator(id: ActionId): string | undefined {
  const b: KeyBinding | undefined = actionSpec(id).keys?.[0];
  if (!b?.mod) return undefined;
  return ['CmdOrCtrl', b.alt ? 'Alt' : '', b.shift === true ? 'Shift' : '', keyName(b)].filter(Boolean).join('+');
}
