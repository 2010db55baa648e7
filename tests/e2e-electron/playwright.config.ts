// The Electron spec has its own config: it launches the app through
// Playwright's _electron (no browser project, no web server), one worker.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e-electron',
});
