// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTheme, installTheme, loadTheme, resolveTheme, useTheme } from '../../../renderer/look/theme';
import { DEFAULT_SETTINGS } from '../../../shared/ipc';

/** A system that prefers dark or light, with a way to flip it. */
function system(dark: boolean) {
  const listeners: (() => void)[] = [];
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return (next: boolean) => {
    dark = next;
    for (const listener of listeners) listener();
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the theme in the renderer', () => {
  it('resolves System to the system’s theme, Light and Dark to themselves', () => {
    expect(resolveTheme('system', 'dark')).toBe('dark');
    expect(resolveTheme('system', 'light')).toBe('light');
    expect(resolveTheme('light', 'dark')).toBe('light');
    expect(resolveTheme('dark', 'light')).toBe('dark');
  });

  it('installs the token stylesheet once, follows the system, and lets the stored choice override it', async () => {
    const flip = system(true);
    const setSettings = vi.fn(async () => ({ ok: true as const, value: DEFAULT_SETTINGS }));
    vi.stubGlobal('touchmap', {
      getSettings: async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'light' } }),
      setSettings,
    });
    installTheme();
    installTheme();
    expect(document.querySelectorAll('style#touchmap-tokens')).toHaveLength(1);
    expect(document.getElementById('touchmap-tokens')!.textContent).toContain('--color-surface');
    expect(document.documentElement.dataset.theme).toBe('dark');

    // The stored choice (Light) wins over the dark system, and a system change leaves it.
    await loadTheme();
    expect(document.documentElement.dataset.theme).toBe('light');
    flip(true);
    expect(useTheme.getState()).toEqual({ choice: 'light', theme: 'light' });

    // System follows the system live; the choice is stored.
    expect(await chooseTheme('system')).toBeNull();
    expect(setSettings).toHaveBeenCalledWith({ settings: { theme: 'system' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    flip(false);
    expect(document.documentElement.dataset.theme).toBe('light');
    flip(true);
    expect(useTheme.getState()).toEqual({ choice: 'system', theme: 'dark' });
  });
});
