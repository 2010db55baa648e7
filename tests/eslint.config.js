// Lint rules, chiefly the process boundaries (VS Code style runtime folders):
//   shared/   pure TypeScript: no Node, DOM-only libraries, Electron or database
//   renderer/ browser only: never Node, Electron or the database
//   electron/ Node side: never the renderer's code
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url', 'stream', 'util', 'buffer'];
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
