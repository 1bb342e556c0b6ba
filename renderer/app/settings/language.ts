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

interface SettingsDialogState {
  open: boolean;
  /** The language as main reported it when the dialog opened (or after a choice). */
  info: LanguageInfo | null;
  /** Why main could not say or store the language, in main's words. */
  error: string | null;
}

/** The settings dialog's state (the `settings` action toggles it). */
export const useSettingsDialog = create<SettingsDialogState>()(() => ({ open: false, info: null, error: null }));

/** Open the settings dialog with the language already known (so its field starts right), or close it. */
export async function toggleSettingsDialog(): Promise<void> {
  if (useSettingsDialog.getState().open) {
    useSettingsDialog.setState({ open: false });
    return;
  }
  const result = await api()
    .getLanguage()
    .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
  useSettingsDialog.setState(
    result.ok ? { open: true, info: result.value, error: null } : { open: true, info: null, error: result.error },
  );
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
