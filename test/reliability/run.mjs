// npm run reliability: the kill test at full size (300 SIGKILLs), figures written to
// test/reliability/results.json. The kill logic lives in killTest.ts; it is bundled here
// for plain Node, since the repository has no TypeScript runner besides Vitest.
// Usage: node test/reliability/run.mjs [iterations]
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = process.cwd();
const iterations = Number(process.argv[2] ?? 300);
const outDir = join(root, 'out/reliability/runner');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'test/reliability/killTest.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
  },
});
const { runKillTest } = await import(pathToFileURL(join(outDir, 'killTest.js')).href);

const results = await runKillTest({
  iterations,
  outDir: join(root, 'out/reliability/child-run'),
  keepFailedDirs: true,
  progress: (line) => process.stdout.write(`${line}\n`),
});
const figures = { measuredAt: new Date().toISOString(), node: process.version, platform: process.platform, ...results };
await writeFile(join(root, 'test/reliability/results.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));

const failed =
  results.unreadableProjectFiles +
  results.unreadableBackupFiles +
  results.unreadableLibraryFiles +
  results.tempFilesLeftAfterStart +
  results.staleRecoveries +
  results.invalidRecoveries +
  results.childErrors;
process.exit(failed === 0 && results.kills === iterations ? 0 : 1);
