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
    rollupOptions: {
      output: {
        // The dashboard's image library is fetched only when its button is pressed: name its
        // chunk so that `measure-bundle.ts` shows what it weighs.
        manualChunks: (id) =>
          id.includes('/node_modules/modern-screenshot/') ? 'modern-screenshot' : undefined,
      },
    },
  },
  server: {
    proxy: { '/api': { target: process.env.VEDICH_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
