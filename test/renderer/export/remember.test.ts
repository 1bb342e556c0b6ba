import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/ipc';
import type { ExportChoices } from '../../../renderer/export/choices';
import { exportDefaultsOf } from '../../../renderer/export/remember';

describe('the export choices remembered between sessions', () => {
  it('are every field of the settings schema exportDefaults, with the dialog values, and pass the schema', () => {
    // Dialog choices that differ from the defaults wherever they can, plus fields that are not remembered.
    const remembered = {
      ...DEFAULT_SETTINGS.exportDefaults,
      format: 'svg',
      scale: 3,
      background: 'transparent',
      includeTitle: false,
      includeLegend: false,
      includeDate: false,
      paper: 'A3',
      frame: 'A4',
      insightsPage: true,
      theme: 'dark',
      language: 'et',
      includeComments: true,
    };
    const choices = { ...remembered, scope: 'selection', rows: ['emotion'] } as unknown as ExportChoices;
    const out = exportDefaultsOf(choices);
    const fields = Object.keys(settingsSchema.shape.exportDefaults.shape).sort();
    expect(Object.keys(out).sort()).toEqual(fields);
    for (const key of fields) expect(out[key as keyof typeof out]).toEqual(remembered[key as keyof typeof remembered]);
    expect(settingsSchema.shape.exportDefaults.safeParse(out).success).toBe(true);
  });
});
