// Renderer build: a static bundle served by the headless host and loaded by
// Electron from disk, so every asset path is relative (base './').
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // the CSP forbids inline scripts; keep the module preload polyfill out of index.html
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
});
