// npm test: typecheck, lint, unit, end-to-end, in that order, stopping at the first failure.
// Test counts of every runner are written to test-results/counts.json for .ci/run's summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0 };
const save = () => writeFileSync('test-results/counts.json', JSON.stringify(counts) + '\n');
save();

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function addVitestCounts(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  save();
}

function stop(step) {
  console.error(`\nnpm test: ${step} failed; later steps were not run.`);
  save();
  process.exit(1);
}

const npx = 'npx';
if (!run('system packages for the tests', 'node', ['test/e2e/ensure-chromium.mjs'])) stop('system packages');
if (!run('typecheck', npx, ['tsc', '-b'])) stop('typecheck');
if (!run('lint', npx, ['eslint', '.', '--max-warnings', '0'])) stop('lint');
if (!run('format', npx, ['prettier', '--check', '.', '--log-level', 'warn'])) stop('format');

const unitOk = run('unit tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
addVitestCounts('test-results/unit.json');
if (!unitOk) stop('unit tests');

if (!run('build', npx, ['electron-vite', 'build'])) stop('build');
const e2eOk = run('end-to-end tests', npx, [
  'vitest',
  'run',
  '--config',
  'vitest.e2e.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/e2e.json',
]);
addVitestCounts('test-results/e2e.json');
if (!e2eOk) stop('end-to-end tests');

console.log(`\nnpm test: all passed (${counts.passed} tests).`);
