/**
 * The UI language on the renderer's side: main decides it (the user's choice in
 * the library settings, else the system's) and the page follows. It is read before
 * the first screen (no English flash), and followed live when it changes from the
 * Language menu or the settings dialog: i18next switches, every mounted component
 * re-renders in place, and the document (selection, unsaved edits) is untouched.
 */
import { create } from 'zustand';
import type { LanguageInfo } from '../../../shared/ipc';
import type { Language } from '../../../shared/i18n/languages';
import { api } from '../../api';
import i18n from '../../i18n';

/** Whether the settings dialog is open (the `settings` action toggles it). */
export const useSettingsDialog = create<{ open: boolean }>()(() => ({ open: false }));

export function toggleSettingsDialog(): void {
  useSettingsDialog.setState((s) => ({ open: !s.open }));
}

/** Switch the page to `language`: i18next (components re-render) and the document's `lang`. */
export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** Ask main for the UI language and switch to it; English stays if main cannot say. */
export async function loadLanguage(): Promise<LanguageInfo | null> {
  try {
    const result = await api().getLanguage();
    if (!result.ok) return null;
    await applyLanguage(result.value.language);
    return result.value;
  } catch {
    return null;
  }
}

/** Follow language changes main announces; returns the unsubscribe. */
export function startLanguageEvents(): () => void {
  return api().onLanguageChange((language) => void applyLanguage(language));
}

/** Choose the UI language (null: the system's); main stores it, rebuilds its menu and announces it. */
export async function chooseLanguage(
  language: Language | null,
): Promise<{ ok: true; info: LanguageInfo } | { ok: false; error: string }> {
  const saved = await api().setSettings({ settings: { language } });
  if (!saved.ok) return saved;
  const info = await api().getLanguage();
  if (!info.ok) return info;
  await applyLanguage(info.value.language);
  return { ok: true, info: info.value };
}
