import type { Language } from './languages';

/**
 * A duration in seconds as the language writes a short one: "45 sec", "7 min",
 * "1 min 30 sec", "1 hr 5 min" (units and their joining from Intl, so every language
 * gets its own words and spacing). Rounded to whole seconds; parts that are 0 are left out.
 *
 * @example formatDuration('en', 3900) // "1 hr 5 min"
 */
export function formatDuration(lng: Language, seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(lng, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts: string[] = [];
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes) parts.push(unit(minutes, 'minute'));
  if (secs || parts.length === 0) parts.push(unit(secs, 'second'));
  return new Intl.ListFormat(lng, { style: 'narrow', type: 'unit' }).format(parts);
}
