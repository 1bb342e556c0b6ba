/**
 * How backups are named to the user: when each was saved and its size, in the UI language
 * (or the locale given).
 */
import type { BackupInfo } from '../../../shared/ipc';
import { matchLanguage } from '../../../shared/i18n/languages';
import i18n, { currentLanguage } from '../../i18n';
import { formatBytes } from '../size';

export { formatBytes };

/** A backup as the dialog shows it. */
export interface BackupRow {
  backup: BackupInfo;
  /** When it was saved, in the locale given; unique within one listing. */
  when: string;
  /** Its size, e.g. "12.4 KB". */
  size: string;
}

const MINUTES: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
// Style options cannot be combined with fractional seconds, so the precise form spells out its parts.
const PRECISE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
};

function formatDate(iso: string, options: Intl.DateTimeFormatOptions, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * Rows for the backups dialog, in the order given (main lists the newest first). Two backups
 * saved within the same second would read the same, and so would their Restore buttons: those
 * are shown to the millisecond; should even that repeat, a counter is added. Dates are written
 * in `locale` (the UI language unless given), words and numbers in its language.
 */
export function backupRows(backups: readonly BackupInfo[], locale: string = currentLanguage()): BackupRow[] {
  const plain = backups.map((b) => formatDate(b.savedAt, MINUTES, locale));
  const seen = new Map<string, number>();
  const lng = matchLanguage(locale);
  return backups.map((backup, i) => {
    const clash = plain.indexOf(plain[i]) !== plain.lastIndexOf(plain[i]);
    let when = clash ? formatDate(backup.savedAt, PRECISE, locale) : plain[i];
    const count = (seen.get(when) ?? 0) + 1;
    seen.set(when, count);
    if (count > 1) when = i18n.t('backups.repeated', { when, n: count, lng });
    return { backup, when, size: formatBytes(backup.bytes, lng) };
  });
}
