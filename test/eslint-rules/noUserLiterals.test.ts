/**
 * touchmap/no-user-literals (eslint-rules/no-user-literals.js) through ESLint's
 * RuleTester: what it reports in the renderer and in main, what it lets pass,
 * and its `i18n-ignore` escape hatch.
 */
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../eslint-rules/no-user-literals.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const renderer = [{ area: 'renderer' }];
const main = [{ area: 'main' }];

tester.run('no-user-literals (renderer)', rule, {
  valid: [
    // Text from the catalogue.
    { code: `const a = <p>{t('home.title')}</p>;`, options: renderer, filename: 'renderer/a.tsx' },
    { code: `const a = <button aria-label={t('home.open', { name })} title={t('x')} />;`, options: renderer },
    { code: `const a = <Row label={t('inspector.title')} placeholder={t('a.b')} />;`, options: renderer },
    // No letters: punctuation, numbers, symbols.
    { code: `const a = <span>× … 1-4 · (3) → —</span>;`, options: renderer },
    { code: `const a = <span>{count} × {size}</span>;`, options: renderer },
    { code: `const a = <span>&nbsp;&hellip;&#8230;</span>;`, options: renderer },
    { code: 'const a = <b title={`${n} × ${m}`} aria-label={x ? "·" : "…"} />;', options: renderer },
    { code: 'const a = <Btn text={`← ${t(key)}`} />;', options: renderer },
    // Props nobody reads out.
    {
      code: `const a = <div className="step primary" role="group" id="x" data-kind="main" type="button" />;`,
      options: renderer,
    },
    { code: `const a = <input name="template" value="risk" aria-keyshortcuts="Control+O" />;`, options: renderer },
    // Object keys that are not user text, and keys of text that is computed.
    { code: `const o = { kind: 'main', id: 'flow-1', type: 'addStage', label: '' };`, options: renderer },
    { code: `const o = { label: t('domain.valence.negative'), value: -1 };`, options: renderer },
    { code: `const o = { label: LABELS[kind] };`, options: renderer },
    { code: `const o = [{ value: 'risk', label: 'editor.lens.risk' }];`, options: renderer },
    // Arguments of calls are not read: t('key'), a class name, a selector.
    { code: `const s = t(open ? 'home.open' : 'home.delete');`, options: renderer },
    { code: `el.querySelector('button.primary');`, options: renderer },
    {
      code: `const el = document.createElement('div'); el.className = 'notice'; el.dataset.kind = 'main';`,
      options: renderer,
    },
    { code: `el.setAttribute('role', 'dialog'); el.setAttribute('aria-label', t('home.title'));`, options: renderer },
    { code: `const a = createElement('p', null, t('home.empty'), ' · ', count);`, options: renderer },
    // The escape hatch, with a reason, on the line or alone on the line above.
    { code: `const a = <h1>Touchmap</h1>; // i18n-ignore: brand name`, options: renderer },
    {
      code: `const a = (\n  <p>\n    {/* i18n-ignore: the format's own name */}\n    SERVQUAL\n  </p>\n);`,
      options: renderer,
    },
    { code: `// i18n-ignore: brand name\ndocument.title = 'Touchmap';`, options: renderer },
    { code: `throw new Error('no project open'); // i18n-ignore: an invariant, never shown`, options: renderer },
  ],
  invalid: [
    { code: `const a = <p>No problems found.</p>;`, options: renderer, errors: [{ messageId: 'jsxText' }] },
    { code: `const a = <option value="none">None</option>;`, options: renderer, errors: [{ messageId: 'jsxText' }] },
    // Any script: Chinese text is text too.
    { code: `const a = <p>保存</p>;`, options: renderer, errors: [{ messageId: 'jsxText' }] },
    // Text split by an expression: each piece.
    {
      code: `const a = <p>{n} selected (and {m} more)</p>;`,
      options: renderer,
      errors: [{ messageId: 'jsxText' }, { messageId: 'jsxText' }],
    },
    // A literal placed as a child.
    {
      code: `const a = <p>{saved ? 'Saved' : 'Unsaved'}</p>;`,
      options: renderer,
      errors: [{ messageId: 'jsxText' }, { messageId: 'jsxText' }],
    },
    // Every prop a user sees or hears, as a string, an expression or a template.
    ...['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label'].map(
      (prop) => ({
        code: `const a = <X ${prop}="Journey map" />;`,
        options: renderer,
        errors: [{ messageId: 'prop', data: { name: prop, text: 'Journey map' } }],
      }),
    ),
    { code: `const a = <MiniMap ariaLabel={'Minimap'} />;`, options: renderer, errors: [{ messageId: 'prop' }] },
    { code: 'const a = <X aria-label={`Stage ${name}`} />;', options: renderer, errors: [{ messageId: 'prop' }] },
    {
      code: 'const a = <X title={`${label} ${done ? "(done)" : ""}`} />;',
      options: renderer,
      errors: [{ messageId: 'prop', data: { name: 'title', text: '(done)' } }],
    },
    {
      code: `const a = <X label={name || 'Untitled step'} hint={'One' + ' per line'} />;`,
      options: renderer,
      errors: [{ messageId: 'prop' }, { messageId: 'prop' }, { messageId: 'prop' }],
    },
    { code: `const a = <X title={'Risk' as string} />;`, options: renderer, errors: [{ messageId: 'prop' }] },
    // Option lists and results in .ts files.
    {
      code: `export const VALENCE = [{ value: -1, label: 'Negative' }, { value: 0, label: 'Neutral' }];`,
      options: renderer,
      errors: [{ messageId: 'key', data: { name: 'label', text: 'Negative' } }, { messageId: 'key' }],
    },
    {
      code: 'store.setResult({ ok: true, message: `Exported to ${path}` });',
      options: renderer,
      errors: [{ messageId: 'key' }],
    },
    { code: 'const stage = { id, name: `Stage ${n + 1}` };', options: renderer, errors: [{ messageId: 'key' }] },
    { code: `const p = { 'aria-label': 'Close' };`, options: renderer, errors: [{ messageId: 'key' }] },
    // A sentence with a dot is still text.
    { code: `const o = { label: 'e.g. no stock' };`, options: renderer, errors: [{ messageId: 'key' }] },
    { code: 'document.title = `${name} — Touchmap`;', options: renderer, errors: [{ messageId: 'dom' }] },
    // JSX written out, and text put into the DOM directly.
    {
      code: `const a = createElement('button', { type: 'button', 'aria-label': 'Close' }, 'Choose file…');`,
      options: renderer,
      errors: [
        { messageId: 'key', data: { name: 'aria-label', text: 'Close' } },
        { messageId: 'jsxText', data: { text: 'Choose file…' } },
      ],
    },
    {
      code: `el.textContent = 'Saved'; el.ariaLabel = 'Map'; el.setAttribute('title', 'Undo');`,
      options: renderer,
      errors: [
        { messageId: 'dom', data: { name: 'textContent', text: 'Saved' } },
        { messageId: 'dom', data: { name: 'ariaLabel', text: 'Map' } },
        { messageId: 'prop', data: { name: 'title', text: 'Undo' } },
      ],
    },
    {
      code: `if (window.confirm('Discard changes?')) alert('Discarded');`,
      options: renderer,
      errors: [{ messageId: 'call' }, { messageId: 'call' }],
    },
    { code: `reject(new Error('The map could not be drawn.'));`, options: renderer, errors: [{ messageId: 'error' }] },
    // The escape hatch needs a reason; an unexplained or stale one is reported.
    {
      code: `const a = <h1>Touchmap</h1>; // i18n-ignore`,
      options: renderer,
      errors: [{ messageId: 'jsxText' }, { messageId: 'noReason' }],
    },
    {
      code: `const a = <h1>{t('app.name')}</h1>; // i18n-ignore: brand name`,
      options: renderer,
      errors: [{ messageId: 'unused' }],
    },
    // It covers its own line and the next, not further.
    {
      code: `// i18n-ignore: brand name\nconst a = 'x';\ndocument.title = 'Touchmap';`,
      options: renderer,
      errors: [{ messageId: 'unused' }, { messageId: 'dom', line: 3 }],
    },
    // A trailing comment does not reach the next line.
    {
      code: `const a = <h1>Touchmap</h1>; // i18n-ignore: brand name\nconst b = <h2>Touchmap</h2>;`,
      options: renderer,
      errors: [{ messageId: 'jsxText', line: 2 }],
    },
  ],
});

