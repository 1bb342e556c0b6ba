import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../../shared/i18n/languages';
import { Modal } from '../Modal';
import { chooseLanguage, useSettingsDialog } from './language';
import { ThemeChoice } from './ThemeChoice';
import { IdentitySetting } from '../../identity/IdentitySetting';

const SYSTEM = 'system';

/**
 * The settings dialog (File > Settings…, Ctrl+,, on every screen): the UI language,
 * each one named in itself, or the system's, and the colour theme. A choice applies at once.
 */
export function SettingsDialog() {
  const { open, info, error } = useSettingsDialog();
  const { t } = useTranslation();
  if (!open) return null;
  const close = () => useSettingsDialog.setState({ open: false });

  async function choose(value: string) {
    const result = await chooseLanguage(isLanguage(value) ? value : null);
    useSettingsDialog.setState(result.ok ? { info: result.info, error: null } : { error: result.error });
  }

  return (
    <Modal label={t('settings.title')} onClose={close} className="settings-dialog">
      <h2>{t('settings.title')}</h2>
      {info && (
        <p>
          <label>
            {t('language.title')}{' '}
            <select autoFocus value={info.chosen ?? SYSTEM} onChange={(e) => void choose(e.target.value)}>
              <option value={SYSTEM}>{t('language.system', { language: LANGUAGE_NAMES[info.system] })}</option>
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <p className="hint">{t('settings.hint')}</p>
      <ThemeChoice onError={(detail) => useSettingsDialog.setState({ error: detail })} />
      <IdentitySetting />
      {error && <p role="alert">{t('settings.failed', { detail: error })}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus={!info} onClick={close}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}
