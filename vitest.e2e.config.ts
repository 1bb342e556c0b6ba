import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Each test starts its own Chromium; two cores run two at most.
    fileParallelism: false,
  },
});