tester.run('no-user-literals (main)', rule, {
  valid: [
    { code: `const item = { id, label: t(actionLabelKey(id)), click };`, options: main },
    { code: `const item = { role: 'quit', label: t('menu.quit') };`, options: main },
    // Catalogue keys kept in data are not text.
    { code: `const ROLES = { '@cut': { role: 'cut', label: 'menu.cut' } };`, options: main },
    { code: 'const item = { label: `actions.${id}` };', options: main },
    { code: 'const item = { label: `${file.name} — ${file.path}` };', options: main },
    {
      code: `const o = { title: t('files.open'), filters: [{ name: t('files.project'), extensions: ['touchmap'] }] };`,
      options: main,
    },
    {
      code: `const FILTER = { name: 'PNG', extensions: ['png'] }; // i18n-ignore: a format's own name\nconst o = { filters: [FILTER] };`,
      options: main,
    },
    // Names, paths, channels and logs are not user text.
    { code: `log('Rejected a request from an untrusted sender.');`, options: main },
    {
      code: `const w = new BrowserWindow({ backgroundColor: '#fff', webPreferences: { preload: 'x.js' } });`,
      options: main,
    },
    { code: `ipcMain.handle('library:list', handler);`, options: main },
    // An error built from a catalogue text, or rethrown.
    { code: `throw new LibraryError(t('errors.missing', { name }));`, options: main },
    { code: `throw error;`, options: main },
    { code: `reject(error instanceof Error ? error : new Error(String(error)));`, options: main },
  ],
  invalid: [
    // Menu items.
    {
      code: `const menu = [{ label: 'File', submenu: [{ role: 'quit', label: 'Quit' }] }];`,
      options: main,
      errors: [{ messageId: 'key', data: { name: 'label', text: 'File' } }, { messageId: 'key' }],
    },
    // Native dialogs, options built inline or in a variable first.
    {
      code: `dialog.showMessageBox(win, { type: 'question', title: 'Touchmap', message: 'Replace the file?', detail: 'It changed on disk.', buttons: ['Replace', 'Cancel'], checkboxLabel: 'Remember' });`,
      options: main,
      errors: [
        { messageId: 'key', data: { name: 'title', text: 'Touchmap' } },
        { messageId: 'key', data: { name: 'message', text: 'Replace the file?' } },
        { messageId: 'key', data: { name: 'detail', text: 'It changed on disk.' } },
        { messageId: 'key', data: { name: 'buttons', text: 'Replace' } },
        { messageId: 'key', data: { name: 'buttons', text: 'Cancel' } },
        { messageId: 'key', data: { name: 'checkboxLabel', text: 'Remember' } },
      ],
    },
    {
      code: `const FILTER = { name: 'Touchmap project', extensions: ['touchmap'] };\nconst options = { title: 'Open a project', buttonLabel: 'Open', filters: [FILTER, { name: 'Image', extensions: ['png'] }] };\nawait dialog.showOpenDialog(options);`,
      options: main,
      errors: [
        { messageId: 'key', data: { name: 'filters[].name', text: 'Touchmap project' }, line: 1 },
        { messageId: 'key', data: { name: 'title', text: 'Open a project' } },
        { messageId: 'key', data: { name: 'buttonLabel', text: 'Open' } },
        { messageId: 'key', data: { name: 'filters[].name', text: 'Image' }, line: 2 },
      ],
    },
    {
      code: `dialog.showSaveDialog({ title: 'Save the project as', nameFieldLabel: 'Name:' });`,
      options: main,
      errors: [{ messageId: 'key' }, { messageId: 'key' }],
    },
    {
      code: 'dialog.showErrorBox("Touchmap", `Could not start: ${reason}`);',
      options: main,
      errors: [
        { messageId: 'call', data: { name: 'showErrorBox', text: 'Touchmap' } },
        { messageId: 'call', data: { name: 'showErrorBox', text: 'Could not start: ${…}' } },
      ],
    },
    // Failures the renderer shows: errors thrown in handlers and failed Results.
    {
      code: `throw new LibraryError('That backup no longer exists.');`,
      options: main,
      errors: [{ messageId: 'error' }],
    },
    {
      code: 'throw new LibraryError(`"${name}" cannot be opened: ${reason}`, "not-found");',
      options: main,
      errors: [{ messageId: 'error' }],
    },
    { code: `throw new Error('The font could not be subset');`, options: main, errors: [{ messageId: 'error' }] },
    {
      code: 'return { ok: false, error: `Something went wrong (${detail}).` };',
      options: main,
      errors: [{ messageId: 'key', data: { name: 'error', text: 'Something went wrong (${…}).' } }],
    },
    {
      code: `store.put({ ...entry, problem: { reason: 'The project file is missing.', quarantinedTo: null } });`,
      options: main,
      errors: [{ messageId: 'key' }],
    },
    { code: `const w = new BrowserWindow({ title: 'Touchmap' });`, options: main, errors: [{ messageId: 'key' }] },
    // JSX rules do not apply to main, but a stale escape hatch is still reported.
    {
      code: `const item = { label: t('menu.file') }; // i18n-ignore: brand name`,
      options: main,
      errors: [{ messageId: 'unused' }],
    },
  ],
});
