import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../shared/ipc';
import { api } from '../../api';
import { openFileFlow } from './flows';

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The files recently opened or saved outside the library, newest first; missing ones are shown but cannot be opened. */
export function RecentFiles() {
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
    <section aria-label="Recent files" className="recent-files">
      <h2>Recent files</h2>
      <ul className="project-list">
        {recent.map((file) => (
          <li key={file.path} className="project-card">
            <button
              type="button"
              className="project-open"
              disabled={file.missing}
              aria-label={`Open recent file ${file.name}, ${file.path}`}
              onClick={() => void openFileFlow(file.token)}
            >
              <strong>{file.name}</strong>
              <span className="muted">
                {file.path}
                {file.missing ? ' · not found (moved, deleted, or on a drive that is not connected)' : ''} ·{' '}
                {formatWhen(file.openedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
