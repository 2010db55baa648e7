// Export from the button and from the menu: the browser gets a download of the rendered report.
import { readFileSync } from 'node:fs';
import { expect, test, waitForClusters } from './fixtures';

test('export HTML from the button and CSV from the menu', async ({ app: page }) => {
  await waitForClusters(page);
  await page.keyboard.press('x');
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();

  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await expect(dialog.getByLabel(/HTML report/)).toBeChecked();
  // the browser has no PDF printing through the host
  await expect(dialog.getByLabel(/PDF/)).toHaveCount(0);
  const [html] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(html.suggestedFilename()).toMatch(/\.html?$/);
  const htmlText = readFileSync((await html.path()) ?? '', 'utf8');
  expect(htmlText).toMatch(/<html/i);
  expect(htmlText).toMatch(/contradicted/i);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('menuitem', { name: 'Export report…' }).click();
  await page.getByRole('dialog').getByLabel(/CSV/).check();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Download' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
  expect(csvText.split('\n').length).toBeGreaterThan(2);
});
