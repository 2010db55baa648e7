// Resolving a flagged spelling conflict: choose the spelling and confirm it is one person.
import { expect, test } from './fixtures';

test('resolve a name conflict and keep it after reload', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('menuitem', { name: 'Settings…' }).click();
  await page.getByLabel('Reviewer name').fill('E2E Reviewer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Names' }).click();
  const conflict = page.locator('.entity-conflict').first();
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Spelling conflict');
  const name = (await conflict.locator('h2').textContent()) ?? '';
  const other = conflict.getByRole('button', { name: 'Use this spelling' }).first();
  const spelling = ((await other.locator('xpath=ancestor::tr/td[1]').textContent()) ?? '').trim();
  await other.click();
  const card = page.locator('.entity').filter({ has: page.getByRole('heading', { name: spelling, exact: true }) });
  await expect(card).toContainText('chosen by E2E Reviewer');
  await card.getByRole('button', { name: /Confirm same person/ }).click();
  await expect(card).toContainText('Confirmed same person');
  expect(spelling).not.toBe(name);

  await page.reload();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Names' }).click();
  const again = page.locator('.entity').filter({ has: page.getByRole('heading', { name: spelling, exact: true }) });
  await expect(again).toContainText('chosen by E2E Reviewer');
  await expect(again).toContainText('Confirmed same person');
});
