// Reviewing claims on the demo project: keyboard, mouse, note, undo, and that
// everything is still there after a reload (saved the moment it was made).
import { queueRows, detailTitle, expect, test, waitForClusters } from './fixtures';

test('review by keyboard and mouse, add a note, undo, reload keeps it all', async ({ app: page }) => {
  await waitForClusters(page);
  const options = queueRows(page);
  const firstLabel = (await detailTitle(page).textContent()) ?? '';
  await expect(page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option', { selected: true })).toHaveCount(1);

  // keyboard: c marks the first cluster corroborated
  await page.keyboard.press('c');
  await expect(page.getByRole('button', { name: /Corroborated/, pressed: true })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Reviewed 1 of/ })).toBeAttached();

  // j moves on; the mouse marks the second contradicted
  await page.keyboard.press('j');
  await expect(detailTitle(page)).not.toHaveText(firstLabel);
  const secondLabel = (await detailTitle(page).textContent()) ?? '';
  await page.getByRole('button', { name: /Contradicted/ }).first().click();
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();

  // n focuses the note; leaving the field saves it
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Check the second source.');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();

  // third cluster: mark single-sourced, then undo it with u
  await page.keyboard.press('j');
  await expect(detailTitle(page)).not.toHaveText(secondLabel);
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: /Single-sourced/, pressed: true })).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByRole('status').filter({ hasText: /Undone \(/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Single-sourced/, pressed: true })).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: /Reviewed 2 of/ })).toBeAttached();

  // reload: decisions, note and history come back from the store
  await page.reload();
  await waitForClusters(page);
  await expect(options.nth(0)).toContainText(/./);
  await expect(page.getByRole('progressbar', { name: /Reviewed 2 of/ })).toBeAttached();
  await queueRows(page).filter({ hasText: firstLabel.slice(0, 40) }).first().click();
  await expect(page.getByRole('button', { name: /Corroborated/, pressed: true })).toBeVisible();
  await queueRows(page).filter({ hasText: secondLabel.slice(0, 40) }).first().click();
  await expect(page.getByRole('button', { name: /Contradicted/, pressed: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Check the second source.');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(/Contradicted/);
});

test('the queue list is keyboard-operable and shows reviewed state with text', async ({ app: page }) => {
  await waitForClusters(page);
  const list = page.getByRole('listbox', { name: 'Claim clusters' });
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '2');
  await page.keyboard.press('x');
  await expect(page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option', { selected: true })).toContainText('Reviewed Contradicted');
});
