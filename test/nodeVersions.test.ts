/**
 * README names the Node each command needs, and package.json's `engines` stay true to
 * what the dependencies themselves declare: `npm start` runs Electron (and its
 * downloader), `npm test` runs the build and test tools; the tests run on the Node
 * running this file, which `engines` must allow.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  rcompare(a: string, b: string): number;
};

const enginesOf = (pkg: string): string => {
  const json = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
  return json.engines?.node ?? '*';
};
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const projectEngines = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node as string;

/** Lowest release of each Node line from 20 to 26 that `range` allows. */
const lowestPerLine = (range: string) =>
  [20, 21, 22, 23, 24, 25, 26]
    .map((major) =>
      Array.from({ length: 40 }, (_, minor) => `${major}.${minor}.0`).find((v) => semver.satisfies(v, range)),
    )
    .filter((v): v is string => v !== undefined);

describe('the Node versions README and package.json name', () => {
  it('npm start: README names the Node that Electron and its downloader declare', () => {
    const needed = ['electron', '@electron/get', 'electron-vite', 'vite']
      .map((pkg) => semver.minVersion(enginesOf(pkg))!.version)
      .sort(semver.rcompare)[0];
    expect(needed).toBe('22.12.0');
    expect(readme).toMatch(/`npm start` needs \*\*Node 22\.12 or newer\*\*/);
  });

  it('npm test: every Node that package.json allows is allowed by the test and build tools', () => {
    const tools = [
      'vite',
      'vitest',
      'eslint',
      'electron-vite',
      '@vitejs/plugin-react',
      'typescript',
      'prettier',
      'playwright-core',
      'jsdom',
    ];
    const lowest = lowestPerLine(projectEngines);
    expect(lowest).toEqual(['20.19.0', '22.13.0', '24.0.0', '25.0.0', '26.0.0']);
    for (const version of lowest)
      for (const tool of tools)
        expect({ tool, version, ok: semver.satisfies(version, enginesOf(tool)) }).toMatchObject({ ok: true });
    expect(readme).toMatch(
      /`npm test` needs \*\*Node 20\.19 or newer on Node 20, 22\.13 or newer on Node 22,\s+or Node 24 and later\*\*/,
    );
  });

  it('the tests run on a Node that package.json allows', () => {
    expect(semver.satisfies(process.versions.node, projectEngines)).toBe(true);
  });
});
