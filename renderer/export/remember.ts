/**
 * The export choices the app remembers between sessions: exactly the fields of the settings
 * schema's exportDefaults, taken from the dialog's choices (so a field added to the schema is
 * remembered without a list to update here).
 */
import { settingsSchema, type Settings } from '../../shared/ipc';
import type { ExportChoices } from './choices';

const FIELDS = Object.keys(settingsSchema.shape.exportDefaults.shape) as (keyof Settings['exportDefaults'])[];

/** The remembered part of the dialog's choices, as the settings store it. */
export function exportDefaultsOf(choices: ExportChoices): Settings['exportDefaults'] {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) out[key] = (choices as unknown as Record<string, unknown>)[key];
  return out as Settings['exportDefaults'];
}
