/**
 * The save worker built for plain Node (as electron-vite builds it for main), for the tests
 * and benches that run the library from source under Vitest, where a worker cannot load
 * TypeScript. Dependencies stay real imports, so the output must live inside the repository.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAVE_WORKER_SOURCE = join(ROOT, 'electron/storage/saveWorker.ts');

/** Build the save worker into `out/<name>/saveWorker.js` and return its path. */
export async function buildSaveWorker(name = 'test-save-worker'): Promise<string> {
  const { build } = await import('vite');
  const outDir = join(ROOT, 'out', name);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { ssr: SAVE_WORKER_SOURCE, outDir, emptyOutDir: true, minify: false, target: 'node20' },
  });
  return join(outDir, 'saveWorker.js');
}
