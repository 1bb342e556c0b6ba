/**
 * The colour theme on the renderer's side. The token variables (shared/look/css.ts) are
 * installed once, before the first render; the theme in use is `data-theme` on <html>
 * ('light' or 'dark'), resolved from the user's choice in the library settings
 * (System / Light / Dark) and, for System, from prefers-color-scheme, followed live.
 */
import { create } from 'zustand';
import { themeCss } from '../../shared/look/css';
import type { ThemeChoice, ThemeName } from '../../shared/look/tokens';
import { api } from '../api';

interface ThemeState {
  choice: ThemeChoice;
  /** The theme in use. */
  theme: ThemeName;
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function systemTheme(): ThemeName {
  return darkQuery()?.matches ? 'dark' : 'light';
}

export function resolveTheme(choice: ThemeChoice, system: ThemeName): ThemeName {
  return choice === 'system' ? system : choice;
}

export const useTheme = create<ThemeState>()(() => ({ choice: 'system', theme: 'light' }));

function apply(choice: ThemeChoice): void {
  const theme = resolveTheme(choice, systemTheme());
  document.documentElement.dataset.theme = theme;
  useTheme.setState({ choice, theme });
}

let installed = false;

/** Put the token stylesheet in <head> and follow the system's light/dark setting. */
export function installTheme(): void {
  if (installed) return;
  installed = true;
  const style = document.createElement('style');
  style.id = 'touchmap-tokens';
  style.textContent = themeCss();
  // First in <head>: the app's stylesheets that use the variables come after it.
  document.head.prepend(style);
  apply(useTheme.getState().choice);
  darkQuery()?.addEventListener('change', () => apply(useTheme.getState().choice));
}

/** Read the user's theme from the library settings (before the first screen, so no flash). */
export async function loadTheme(): Promise<void> {
  installTheme();
  try {
    const result = await api().getSettings();
    if (result.ok) apply(result.value.theme);
  } catch {
    // The settings could not be read: the system's theme stays.
  }
}

/** Choose a theme; applied at once, then stored. Resolves with main's error when it could not be stored. */
export async function chooseTheme(choice: ThemeChoice): Promise<string | null> {
  apply(choice);
  const saved = await api().setSettings({ settings: { theme: choice } });
  return saved.ok ? null : saved.error;
}
