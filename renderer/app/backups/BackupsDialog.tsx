import { useEffect, useState } from 'react';
import type { Project } from '../../../shared/model';
import { api } from '../../api';
import { ask } from '../../state/notify';
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

type Listing = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; rows: BackupRow[] };

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
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .listBackups({ id: projectId })
      .then((result) => {
        if (!live) return;
        setListing(
          result.ok ? { state: 'ready', rows: backupRows(result.value) } : { state: 'failed', error: result.error },
        );
      });
    return () => {
      live = false;
    };
  }, [projectId]);

  async function restore(row: BackupRow) {
    const keeps = quarantined
      ? 'The unreadable file stays in the quarantine folder.'
      : 'The current version is kept as a backup, so you can go back to it.';
    const journal = hasRecovery ? '\n\nUnsaved changes left from an earlier session are discarded.' : '';
    if (!(await ask('restore-backup', { name: projectName, when: row.when, keeps, journal }))) return;
    setError(null);
    setRestoring(true);
    const result = await api().restoreBackup({ id: projectId, backup: row.backup.name });
    setRestoring(false);
    if (result.ok) onRestored(result.value, row.when);
    else setError(result.error);
  }

  const title = `Backups of ${projectName}`;
  return (
    <Modal label={title} onClose={onClose} backdropCloses={false} className="backups-dialog">
      <h2>{title}</h2>
      <p className="muted">
        Touchmap keeps earlier versions of a project when it saves over them: the version before the last save, and a
        few older ones from earlier in your work.
      </p>
      {listing.state === 'loading' && <p>Looking for backups…</p>}
      {listing.state === 'failed' && (
        <p role="alert" className="error">
          {listing.error}
        </p>
      )}
      {listing.state === 'ready' && listing.rows.length === 0 && (
        <p>There are no backups of “{projectName}” yet: one is kept the first time it is saved over.</p>
      )}
      {listing.state === 'ready' && listing.rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Size</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {listing.rows.map((row, i) => (
              <tr key={row.backup.name}>
                <td>
                  {row.when}
                  {i === 0 && <span className="muted"> (latest)</span>}
                </td>
                <td>{row.size}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Restore backup from ${row.when}`}
                    disabled={restoring}
                    onClick={() => void restore(row)}
                  >
                    Restore
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
          Close
        </button>
      </div>
    </Modal>
  );
}
