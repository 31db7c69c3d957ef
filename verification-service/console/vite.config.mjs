import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { coreClientSourceAliases } from '../../core-client/scripts/sourceAliases.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The console's browser bundle, served by the service under /console/ (src/console/registerConsoleApp.ts).
 * No inline script or style is emitted, so the page runs under `script-src 'self'; style-src 'self'`.
 */
export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [preact({ devToolsInProdBuild: false, prerender: { enabled: false } })],
  resolve: {
    alias: coreClientSourceAliases,
  },
  build: {
    outDir: resolve(here, '../dist/console-app'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  logLevel: 'warn',
});
