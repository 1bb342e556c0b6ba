// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createServices } from '../../electron/handlers';
import { mainLanguage, setMainLanguage } from '../../electron/language';
import { describeIoError } from '../../electron/storage/projectFiles';
import { Channels, validateRequest, type LanguageInfo } from '../../shared/ipc';
import type { Channel, Handlers, Request } from '../../shared/ipc';
import { folderTrash } from '../support/trash';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) throw new Error(request.error);
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

function start(dataDir: string, systemLocales: string[], onLanguageChange = vi.fn<(info: LanguageInfo) => void>()) {
  const services = createServices({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    log: () => undefined,
    systemLocales,
    onLanguageChange,
  });
  return { ...services, onLanguageChange };
}

describe('the UI language in main', () => {
  it('follows the system language at first start, English when Touchmap does not speak it', async () => {
    const hungarian = start(await tempDir(), ['hu-HU', 'en-US']);
    expect(await call(hungarian.handlers, Channels.getLanguage, undefined)).toEqual({
      ok: true,
      value: { language: 'hu', chosen: null, system: 'hu' },
    });
    expect(mainLanguage()).toBe('hu');
    const german = start(await tempDir(), ['de-DE']);
    expect(await call(german.handlers, Channels.getLanguage, undefined)).toEqual({
      ok: true,
      value: { language: 'en', chosen: null, system: 'en' },
    });
  });

  it('switches on a settings change, tells main, and keeps the choice over a restart', async () => {
    const dir = await tempDir();
    const first = start(dir, ['hu-HU']);
    const saved = await call(first.handlers, Channels.setSettings, { settings: { language: 'zh-CN' } });
    expect(saved.ok && saved.value.language).toBe('zh-CN');
    expect(first.onLanguageChange).toHaveBeenCalledExactlyOnceWith({
      language: 'zh-CN',
      chosen: 'zh-CN',
      system: 'hu',
    });
    expect(mainLanguage()).toBe('zh-CN');
    // Other settings do not announce a language change.
    await call(first.handlers, Channels.setSettings, { settings: { views: {} } });
    expect(first.onLanguageChange).toHaveBeenCalledTimes(1);
    await first.library.flush();

    const again = start(dir, ['hu-HU']);
    expect(await call(again.handlers, Channels.getLanguage, undefined)).toEqual({
      ok: true,
      value: { language: 'zh-CN', chosen: 'zh-CN', system: 'hu' },
    });
    // null follows the system again.
    expect(again.language.choose(null)).toEqual({ language: 'hu', chosen: null, system: 'hu' });
    expect(again.onLanguageChange).toHaveBeenLastCalledWith({ language: 'hu', chosen: null, system: 'hu' });
    await again.library.flush();
  });

  it('refuses a language Touchmap does not speak', () => {
    expect(validateRequest(Channels.setSettings, { settings: { language: 'de' } }).ok).toBe(false);
    expect(validateRequest(Channels.setSettings, { settings: { language: null } }).ok).toBe(true);
    expect(validateRequest(Channels.getLanguage, { language: 'hu' }).ok).toBe(false);
  });

  it("writes main's error messages in the UI language", async () => {
    const { handlers, language, library } = start(await tempDir(), ['en-US']);
    const token = 'A'.repeat(32);
    const english = await call(handlers, Channels.openFile, { token });
    expect(english).toEqual({
      ok: false,
      error: 'Touchmap did not offer that file to open. Please open it with File > Open.',
    });
    language.choose('hu');
    const hungarian = await call(handlers, Channels.openFile, { token });
    expect(hungarian.ok).toBe(false);
    expect(!hungarian.ok && hungarian.error).toMatch(/^A Touchmap nem ajánlotta fel ezt a fájlt/);
    language.choose('zh-CN');
    const refused = await call(handlers, Channels.openDropped, { path: '/maps/notes.txt' });
    expect(!refused.ok && refused.error).toBe(
      '只能打开Touchmap项目（.touchmap）、Touchmap导出的图片（.png、.svg）和交互式地图（.html）。',
    );
    await library.flush();
  });

  it('describes disk trouble in the UI language', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    setMainLanguage('en');
    expect(describeIoError(full)).toBe('The disk is full.');
    setMainLanguage('lt');
    expect(describeIoError(full)).toBe('Diskas pilnas.');
    setMainLanguage('zh-CN');
    expect(describeIoError(Object.assign(new Error('EIO'), { code: 'EIO' }))).toBe('无法读取或写入文件（EIO）。');
    setMainLanguage('en');
  });
});
