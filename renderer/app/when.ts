import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';

/** A stored ISO time (last edited, opened, journalled) as the UI language writes it; text that is no date is shown as it is. */
export function formatWhen(lng: Language, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(lng, date);
}
