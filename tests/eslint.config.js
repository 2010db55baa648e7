// Lint rules, chiefly the process boundaries (VS Code style runtime folders):
//   shared/   pure TypeScript: no Node, DOM-only libraries, Electron or database
//   renderer/ browser only: never Node, Electron or the database
//   electron/ Node side: never the renderer's code
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url', 'stream', 'util', 'buffer'];
const engineDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'engine');
const typesFile = path.resolve(engineDir, '..', 'types');

/** A file of shared/engine/<stage>/ may import shared/engine/text/, shared/types.ts and its own stage only. */
const engineStageImports = {
  meta: { type: 'problem', schema: [], messages: { cross: "{{stage}}/ may import only shared/engine/text/, shared/types.ts and its own folder, not '{{spec}}'" } },
  create(context) {
    const stage = path.relative(engineDir, context.filename).split(path.sep)[0];
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), spec).replace(/\.ts$/, '');
      const rel = path.relative(engineDir, target).split(path.sep);
      const ok = target === typesFile || (rel[0] !== '..' && (rel[0] === stage || rel[0] === 'text'));
      if (!ok) context.report({ node, messageId: 'cross', data: { stage, spec } });
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check };
  },
};

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', 'test-results/**', 'playwright-report/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([...NODE, 'electron', 'better-sqlite3', 'react', 'react-dom', 'zustand', '**/electron/**', '**/renderer/**'], 'shared/ is pure TypeScript: no Node, Electron, React or database imports.'),
  },
  // Inside the engine, a stage imports only the text layer, shared/types.ts and its own folder.
  {
    files: ['shared/engine/*/**/*.ts'],
    plugins: { corroborate: { rules: { 'engine-stage-imports': engineStageImports } } },
    rules: { 'corroborate/engine-stage-imports': 'error' },
  },
  {
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    rules: restrict([...NODE, 'electron', 'better-sqlite3', '**/electron/**'], 'renderer/ runs in the browser sandbox: talk to the main side only through the API client.'),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict(['**/renderer/**', 'react', 'react-dom', 'zustand'], 'electron/ must not depend on renderer code.'),
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-console': 'off' },
  },
);
