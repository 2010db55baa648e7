// Filters and full-text search narrow the queue; clearing them brings everything back.
import { queueRows, expect, test, waitForClusters } from './fixtures';

function shownCount(text: string | null): number {
  const m = /([\d,]+) clusters? shown/.exec(text ?? '');
  return m?.[1] ? Number(m[1].replace(/,/g, '')) : NaN;
}

test('filter by verdict, unreviewed, article, and search', async ({ app: page }) => {
  await waitForClusters(page);
  const count = page.locator('.queue-count');
  await expect(count).toHaveText(/clusters? shown/);
  const all = shownCount(await count.textContent());
  expect(all).toBeGreaterThan(3);

  // suggested verdict filter: every row shows that suggestion
  await page.getByLabel('Verdict', { exact: true }).selectOption('single-sourced');
  await expect.poll(async () => shownCount(await count.textContent())).toBeLessThan(all);
  const rows = queueRows(page);
  const n = await rows.count();
  for (let i = 0; i < Math.min(n, 5); i++) await expect(rows.nth(i)).toContainText('Suggested single-sourced');
  await page.getByLabel('Verdict', { exact: true }).selectOption('');
  await expect.poll(async () => shownCount(await count.textContent())).toBe(all);

  // reviewing one and showing only unreviewed leaves one out
  await page.keyboard.press('c');
  await expect(page.getByRole('button', { name: /Corroborated/, pressed: true })).toBeVisible();
  await page.getByLabel('Unreviewed only').check();
  await expect.poll(async () => shownCount(await count.textContent())).toBe(all - 1);
  await page.getByLabel('Unreviewed only').uncheck();

  // reviewer verdict filter finds exactly the one reviewed
  await page.getByLabel('Verdict', { exact: true }).selectOption('corroborated');
  await page.getByLabel('Verdict by').selectOption('reviewed');
  await expect.poll(async () => shownCount(await count.textContent())).toBe(1);
  await page.getByLabel('Verdict', { exact: true }).selectOption('');

  // article filter
  const article = page.getByLabel('Article');
  const firstArticle = await article.locator('option').nth(1).getAttribute('value');
  await article.selectOption(firstArticle ?? '');
  await expect.poll(async () => shownCount(await count.textContent())).toBeLessThan(all);
  await article.selectOption('');

  // full-text search: take a word from the selected claim and find it
  const label = (await page.locator('.detail-title').textContent()) ?? '';
  const word = label.split(/\W+/).filter((w) => w.length >= 6)[0] ?? label.split(/\W+/)[0] ?? '';
  // shortcuts are off while a form control has focus; go back to the list first
  await page.getByRole('listbox', { name: 'Claim clusters' }).focus();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search claims')).toBeFocused();
  await page.keyboard.type(word);
  await expect.poll(async () => shownCount(await count.textContent())).toBeLessThan(all);
  await expect(queueRows(page).first()).toContainText(new RegExp(word, 'i'));
  await page.getByLabel('Search claims').fill('zzqxnotaword');
  await expect(page.getByText('No claims match.')).toBeVisible();
});
