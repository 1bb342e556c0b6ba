/**
 * Installers register the touchmap:// scheme of workshop join links: build/electron-builder.yml
 * `protocols`, read the way electron-builder reads it. On Linux electron-builder turns it into
 * `x-scheme-handler/touchmap` in the .desktop file's MimeType, with %U on its Exec line.
 */
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { JOIN_PROTOCOL } from '../../electron/joinLinks';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('join links in the packaging config', () => {
  it('declares the scheme main registers, in a config electron-builder accepts', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'build/electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    const protocols = [config.protocols ?? []].flat();
    expect(protocols).toEqual([{ name: expect.any(String), schemes: [JOIN_PROTOCOL] }]);
  });
});
