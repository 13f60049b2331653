/**
 * Build of the web app: Vite with src/web as root, output to dist/web (served by `vedich serve`).
 * No React plugin: esbuild compiles TSX with the automatic runtime, which is all the app needs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true,
  },
  server: {
    proxy: { '/api': { target: process.env.VEDICH_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
