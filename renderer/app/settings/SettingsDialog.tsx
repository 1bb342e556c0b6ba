import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageInfo } from '../../../shared/ipc';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../../shared/i18n/languages';
import { api } from '../../api';
import { Modal } from '../Modal';
import { chooseLanguage, useSettingsDialog } from './language';

const SYSTEM = 'system';

/**
 * The settings dialog (File > Settings…, Ctrl+,, on every screen): the UI language,
 * each one named in itself, or the system's. A choice applies at once.
 */
export function SettingsDialog() {
  const open = useSettingsDialog((s) => s.open);
  const { t } = useTranslation();
  const [info, setInfo] = useState<LanguageInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    let live = true;
    void api()
      .getLanguage()
      .then((result) => {
        if (!live) return;
        if (result.ok) setInfo(result.value);
        else setError(result.error);
      });
    return () => {
      live = false;
    };
  }, [open]);

  if (!open) return null;
  const close = () => useSettingsDialog.setState({ open: false });

  async function choose(value: string) {
    const result = await chooseLanguage(isLanguage(value) ? value : null);
    if (result.ok) {
      setInfo(result.info);
      setError(null);
    } else setError(result.error);
  }

  return (
    <Modal label={t('settings.title')} onClose={close} className="settings-dialog">
      <h2>{t('settings.title')}</h2>
      <p>
        <label>
          {t('language.title')}{' '}
          <select
            autoFocus
            value={info?.chosen ?? SYSTEM}
            disabled={!info}
            onChange={(e) => void choose(e.target.value)}
          >
            {info && (
              <option value={SYSTEM}>{t('language.system', { language: LANGUAGE_NAMES[info.system] })}</option>
            )}
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p className="hint">{t('settings.hint')}</p>
      {error && <p role="alert">{t('settings.failed', { detail: error })}</p>}
      <button type="button" onClick={close}>
        {t('settings.close')}
      </button>
    </Modal>
  );
}
