import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../shared/ipc';
import { api } from '../../api';
import { useLanguage } from '../../i18n';
import { formatWhen } from '../when';
import { openFileFlow } from './flows';

/** The files recently opened or saved outside the library, newest first; missing ones are shown but cannot be opened. */
export function RecentFiles() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [recent, setRecent] = useState<RecentFile[] | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .listRecent()
      .then((result) => {
        if (live) setRecent(result.ok ? result.value : []);
      });
    return () => {
      live = false;
    };
  }, []);

  if (!recent || recent.length === 0) return null;
  return (
    <section aria-label={t('files.recent')} className="recent-files">
      <h2>{t('files.recent')}</h2>
      <ul className="project-list">
        {recent.map((file) => (
          <li key={file.path} className="project-card">
            <button
              type="button"
              className="project-open"
              disabled={file.missing}
              aria-label={t('files.openRecent', { name: file.name, path: file.path })}
              onClick={() => void openFileFlow(file.token)}
            >
              <strong>{file.name}</strong>
              <span className="muted">
                {t(file.missing ? 'files.recentMissing' : 'files.recentDetail', {
                  path: file.path,
                  when: formatWhen(lang, file.openedAt),
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
