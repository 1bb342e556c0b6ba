// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu';
import { ACTION_LABELS, ACTION_SPECS, menuAccelerator, shortcutText } from '../../shared/actions';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc';

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
    const commands = items.filter((i) => typeof i.click === 'function' && i.id !== undefined);
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

  it('puts an application menu first on macOS, with Quit there', () => {
    const { template, items } = build({ isMac: true });
    expect(template[0]!.label).toBe('Touchmap');
    expect(flatten([template[0]!]).some((i) => i.role === 'quit')).toBe(true);
    expect(byLabel(items, 'Redo')!.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});
