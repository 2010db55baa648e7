// The HTML report opened in Chromium with JavaScript disabled: every section is
// there, in order, and the file makes no network requests. Screenshots go to
// test-results/screenshots/ for a human look (screen and print media).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { renderReport } from '../../shared/report';
import { fixtureInput } from '../report/fixture';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const shots = path.join(repoRoot, 'test-results', 'screenshots');

test.use({ javaScriptEnabled: false });

function writeReport(): string {
  const out = renderReport(fixtureInput(), 'html');
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-report-'));
  const file = path.join(dir, out.filename);
  writeFileSync(file, out.content, 'utf8');
  return pathToFileURL(file).href;
}

test('HTML report shows every section offline, without JavaScript', async ({ page }) => {
  const url = writeReport();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });

  await expect(page.locator('h1')).toHaveText('Verification report: Dunmore Flood — March');
  await expect(page.locator('h2')).toHaveText([
    'Summary',
    'Contradicted claims (1)',
    'Corroborated claims (2)',
    'Single-sourced claims (2)',
    'Unreviewed claims (not verified) (2)',
    'Quotes (3)',
    'Names and spellings (3)',
    'Articles (4)',
  ]);

  // Contradiction: both sides quoted with their sources.
  const sides = page.locator('#contradicted .side');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0)).toContainText('1,200 residents');
  await expect(sides.nth(0)).toContainText('Riverside Gazette');
  await expect(sides.nth(1)).toContainText('800 residents');
  await expect(sides.nth(1)).toContainText('Metro Daily');

  // Unreviewed claims are marked as such, never as verified.
  const unreviewed = page.locator('#unreviewed article.claim');
  await expect(unreviewed).toHaveCount(2);
  for (const card of await unreviewed.all()) {
    await expect(card).toContainText('NOT REVIEWED');
    await expect(card.locator('.badge').first()).toHaveText('Unreviewed');
  }

  await expect(page.locator('#names tbody tr')).toHaveCount(3);
  await expect(page.locator('#names')).toContainText('Ana Reyes (reviewer)');
  await expect(page.locator('#articles .hash').first()).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.locator('footer')).toContainText('2030-05-06T07:08:09.000Z');
  await expect(page.locator('footer')).toContainText('Corroborate 0.1.0');

  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: path.join(shots, 'report.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, 'report-print.png'), fullPage: true });

  expect(requests).toEqual([]);
  // The CSP would block a stray external resource before any request is seen, so also
  // check that nothing in the document points outside it.
  await expect(page.locator('[src], link[href], a[href]:not([href^="#"]), [style*="url("]')).toHaveCount(0);
});
