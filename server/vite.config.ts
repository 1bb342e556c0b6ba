import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `npm run server`: the standalone sync server, built for Node into out/server/cli.js.
// Dependencies (Hocuspocus, yjs, ws...) stay external and load from node_modules.
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'cli.ts'),
    outDir: resolve(import.meta.dirname, '../out/server'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
});
