import { defineConfig } from 'vitest/config';

// `npm run bench`: the benchmark is a script run in Vitest's module runner (for TypeScript), not a test suite.
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench-run.ts'],
    // One bench file at a time: figures taken while another bench loads the CPU would be wrong.
    fileParallelism: false,
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    // The full run (five sizes up to 5,000 steps, traced gestures, both apps) is long.
    testTimeout: 60 * 60_000,
    hookTimeout: 120_000,
  },
});
