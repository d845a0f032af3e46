import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * electron-vite: main → out/main/index.js (CommonJS), preload → out/preload/index.cjs (CommonJS: a sandboxed
 * preload cannot load ESM), renderer → out/renderer (root renderer/, entry renderer/index.html, React).
 *
 * Main and preload bundle their dependencies (zod, src/): out/ is self-contained; only `electron` and Node's
 * built-ins stay external.
 */
const root = __dirname;
const rendererEntry = resolve(root, 'renderer/index.html');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'app/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'app/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The same renderer as web mode (vite.web.config.ts), with the Electron preload as its platform.
  ...(existsSync(rendererEntry)
    ? {
        renderer: {
          root: resolve(root, 'renderer'),
          plugins: [react()],
          worker: { format: 'es' as const },
          build: {
            outDir: resolve(root, 'out/renderer'),
            rollupOptions: { input: { index: rendererEntry } },
          },
        },
      }
    : {}),
});
