import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { Modal } from './Modal';
import type { Recovery } from './recovery';
import { formatWhen } from './when';

/** Offered when a project opens with unsaved work in its recovery journal. */
export function RecoveryDialog({
  recovery,
  onRestore,
  onDiscard,
}: {
  recovery: Recovery;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    // No way around the question: the user restores or discards.
    <Modal label={t('recovery.title')}>
      <h2>{t('recovery.question')}</h2>
      <p>
        {t('recovery.kept', {
          name: recovery.saved.name,
          count: recovery.edits,
          when: formatWhen(lang, recovery.lastWrittenAt),
        })}
      </p>
      {recovery.skipped > 0 && <p className="muted">{t('recovery.skipped', { count: recovery.skipped })}</p>}
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onRestore}>
          {t('recovery.restore')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('recovery.discard')}
        </button>
      </div>
    </Modal>
  );
}
