// The Electron app end to end, through Playwright's _electron: it loads in a
// locked-down window, lists the built-in seed articles, and a claim can be
// marked with a key; a note and an undo survive a reload; a name conflict is
// resolved; the report is saved as HTML and PDF through the (stubbed) native
// save dialog. Skipped, with the reason, where Electron cannot run.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronEnv, repoRoot } from './electron-env';

const env = electronEnv();
if (!env.ok) console.log(`Electron spec skipped: ${env.reason}`);
test.skip(!env.ok, `Electron binary not available: ${env.ok ? '' : env.reason}`);

const seedCount = readdirSync(path.join(repoRoot, 'seeds')).filter((f) => f.endsWith('.txt')).length;

type Bridge = Record<string, (args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>>;

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
      if (!projects.ok) throw new Error(projects.error?.message);
      const projectId = (projects.value as { id: number }).id;
      const list = await bridge['clusters.list']!({ projectId, verdict: 'corroborated', verdictSource: 'reviewed' });
      if (!list.ok) throw new Error(list.error?.message);
      return (list.value as { total: number }).total;
    });
  expect(await reviewed()).toBe(0);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  const first = page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option').first();
  await first.click();
  await page.keyboard.press('c');
  await expect.poll(reviewed).toBe(1);
});

test('a note and an undo are kept across a reload', async () => {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  const rows = page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option');
  await rows.nth(1).click();
  const title = (await page.locator('.detail-title').textContent()) ?? '';
  await page.keyboard.press('x');
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type('Asked the agency.');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await rows.nth(2).click();
  await page.keyboard.press('s');
  await page.keyboard.press('u');
  await expect(page.getByRole('status').filter({ hasText: /Undone \(/ })).toBeVisible();

  await page.reload();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  await rows.filter({ hasText: title.slice(0, 40) }).first().click();
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Asked the agency.');
  await rows.nth(2).click();
  await expect(page.getByRole('button', { name: /Single-sourced/, pressed: true })).toHaveCount(0);
});

test('a spelling conflict is resolved in the Names screen', async () => {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Names' }).click();
  const conflict = page.locator('.entity-conflict').first();
  await expect(conflict).toContainText('Spelling conflict');
  const other = conflict.getByRole('button', { name: 'Use this spelling' }).first();
  const spelling = ((await other.locator('xpath=ancestor::tr/td[1]').textContent()) ?? '').trim();
  await other.click();
  const card = page.locator('.entity').filter({ has: page.getByRole('heading', { name: spelling, exact: true }) });
  await card.getByRole('button', { name: /Confirm same person/ }).click();
  await expect(card).toContainText('Confirmed same person');
});

test('the report is saved as HTML and as PDF through the save dialog', async () => {
  const target = (ext: string): string => path.join(dataDir, `report.${ext}`);
  for (const [label, ext] of [[/HTML report/, 'html'], [/PDF report/, 'pdf']] as const) {
    // the native dialog cannot be clicked by a test: answer it from the main process
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target(ext));
    await page.getByRole('button', { name: 'Export report' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export report' });
    await exportDialog.getByLabel(label).check();
    await exportDialog.getByRole('button', { name: 'Save…' }).click();
    await expect(page.getByText(`Report saved to ${target(ext)}`)).toBeVisible({ timeout: 30_000 });
  }
  expect(readFileSync(target('html'), 'utf8')).toMatch(/<html/i);
  expect(readFileSync(target('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
