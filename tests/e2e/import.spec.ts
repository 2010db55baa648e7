// A new project: import the seed files through the file picker, paste one article, correct an outlet.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, queueRows, seedsDir, test } from './fixtures';

test('create a project, import seed files, paste text, correct the outlet', async ({ app: page }) => {
  await page.getByRole('button', { name: /^Project:/ }).click();
  await page.getByLabel('New project').fill('Imported story');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Project: Imported story/ })).toBeVisible();
  await expect(page.getByText('No claims yet.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Articles' }).click();
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(seedsDir, f));
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByRole('status').filter({ hasText: `${files.length} articles added` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Articles in this project' }).getByRole('listitem')).toHaveCount(files.length);

  // importing the same files again adds nothing
  await page.getByTestId('file-input').setInputFiles(files.slice(0, 1));
  await expect(page.getByText(/0 articles added, 1 already in the project/)).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Pasted note');
  await page.getByLabel('Article text').fill('Officials said on Monday that 40 people attended the meeting in Geneva, according to organisers.');
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('list', { name: 'Articles in this project' }).getByRole('listitem')).toHaveCount(files.length + 1, { timeout: 30_000 });

  const first = page.getByRole('list', { name: 'Articles in this project' }).getByRole('listitem').first();
  await first.getByRole('button', { name: /Correct outlet and date/ }).click();
  await first.getByLabel('Outlet').fill('Corrected Outlet');
  await first.getByRole('button', { name: 'Save and re-analyse' }).click();
  await expect(page.getByRole('list', { name: 'Articles in this project' })).toContainText('Corrected Outlet', { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Articles in this project' })).toContainText('(corrected)');

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Claims' }).click();
  await expect(queueRows(page).first()).toHaveAttribute('data-cluster-id', /\d+/);
});
