import { useTranslation } from 'react-i18next';
import { useIdentity } from './useIdentity';
import { editIdentity } from './identityStore';
import { IdentityMarker } from './IdentityDialog';

/** The settings dialog's "Who you are": the name and colour in use, and a button to change them. */
export function IdentitySetting() {
  const { t } = useTranslation();
  const { identity } = useIdentity();
  return (
    <section className="settings-identity" aria-label={t('identity.settingTitle')}>
      <h3>{t('identity.settingTitle')}</h3>
      <p className="identity-preview">
        {identity ? (
          <>
            <IdentityMarker identity={identity} />
            <span>{identity.name}</span>
          </>
        ) : (
          <span className="hint">{t('identity.notSet')}</span>
        )}
        <button type="button" onClick={() => void editIdentity()}>
          {identity ? t('identity.change') : t('identity.set')}
        </button>
      </p>
      <p className="hint">{t('identity.settingHint')}</p>
    </section>
  );
}
