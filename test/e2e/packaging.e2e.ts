/**
 * Packaging: electron-builder --dir against a stand-in Electron distribution
 * (the real binary cannot be downloaded here) checks the config and what goes
 * into the app archive: the built app and main's runtime dependencies (and,
 * beside it, the PDF export's fonts),
 * no sources, tests or renderer libraries (those are bundled by Vite).
 *
 * electron-builder flips the Electron fuses (build/electron-builder.yml) in the
 * packaged binary and stops if the binary has no fuse wire. A real Electron binary
 * carries one: a sentinel string, the wire's version and length, then one byte per
 * fuse ('0' off, '1' on). The stand-in carries the same wire, with Electron's own
 * defaults, so the fuses are really flipped here and read back from the result;
 * only the rest of the binary is missing.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The fuse wire's marker in Electron binaries (@electron/fuses looks for it). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The eight fuses of wire version 1 that electron-builder sets, in wire order, with Electron's defaults. */
const ELECTRON_DEFAULT_FUSES = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
] as const;

/** The fuses of a binary, by name: true for on, false for off. */
function readFuses(binary: Buffer): Record<string, boolean> {
  const at = binary.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at === -1) throw new Error('no fuse wire in the packaged binary');
  const wire = at + FUSE_SENTINEL.length;
  expect(binary[wire]).toBe(1); // wire version
  const length = binary[wire + 1];
  return Object.fromEntries(
    ELECTRON_DEFAULT_FUSES.slice(0, length).map(([name], i) => [
      name,
      String.fromCharCode(binary[wire + 2 + i]) === '1',
    ]),
  );
}

describe('packaging', () => {
  it('builds an unpacked app whose archive holds exactly the built app and its runtime dependencies', async () => {
    const fake = await mkdtemp(join(tmpdir(), 'tm-electron-dist-'));
    const wire = Buffer.concat([
      Buffer.from(FUSE_SENTINEL, 'latin1'),
      Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
      Buffer.from(ELECTRON_DEFAULT_FUSES.map(([, state]) => state).join(''), 'latin1'),
    ]);
    await writeFile(join(fake, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# '), wire, Buffer.from('\n')]));
    await chmod(join(fake, 'electron'), 0o755);
    const output = await mkdtemp(join(tmpdir(), 'tm-dist-'));
    await run(
      'npx',
      [
        'electron-builder',
        '--dir',
        '--linux',
        '--config',
        'build/electron-builder.yml',
        `-c.electronDist=${fake}`,
        '-c.electronVersion=45.4.1',
        `-c.directories.output=${output}`,
      ],
      { env: { ...process.env, CI: 'true' }, timeout: 240_000 },
    );
    const files = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((f) =>
      f.replaceAll('\\', '/'),
    );
    for (const entry of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json'])
      expect(files).toContain(entry);
    expect(files.some((f) => f.startsWith('/node_modules/electron-store/'))).toBe(true);
    expect(files.some((f) => f.startsWith('/node_modules/zod/'))).toBe(true);
    // The PDF export's subsetter (WebAssembly, run in main) and its fonts with their licences.
    expect(files).toContain('/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm');
    expect(files).toContain('/node_modules/harfbuzzjs/package.json'); // its exports map resolves the .wasm
    expect(files.filter((f) => f.startsWith('/node_modules/harfbuzzjs/dist/'))).toEqual([
      '/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
    ]);
    const fonts = await readdir(join(output, 'linux-unpacked', 'resources', 'fonts'));
    expect(fonts.sort()).toEqual([
      'NotoSans-Bold.ttf',
      'NotoSans-Regular.ttf',
      'NotoSansSC-Bold.ttf',
      'NotoSansSC-Regular.ttf',
      'OFL-NotoSans.txt',
      'OFL-NotoSansSC.txt',
      'README.md',
    ]);
    // No sources, tests, maps or renderer libraries.
    const forbidden = files.filter((f) =>
      /^\/(electron|renderer|shared|test|docs)\/|\.map$|\/node_modules\/(react|react-dom|@xyflow|elkjs|pdf-lib|vitest|typescript)\//.test(
        f,
      ),
    );
    expect(forbidden).toEqual([]);

    // Every fuse the config sets was flipped in the packaged binary; the one it leaves alone kept its default.
    const fuses = readFuses(await readFile(join(output, 'linux-unpacked', 'touchmap')));
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  }, 300_000);
});
