// Renderer build: a static bundle served by the headless host and loaded by
// Electron from disk, so every asset path is relative (base './').
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { cspMeta } from '../shared/api/csp';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Writes the one CSP definition into index.html as the first tag of <head>. */
const cspTag: Plugin = {
  name: 'corroborate-csp',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  root: here,
  base: './',
  plugins: [cspTag, react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // the CSP forbids inline scripts; keep the module preload polyfill out of index.html
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
});
