/** File sizes as the UI language writes them (its decimal sign and unit words); 1 KB = 1,024 bytes. */
import { formatNumber } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import i18n, { currentLanguage } from '../i18n';

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const MB = 1024 * 1024;

/** Megabytes with one decimal, e.g. "12.4 MB" ("12,4 MB" in Hungarian). */
export function formatMegabytes(bytes: number, lng: Language = currentLanguage()): string {
  return i18n.t('size.mb', { size: formatNumber(lng, bytes / MB, ONE_DECIMAL), lng });
}

/** A size in bytes, KB or MB, one decimal above a kilobyte. */
export function formatBytes(bytes: number, lng: Language = currentLanguage()): string {
  if (bytes < 1024) return i18n.t('size.bytes', { count: bytes, lng });
  if (bytes < MB) return i18n.t('size.kb', { size: formatNumber(lng, bytes / 1024, ONE_DECIMAL), lng });
  return formatMegabytes(bytes, lng);
}
