// @vitest-environment node
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, saveExport } from '../../electron/exports';
import { NO_DIALOGS, type Dialogs } from '../../electron/files';
import { Channels, MAX_EXPORT_BYTES, validateRequest } from '../../shared/ipc';

function dialogsAnswering(path: string | null): Dialogs & { asked: string[] } {
  const asked: string[] = [];
  return {
    ...NO_DIALOGS,
    asked,
    showExport: async (name) => {
      asked.push(name);
      return path;
    },
  };
}

describe('saving exports', () => {
  it('writes the bytes where the user chose, with the format extension, and leaves no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-export-'));
    const dialogs = dialogsAnswering(join(dir, 'map'));
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const saved = await saveExport(dialogs, { format: 'png', suggestedName: 'Saturday shop.png', data: bytes });
    expect(saved).toEqual({ path: join(dir, 'map.png') });
    expect(new Uint8Array(await readFile(join(dir, 'map.png')))).toEqual(bytes);
    expect(dialogs.asked).toEqual(['Saturday shop.png']);
    expect(await readdir(dir)).toEqual(['map.png']);
  });

  it('writes text formats as UTF-8 and returns null when the dialog is cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-export-'));
    const saved = await saveExport(dialogsAnswering(join(dir, 'r.csv')), {
      format: 'csv',
      suggestedName: 'r',
      data: '\uFEFFstage,step\r\n',
    });
    expect(saved?.path).toBe(join(dir, 'r.csv'));
    expect(await readFile(join(dir, 'r.csv'), 'utf8')).toBe('\uFEFFstage,step\r\n');
    expect(await saveExport(dialogsAnswering(null), { format: 'md', suggestedName: 'x', data: '#' })).toBeNull();
  });

  it('suggests a safe file name', () => {
    expect(exportFileName('a/b:c*?.svg', 'svg')).toBe('a b c.svg');
    expect(exportFileName('   ', 'mermaid')).toBe('journey.mmd');
  });

  it('refuses payloads that are not an export', () => {
    expect(validateRequest(Channels.saveExport, { format: 'exe', suggestedName: 'x', data: 'y' }).ok).toBe(false);
    expect(validateRequest(Channels.saveExport, { format: 'png', suggestedName: 'x', data: 42 }).ok).toBe(false);
    const tooBig = { format: 'svg', suggestedName: 'x', data: 'x'.repeat(MAX_EXPORT_BYTES + 1) };
    expect(validateRequest(Channels.saveExport, tooBig).ok).toBe(false);
    expect(
      validateRequest(Channels.saveExport, { format: 'png', suggestedName: 'x', data: new Uint8Array(3) }).ok,
    ).toBe(true);
  });
});
