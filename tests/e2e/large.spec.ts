// A 50,000-claim project (25,000 clusters): the queue renders only a window of rows,
// jumps to the end, marks a cluster there and searches without the page stalling.
// Timings are printed, not asserted: figures belong in benchmarks, not in tests.
import { expect, queueRows, shot, test } from './fixtures';

test.use({ largeProject: true });

test('the queue stays usable with 50,000 claims', async ({ app: page }) => {
  const list = page.getByRole('listbox', { name: 'Claim clusters' });
  await expect(page.getByRole('progressbar', { name: /Reviewed 0 of 25000 claim clusters/ })).toBeAttached({ timeout: 30_000 });
  await expect(queueRows(page).first()).toHaveAttribute('data-cluster-id', /\d+/);
  // virtualised: a window of rows exists in the DOM, not 25,000
  expect(await queueRows(page).count()).toBeLessThan(100);

  // End jumps to the last cluster; its row loads and shows its position
  await list.focus();
  let t0 = Date.now();
  await page.keyboard.press('End');
  const selected = list.getByRole('option', { selected: true });
  await expect(selected).toHaveAttribute('aria-posinset', '25000');
  await expect(selected).toHaveAttribute('data-cluster-id', /\d+/);
  console.log(`large project: End -> last of 25,000 rows loaded in ${Date.now() - t0} ms`);

  // marking it is saved and counted at once
  t0 = Date.now();
  await page.keyboard.press('c');
  await expect(page.getByRole('progressbar', { name: /Reviewed 1 of 25000/ })).toBeAttached();
  console.log(`large project: decision on row 25,000 shown in ${Date.now() - t0} ms`);
  await expect(selected).toContainText('Reviewed Corroborated');

  // full-text search narrows the queue (FTS5)
  t0 = Date.now();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('minister summit');
  await expect(page.getByText(/clusters? shown/)).not.toHaveText(/^25,?000 clusters shown/);
  console.log(`large project: search narrowed the queue in ${Date.now() - t0} ms (${await page.getByText(/clusters? shown/).textContent()})`);
  await expect(page.getByText(/clusters? shown/)).toHaveText(/^[1-9][\d,]* clusters? shown/);
  // a cluster matches when one of its claims does: the row shows that claim, the evidence too
  await expect(queueRows(page).first()).toContainText(/minister.*summit|summit.*minister/);
  await queueRows(page).first().click();
  await expect(page.getByRole('region', { name: 'Claim detail' })).toContainText(/minister.*summit|summit.*minister/);
  expect(await queueRows(page).count()).toBeLessThan(100);
  await shot(page, 'queue-50k-claims');
});
