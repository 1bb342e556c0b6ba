// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu';
import { ACTION_LABELS, ACTION_SPECS, menuAccelerator, shortcutText } from '../../shared/actions';
import { MENU_COMMANDS, type LanguageInfo, type MenuCommand } from '../../shared/ipc';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(options: { isMac?: boolean; isDev?: boolean } = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = menuTemplate(send, { isMac: false, isDev: false, appName: 'Touchmap', ...options });
  return { send, template, items: flatten(template) };
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);

describe('menuTemplate', () => {
  it.each([
    ['New project', 'new-project', 'CmdOrCtrl+N'],
    ['Open file…', 'open-file', 'CmdOrCtrl+O'],
    ['Save', 'save', 'CmdOrCtrl+S'],
    ['Save as…', 'save-as', 'CmdOrCtrl+Shift+S'],
    ['Export…', 'export', 'CmdOrCtrl+E'],
    ['Close project', 'close-project', 'CmdOrCtrl+W'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Duplicate', 'duplicate', 'CmdOrCtrl+D'],
    ['Auto layout', 'auto-layout', 'CmdOrCtrl+Shift+L'],
  ] as const)('"%s" sends %s and shows %s', (label, command, accelerator) => {
    const { send, items } = build();
    const item = byLabel(items, label)!;
    expect(item.accelerator).toBe(accelerator);
    expect(item.role).toBeUndefined();
    (item.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('is built from the action registry: every menu command once, with its label and shortcut', () => {
    const { send, items } = build();
    const commands = items.filter((i) => typeof i.click === 'function' && i.id !== undefined && i.type !== 'radio');
    expect(commands.map((i) => i.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of commands) {
      const id = item.id as MenuCommand;
      expect(ACTION_SPECS.some((a) => a.id === id)).toBe(true);
      expect(item.label).toBe(ACTION_LABELS[id]);
      expect(item.accelerator).toBe(menuAccelerator(id));
      send.mockClear();
      (item.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith(id);
    }
    // The shortcuts are shown, not registered: the renderer owns the keys.
    const withKeys = commands.filter((i) => i.accelerator);
    expect(withKeys.length).toBeGreaterThanOrEqual(10);
    expect(withKeys.every((i) => i.registerAccelerator === false)).toBe(true);
  });

  it('shows no bare-key shortcut in the native menu (it would take the key from text fields)', () => {
    const { items } = build();
    expect(byLabel(items, 'Add step')!.accelerator).toBeUndefined();
    expect(byLabel(items, 'Delete')!.accelerator).toBeUndefined();
    expect(byLabel(items, 'Rename step')!.accelerator).toBeUndefined();
    expect(shortcutText('add-step')).toBe('N');
    expect(shortcutText('delete')).toBe('Delete / Backspace');
  });

  it('writes accelerators the way Electron reads them', () => {
    expect(menuAccelerator('redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(shortcutText('redo')).toBe('Ctrl+Shift+Z / Ctrl+Y');
    expect(shortcutText('redo', true)).toBe('Cmd+Shift+Z / Cmd+Y');
    expect(menuAccelerator('fit-view')).toBeUndefined();
    expect(shortcutText('fit-view')).toBe('Shift+1');
  });

  it('goes back to the project list with "Projects", which no longer claims Ctrl+O', () => {
    const { send, items } = build();
    const item = byLabel(items, 'Projects')!;
    expect(item.accelerator).toBeUndefined();
    (item.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith('open-project');
  });

  it('imports a Mermaid journey from File > Import Mermaid journey…, without a shortcut of its own', () => {
    const { send, template } = build();
    const file = template.find((i) => i.label === '&File')!;
    const fileItems = file.submenu as MenuItemConstructorOptions[];
    const item = byLabel(fileItems, 'Import Mermaid journey…')!;
    // Among the ways to bring a project in, before "Projects" goes back to the list.
    const labels = fileItems.map((i) => i.label);
    expect(labels.indexOf('Import Mermaid journey…')).toBe(labels.indexOf('Open Recent') + 1);
    expect(item.accelerator).toBeUndefined();
    expect(item.role).toBeUndefined();
    (item.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith('import-mermaid');
  });

  it('lists recent files under File > Open Recent and asks to open the one chosen', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const openPath = vi.fn<(path: string) => void>();
    const recent = [
      { path: '/maps/Checkout & pay.touchmap', name: 'Checkout & pay' },
      { path: '/maps/hotel.touchmap', name: 'Hotel stay' },
    ];
    const items = flatten(menuTemplate(send, { isMac: false, isDev: false, appName: 'Touchmap', recent, openPath }));
    const submenu = byLabel(items, 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    // A literal & is doubled so the menu does not take it for a mnemonic.
    expect(submenu.map((i) => i.label)).toEqual([
      'Checkout && pay — /maps/Checkout && pay.touchmap',
      'Hotel stay — /maps/hotel.touchmap',
    ]);
    (submenu[1]!.click as () => void)();
    expect(openPath).toHaveBeenCalledExactlyOnceWith('/maps/hotel.touchmap');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const submenu = byLabel(build().items, 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: 'No recent files', enabled: false }]);
  });

  it('keeps the standard clipboard roles and quit', () => {
    const roles = build()
      .items.map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('offers reload and devtools only in development', () => {
    const prodRoles = build().items.map((i) => i.role);
    expect(prodRoles).not.toContain('reload');
    expect(prodRoles).not.toContain('toggleDevTools');
    const devRoles = build({ isDev: true }).items.map((i) => i.role);
    expect(devRoles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has a View menu in every build, with the Insights view on Ctrl+I', () => {
    for (const isDev of [false, true]) {
      const { send, template } = build({ isDev });
      const view = template.find((m) => m.label === '&View')!;
      const insights = (view.submenu as MenuItemConstructorOptions[])[0]!;
      expect(insights).toMatchObject({ id: 'insights', label: 'Insights', accelerator: 'CmdOrCtrl+I' });
      (insights.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith('insights');
    }
  });

  it('puts an application menu first on macOS, with Quit there', () => {
    const { template, items } = build({ isMac: true });
    expect(template[0]!.label).toBe('Touchmap');
    expect(flatten([template[0]!]).some((i) => i.role === 'quit')).toBe(true);
    expect(byLabel(items, 'Redo')!.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});

describe('menuTemplate in each language', () => {
  const info = (language: Language, chosen: Language | null = language): LanguageInfo => ({
    language,
    chosen,
    system: 'en',
  });
  const inLanguage = (language: Language, options: { isMac?: boolean; isDev?: boolean } = {}) =>
    flatten(
      menuTemplate(() => {}, {
        isMac: false,
        isDev: false,
        appName: 'Touchmap',
        language: info(language),
        ...options,
      }),
    );
  /** Every item a user reads: all but separators, in menu order. */
  const labelled = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator');
  const everyShape = [{}, { isMac: true }, { isDev: true }];

  it.each(LANGUAGES)('gives every item a label of its own in %s, role items included', (language) => {
    for (const shape of everyShape) {
      const items = labelled(inLanguage(language, shape));
      for (const item of items) {
        expect(item.label, `${JSON.stringify(shape)} ${item.role ?? item.id}`).toEqual(expect.any(String));
        expect(item.label!.trim()).not.toBe('');
        expect(item.label).not.toMatch(/\{\{|\}\}/);
      }
      // Role items too: the system would otherwise label them in its own language.
      expect(items.filter((i) => i.role).every((i) => typeof i.label === 'string')).toBe(true);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    'writes the menu in %s: every word the English menu shows differs',
    (language) => {
      for (const shape of everyShape) {
        const english = labelled(inLanguage('en', shape));
        const other = labelled(inLanguage(language, shape));
        expect(other).toHaveLength(english.length);
        english.forEach((item, i) => {
          const translated = other[i]!;
          // The same item in the same place (commands keep their ids, roles their roles).
          expect(translated.id).toBe(item.id);
          expect(translated.role).toBe(item.role);
          // The app's name and each language's own name read the same in every language.
          const same = item.label === 'Touchmap' || Object.values(LANGUAGE_NAMES).includes(item.label!);
          if (!same && /[a-z]{2}/i.test(item.label!)) expect(translated.label, item.label).not.toBe(item.label);
        });
      }
    },
  );

  it('marks top-level menus with a mnemonic in every language (Chinese as "文件(&F)")', () => {
    for (const language of LANGUAGES) {
      const top = menuTemplate(() => {}, { isMac: false, isDev: false, appName: 'Touchmap', language: info(language) });
      for (const menu of top) expect(menu.label, `${language} ${menu.label}`).toMatch(/&[^&\s]/);
    }
    const chinese = menuTemplate(() => {}, {
      isMac: false,
      isDev: false,
      appName: 'Touchmap',
      language: info('zh-CN'),
    });
    expect(chinese.map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '旅程(&J)',
      '视图(&V)',
      '语言(&L)',
      '帮助(&H)',
    ]);
    const hungarian = inLanguage('hu');
    expect(byLabel(hungarian, 'Mentés')!.id).toBe('save');
    expect(hungarian.find((i) => i.role === 'paste')!.label).toBe('Beillesztés');
    expect(hungarian.find((i) => i.role === 'quit')!.label).toBe('Kilépés');
  });

  it('lists each language in its own name, checks the chosen one, and reports a choice', () => {
    const chooseLanguage = vi.fn<(language: Language | null) => void>();
    const build = (chosen: Language | null) =>
      flatten(
        menuTemplate(() => {}, {
          isMac: false,
          isDev: false,
          appName: 'Touchmap',
          language: { language: chosen ?? 'hu', chosen, system: 'hu' },
          chooseLanguage,
        }),
      );
    const following = build(null);
    const menu = following.find((i) => i.id === 'language')!;
    const radios = menu.submenu as MenuItemConstructorOptions[];
    expect(radios.filter((i) => i.type === 'radio').map((i) => i.label)).toEqual([
      'A rendszer nyelve (Magyar)',
      'English',
      'Magyar',
      'Lietuvių',
      'Eesti',
      '简体中文',
    ]);
    expect(radios.filter((i) => i.checked).map((i) => i.id)).toEqual(['language:system']);
    (following.find((i) => i.id === 'language:zh-CN')!.click as () => void)();
    expect(chooseLanguage).toHaveBeenLastCalledWith('zh-CN');
    (following.find((i) => i.id === 'language:system')!.click as () => void)();
    expect(chooseLanguage).toHaveBeenLastCalledWith(null);
    const chinese = build('zh-CN');
    expect(chinese.filter((i) => i.checked).map((i) => i.id)).toEqual(['language:zh-CN']);
    expect(chinese.find((i) => i.id === 'language:system')!.label).toBe('系统语言（Magyar）');
  });
});
