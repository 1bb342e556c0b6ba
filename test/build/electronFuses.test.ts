/**
 * The packaged app's Electron fuses, read from build/electron-builder.yml the way
 * electron-builder reads it (its own config loader and schema check). The packaging
 * end-to-end test (test/e2e/packaging.e2e.ts) checks that they end up in the binary.
 */
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Each fuse and the value the packaged app must have. */
export const REQUIRED_FUSES = {
  // Off: no running the binary as plain Node (ELECTRON_RUN_AS_NODE), no NODE_OPTIONS, no
  // --inspect arguments, no extra privileges for file:// pages.
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  grantFileProtocolExtraPrivileges: false,
  // On: the app loads only from its asar archive, whose integrity is checked; cookies encrypted.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
} as const;

describe('Electron fuses in the packaging config', () => {
  it('sets every fuse as the security rules require, in a config electron-builder accepts', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'build/electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    const fuses = config.electronFuses ?? {};
    for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
      expect({ fuse, value: fuses[fuse as keyof typeof fuses] }).toEqual({ fuse, value });
    }
    // The app is packed into an asar archive, which onlyLoadAppFromAsar depends on.
    expect(config.asar).toBe(true);
  });
});
