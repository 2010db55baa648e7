// The Electron app end to end, through Playwright's _electron: it loads in a
// locked-down window, lists the built-in seed articles, and a claim can be
// marked with a key. Skipped, with the reason, where Electron cannot run.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronEnv, repoRoot } from './electron-env';

const env = electronEnv();
if (!env.ok) console.log(`Electron spec skipped: ${env.reason}`);
test.skip(!env.ok, `Electron binary not available: ${env.ok ? '' : env.reason}`);

const seedCount = readdirSync(path.join(repoRoot, 'seeds')).filter((f) => f.endsWith('.txt')).length;

type Bridge = Record<string, (args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }>>;

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  if (!env.ok) return;
  for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run npm run build first`);
  }
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
  // Chromium refuses to start as root with its OS sandbox (CI containers);
  // the renderer's sandbox/contextIsolation settings are unaffected by this flag.
  const rootOnly = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') childEnv[k] = v;
  app = await electron.launch({
    executablePath: env.bin,
    // the repo root: Electron reads package.json, whose main is dist-electron/main.cjs
    args: [...rootOnly, repoRoot],
    env: { ...childEnv, CORROBORATE_DATA_DIR: dataDir, CORROBORATE_SQLITE_BINDING: env.binding },
    timeout: 60_000,
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the app loads in a locked-down window', async () => {
  await expect(page).toHaveTitle(/Corroborate/);
  const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL() ?? '');
  expect(url.startsWith('app://corroborate/')).toBe(true);
  const globals = await page.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const bridge = g.corroborate as Record<string, unknown> | undefined;
    return { require: typeof g.require, process: typeof g.process, bridgeKeys: Object.keys(bridge ?? {}).length };
  });
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.bridgeKeys).toBeGreaterThan(10);
  // no remote content: the request filter cancels it
  const remote = await page.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'blocked'));
  expect(remote).toBe('blocked');
  expect(existsSync(path.join(dataDir, 'corroborate.sqlite'))).toBe(true);
});

test('lists the seed articles', async () => {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Articles' }).click();
  const list = page.getByRole('list', { name: 'Articles in this project' });
  await expect(list.getByRole('listitem')).toHaveCount(seedCount);
});

test('marks a claim with a key', async () => {
  const reviewed = () =>
    page.evaluate(async () => {
      const bridge = (globalThis as unknown as { corroborate: Bridge }).corroborate;
      const projects = await bridge['projects.ensureDemo']!({});
      if (!projects.ok) throw new Error(projects.error);
      const projectId = (projects.value as { id: number }).id;
      const list = await bridge['clusters.list']!({ projectId, verdict: 'corroborated', verdictSource: 'reviewed' });
      if (!list.ok) throw new Error(list.error);
      return (list.value as { total: number }).total;
    });
  expect(await reviewed()).toBe(0);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  const first = page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option').first();
  await first.click();
  await page.keyboard.press('c');
  await expect.poll(reviewed).toBe(1);
});
