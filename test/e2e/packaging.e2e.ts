/**
 * Packaging: electron-builder --dir against a stand-in Electron distribution
 * (the real binary cannot be downloaded here) checks the config and what goes
 * into the app archive: the built app and main's runtime dependencies (and,
 * beside it, the PDF export's fonts),
 * no sources, tests or renderer libraries (those are bundled by Vite).
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('packaging', () => {
  it('builds an unpacked app whose archive holds exactly the built app and its runtime dependencies', async () => {
    const fake = await mkdtemp(join(tmpdir(), 'tm-electron-dist-'));
    await writeFile(join(fake, 'electron'), '#!/bin/sh\n');
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
  }, 300_000);
});
