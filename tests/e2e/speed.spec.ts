// Speed budgets the user feels, printed in the Playwright output (figures vary with the
// machine, so the budgets are printed with the figure; the assertions only catch a gross
// regression): host cold start to the first paint (budget 2 s) and a 100-article import
// analysed with its progress bar (budget 10 s). Screen switches on the 50,000-claim project
// are in large.spec.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, queueRows, repoRoot, shot, startHost, test } from './fixtures';
import { generatedArticles } from './generated-articles';

const budget = (ms: number, target: number) => `${Math.round(ms)} ms (budget ${target} ms${ms <= target ? '' : ', OVER'})`;

test('host cold start to first paint', async ({ page }) => {
  // the host as users start it (npm run serve, npm start): the bundle, built fresh from the sources
  execFileSync(process.execPath, [path.join(repoRoot, 'electron', 'build.mjs')], { cwd: repoRoot });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-cold-'));
  const t0 = Date.now();
  const { url, child } = await startHost(dataDir, true);
  const hostReady = Date.now() - t0;
  try {
    await page.goto(url);
    const paint = await page.evaluate(async () => {
      // wait for the first contentful paint entry of this page
      const find = () => performance.getEntriesByName('first-contentful-paint')[0];
      for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 20));
      const fcp = find();
      return fcp ? performance.timeOrigin + fcp.startTime : null;
    });
    expect(paint, 'the page painted').not.toBeNull();
    const firstPaint = (paint as number) - t0;
    // what the first paint shows: the app's own shell, not a blank page
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Claim clusters' })).toBeVisible({ timeout: 30_000 });
    const queueReady = Date.now() - t0;
    console.log(
      `speed: host cold start to first paint ${budget(firstPaint, 2000)} — host listening after ${hostReady} ms; ` +
        `demo queue (first start imports the five seed articles) after ${queueReady} ms`,
    );
    expect(firstPaint).toBeLessThan(10_000);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a 100-article import is analysed with a progress bar', async ({ app: page }) => {
  await page.getByRole('button', { name: /^Project:/ }).click();
  await page.getByLabel('New project').fill('Hundred articles');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Articles' }).click();
  const files = generatedArticles(100).map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) }));

  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(files);
  // the job bar: a progress bar with the stage and the count
  const progress = page.getByRole('progressbar', { name: /^[a-z ]+: \d+ of \d+$/ });
  await expect(progress).toBeVisible();
  const shown = Date.now() - t0;
  // a moment with work done and work left, for the screenshot
  await expect(page.getByRole('progressbar', { name: /^[a-z ]+: [1-9]\d* of \d+$/ })).toBeVisible();
  await shot(page, 'speed-import-100-progress');
  await expect(page.getByRole('status').filter({ hasText: '100 articles added' })).toBeVisible({ timeout: 60_000 });
  const done = Date.now() - t0;
  // the list is virtualised: its count line says 100, its rows are the ones on screen
  await expect(page.locator('.article-count')).toHaveText('100 articles');
  await expect(page.getByRole('list', { name: 'Articles in this project' }).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '100');
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  await expect(queueRows(page).first()).toHaveAttribute('data-cluster-id', /\d+/);
  const clusters = (await page.locator('.queue-count').textContent()) ?? '';
  console.log(`speed: 100-article import analysed in ${budget(done, 10_000)} — progress bar shown after ${shown} ms; ${clusters}`);
  expect(done).toBeLessThan(60_000);
});
