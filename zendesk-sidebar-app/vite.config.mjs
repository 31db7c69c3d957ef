import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { coreClientSourceAliases } from '../core-client/scripts/sourceAliases.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The sidebar's browser bundle. `base: './'` because Zendesk serves an app's assets from its own
 * CDN prefix; the build script (scripts/buildApp.mjs) sets `build.outDir` to `<out>/app/assets`.
 */
export default defineConfig({
  root: resolve(here, 'src/sidebar'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: coreClientSourceAliases,
  },
  build: {
    outDir: resolve(here, 'dist/app/assets'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { entryFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' } },
  },
  logLevel: 'warn',
});
