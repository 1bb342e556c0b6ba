import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The save worker is an entry of its own: main starts it as out/main/saveWorker.js.
      rollupOptions: {
        input: { index: resolve('electron/main.ts'), saveWorker: resolve('electron/storage/saveWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The window is sandboxed: a sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // Minified, and split: the home screen loads only its own chunk (see renderer/editor/LazyEditor.tsx).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
