// Screenshots of the main screens, light and dark, at 1280x800 and 1920x1080,
// saved to test-results/screenshots/ for a human to look at.
import { queueRows, expect, shot, test, waitForClusters } from './fixtures';

const screens = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Screens' });

test('main screens at 1280x800 (light)', async ({ app: page }) => {
  await waitForClusters(page);
  // a cluster with conflicts shows the most
  const conflicted = queueRows(page).filter({ has: page.locator('.conflict-count') }).first();
  if (await conflicted.count()) await conflicted.click();
  await page.keyboard.press('x');
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();
  await shot(page, 'queue-detail-1280');

  await screens(page).getByRole('button', { name: 'Articles' }).click();
  await expect(page.locator('.reader-text')).toBeVisible();
  await shot(page, 'reader-1280');

  await screens(page).getByRole('button', { name: 'Quotes' }).click();
  await expect(page.getByRole('heading', { name: 'Quotes', level: 1 })).toBeVisible();
  await expect(page.locator('.speaker').first()).toBeVisible();
  await shot(page, 'quotes-1280');

  await screens(page).getByRole('button', { name: 'Names' }).click();
  await expect(page.locator('.entity').first()).toBeVisible();
  await shot(page, 'names-1280');

  await page.getByRole('button', { name: 'Export report' }).click();
  await shot(page, 'export-dialog-1280');
});

test('dark theme and 1920x1080', async ({ app: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForClusters(page);
  const conflicted = queueRows(page).filter({ has: page.locator('.conflict-count') }).first();
  if (await conflicted.count()) await conflicted.click();
  await shot(page, 'queue-detail-dark-1280');
  await screens(page).getByRole('button', { name: 'Articles' }).click();
  await expect(page.locator('.reader-text')).toBeVisible();
  await shot(page, 'reader-dark-1280');
  await screens(page).getByRole('button', { name: 'Names' }).click();
  await expect(page.locator('.entity').first()).toBeVisible();
  await shot(page, 'names-dark-1280');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screens(page).getByRole('button', { name: 'Claims' }).click();
  await waitForClusters(page);
  await shot(page, 'queue-detail-1920');
  await screens(page).getByRole('button', { name: 'Quotes' }).click();
  await expect(page.locator('.speaker').first()).toBeVisible();
  await shot(page, 'quotes-1920');
});
