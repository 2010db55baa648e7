// Starts a fresh headless host with its own temp data dir for every test and
// opens the printed URL (with its token). Stops the host and removes the dir after.
import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
export const seedsDir = path.join(repoRoot, 'seeds');

const URL_LINE = /Corroborate headless host: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/;

export interface Host {
  url: string;
  dataDir: string;
}

/**
 * `bundled`: the built dist-electron/host.mjs on plain Node, as `npm run serve` and `npm start`
 * run it; otherwise the sources through tsx, so a spec always tests the code as it is.
 */
export function startHost(dataDir: string, bundled = false): Promise<{ url: string; child: ChildProcess }> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const [cmd, entry] = bundled ? [process.execPath, path.join(repoRoot, 'dist-electron', 'host.mjs')] : [tsx, path.join(repoRoot, 'electron', 'host', 'main.ts')];
  const child = spawn(cmd, [entry, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, CORROBORATE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not print its URL in 30 s\n${out}\n${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = URL_LINE.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${out}\n${err}`));
    });
  });
}

export const test = base.extend<{ largeProject: boolean; firstRun: boolean; host: Host; app: Page }>({
  /** start on a synthetic 50,000-claim project instead of the demo */
  largeProject: [false, { option: true }],
  /** show the first-run guide (other specs start as a returning user, with the guide already seen) */
  firstRun: [false, { option: true }],
  host: async ({ largeProject }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
    if (largeProject) {
      const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
      execFileSync(tsx, [path.join(repoRoot, 'tests', 'e2e', 'populate-large.ts'), dataDir], { cwd: repoRoot, stdio: 'inherit' });
    }
    const { url, child } = await startHost(dataDir);
    await use({ url, dataDir });
    // the host was started in its own process group by this fixture; stop exactly that group
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host, firstRun }, use) => {
    if (!firstRun) await page.addInitScript(() => localStorage.setItem('corroborate.guideSeen', '1'));
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // no console error at all, from the first load on (the meta CSP carries no frame-ancestors)
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(host.url);
    await expect(page.getByRole('listbox', { name: 'Claim clusters' })).toBeVisible({ timeout: 30_000 });
    await use(page);
    // CSP violations or uncaught errors show up here
    expect(problems, 'page errors').toEqual([]);
  },
});

export { expect };

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** The detail heading of the selected cluster. */
export function detailTitle(page: Page) {
  return page.locator('.detail-title');
}

/** Rows of the claim queue (not the options of the filter selects). */
export function queueRows(page: Page) {
  return page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option');
}

/** Waits until the demo project's analysis has produced clusters. */
export async function waitForClusters(page: Page): Promise<void> {
  await expect(queueRows(page).first()).toHaveAttribute('data-cluster-id', /\d+/, { timeout: 60_000 });
  await expect(detailTitle(page)).toBeVisible();
}
