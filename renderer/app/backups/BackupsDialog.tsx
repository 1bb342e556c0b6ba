import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { api } from '../../api';
import { useLanguage } from '../../i18n';
import { ask, message } from '../../state/notify';
import { Modal } from '../Modal';
import { backupRows } from './format';
import type { BackupRow } from './format';

export interface BackupsDialogProps {
  projectId: string;
  projectName: string;
  /**
   * The project's file could not be read and was quarantined: restoring replaces nothing
   * readable, so the question says where the unreadable file stays instead.
   */
  quarantined?: boolean;
  /** Unsaved edits from a previous session wait in the recovery journal: restoring discards them. */
  hasRecovery?: boolean;
  onClose: () => void;
  /** A backup became the current version; `when` is how its date was shown. */
  onRestored: (project: Project, when: string) => void;
}

type Listing = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; backups: BackupInfo[] };

/**
 * The backups main keeps of one project, newest first, each with its date, size and a Restore
 * button. Restoring asks first; the version it replaces becomes a backup itself.
 */
export function BackupsDialog({
  projectId,
  projectName,
  quarantined = false,
  hasRecovery = false,
  onClose,
  onRestored,
}: BackupsDialogProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .listBackups({ id: projectId })
      .then((result) => {
        if (!live) return;
        setListing(result.ok ? { state: 'ready', backups: result.value } : { state: 'failed', error: result.error });
      });
    return () => {
      live = false;
    };
  }, [projectId]);

  // Dates and sizes in the UI language, written again when it changes.
  const rows = useMemo(() => (listing.state === 'ready' ? backupRows(listing.backups, lang) : []), [listing, lang]);

  async function restore(row: BackupRow) {
    const keeps = message(quarantined ? 'backups.keepsQuarantined' : 'backups.keepsCurrent');
    const question = hasRecovery ? 'restore-backup-discarding' : 'restore-backup';
    if (!(await ask(question, { name: projectName, when: row.when, keeps }))) return;
    setError(null);
    setRestoring(true);
    const result = await api().restoreBackup({ id: projectId, backup: row.backup.name });
    setRestoring(false);
    if (result.ok) onRestored(result.value, row.when);
    else setError(result.error);
  }

  const title = t('backups.title', { name: projectName });
  return (
    <Modal label={title} onClose={onClose} backdropCloses={false} className="backups-dialog">
      <h2>{title}</h2>
      <p className="muted">{t('backups.intro')}</p>
      {listing.state === 'loading' && <p>{t('backups.loading')}</p>}
      {listing.state === 'failed' && (
        <p role="alert" className="error">
          {listing.error}
        </p>
      )}
      {listing.state === 'ready' && rows.length === 0 && <p>{t('backups.none', { name: projectName })}</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('backups.saved')}</th>
              <th scope="col">{t('backups.size')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.backup.name}>
                <td>
                  {row.when}
                  {i === 0 && <span className="muted">{t('backups.latest')}</span>}
                </td>
                <td>{row.size}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('backups.restoreFrom', { when: row.when })}
                    disabled={restoring}
                    onClick={() => void restore(row)}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('backups.close')}
        </button>
      </div>
    </Modal>
  );
}
