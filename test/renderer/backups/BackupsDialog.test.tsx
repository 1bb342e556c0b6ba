// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerQuestions, stopAnswering } from '../answers';
import type { Api, BackupInfo, Result } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { blankProject } from '../../../shared/model/defaults';
import { BackupsDialog } from '../../../renderer/app/backups';

beforeAll(() => {
  process.env.TZ = 'UTC';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  stopAnswering();
});

const NEWER: BackupInfo = {
  name: '2025-03-04T09-05-07-000Z.touchmap',
  savedAt: '2025-03-04T09:05:07.000Z',
  bytes: 14_336,
};
const OLDER: BackupInfo = {
  name: '2025-03-03T17-30-00-000Z.touchmap',
  savedAt: '2025-03-03T17:30:00.000Z',
  bytes: 900,
};
const RESTORED: Project = blankProject({ id: 'p-1', name: 'Checkout', now: '2025-03-03T17:30:00.000Z' });

/** Installs a stand-in for the preload's API with just the two calls the dialog makes. */
function fakeApi(backups: Result<BackupInfo[]>, restore: Result<Project> = { ok: true, value: RESTORED }) {
  const listBackups = vi.fn<Api['listBackups']>(async () => backups);
  const restoreBackup = vi.fn<Api['restoreBackup']>(async () => restore);
  Object.defineProperty(window, 'touchmap', { value: { listBackups, restoreBackup }, configurable: true });
  return { listBackups, restoreBackup };
}

async function show(props: { quarantined?: boolean; hasRecovery?: boolean } = {}) {
  const onClose = vi.fn();
  const onRestored = vi.fn<(project: Project, when: string) => void>();
  await act(async () => {
    render(
      <BackupsDialog projectId="p-1" projectName="Checkout" {...props} onClose={onClose} onRestored={onRestored} />,
    );
  });
  return { onClose, onRestored };
}

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const restoreButtons = () =>
  screen.queryAllByRole('button', { name: /^Restore backup from / }).map((b) => plain(b.getAttribute('aria-label')));

describe('BackupsDialog', () => {
  it('lists the backups of the project newest first, with date, size and a Restore button each', async () => {
    const { listBackups } = fakeApi({ ok: true, value: [NEWER, OLDER] });
    await show();
    expect(listBackups).toHaveBeenCalledExactlyOnceWith({ id: 'p-1' });
    const dialog = screen.getByRole('dialog', { name: 'Backups of Checkout' });
    expect(dialog).toBeTruthy();
    // jsdom's default locale is en-US.
    expect(restoreButtons()).toEqual([
      'Restore backup from Mar 4, 2025, 9:05:07 AM',
      'Restore backup from Mar 3, 2025, 5:30:00 PM',
    ]);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => plain(r.textContent))).toEqual([
      'Mar 4, 2025, 9:05:07 AM (latest)14.0 KBRestore',
      'Mar 3, 2025, 5:30:00 PM900 bytesRestore',
    ]);
  });

  it('says so when there are no backups yet', async () => {
    fakeApi({ ok: true, value: [] });
    await show();
    expect(screen.getByText(/There are no backups of “Checkout” yet/)).toBeTruthy();
    expect(restoreButtons()).toEqual([]);
  });

  it('shows why the backups could not be listed', async () => {
    fakeApi({ ok: false, error: 'This project is not in the library (it may have been deleted).' });
    await show();
    expect(screen.getByRole('alert').textContent).toBe(
      'This project is not in the library (it may have been deleted).',
    );
  });

  it('restores only after the user agrees, then hands over the restored project', async () => {
    const { restoreBackup } = fakeApi({ ok: true, value: [NEWER, OLDER] });
    const { onRestored } = await show();
    const confirm = answerQuestions(false, true);
    const older = screen.getByRole('button', { name: /^Restore backup from Mar 3, 2025/ });

    await act(async () => fireEvent.click(older));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toContain('The current version is kept as a backup');
    expect(restoreBackup).not.toHaveBeenCalled();

    await act(async () => fireEvent.click(older));
    expect(restoreBackup).toHaveBeenCalledExactlyOnceWith({ id: 'p-1', backup: OLDER.name });
    expect(onRestored).toHaveBeenCalledTimes(1);
    expect(onRestored.mock.calls[0]![0]).toBe(RESTORED);
    expect(plain(onRestored.mock.calls[0]![1])).toBe('Mar 3, 2025, 5:30:00 PM');
  });

  it('for a quarantined project, says the unreadable file stays in quarantine', async () => {
    fakeApi({ ok: true, value: [NEWER] });
    await show({ quarantined: true });
    const confirm = answerQuestions(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Restore backup from / })));
    expect(confirm.mock.calls[0]![0]).toContain('The unreadable file stays in the quarantine folder.');
  });

  it('warns that unsaved changes from an earlier session are discarded, only when there are some', async () => {
    fakeApi({ ok: true, value: [NEWER] });
    await show({ hasRecovery: true });
    const confirm = answerQuestions(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Restore backup from / })));
    expect(confirm.mock.calls[0]![0]).toContain('Unsaved changes left from an earlier session are discarded.');
    cleanup();
    await show();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Restore backup from / })));
    expect(confirm.mock.calls[1]![0]).not.toContain('Unsaved changes');
  });

  it('keeps the dialog open with the reason when a restore fails', async () => {
    fakeApi(
      { ok: true, value: [NEWER] },
      { ok: false, error: 'That backup cannot be read either: The file is empty.' },
    );
    const { onRestored } = await show();
    answerQuestions(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Restore backup from / })));
    expect(onRestored).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('That backup cannot be read either: The file is empty.');
    expect(screen.getByRole('dialog', { name: 'Backups of Checkout' })).toBeTruthy();
  });

  it('closes with Close and with Escape', async () => {
    fakeApi({ ok: true, value: [] });
    const { onClose } = await show();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
