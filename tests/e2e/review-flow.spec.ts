// The review flow of a long session: j/k open the next claim at its top, auto-advance
// after a verdict (off by default, remembered), reopening each project at the cluster the
// reviewer was on, and the reviewer's verdict shown above the suggestion.
import type { Page } from '@playwright/test';
import { detailTitle, expect, queueRows, shot, test, waitForClusters } from './fixtures';

const selected = (page: Page) => page.getByRole('listbox', { name: 'Claim clusters' }).getByRole('option', { selected: true });
const detailPane = (page: Page) => page.getByRole('region', { name: 'Claim detail' });
const autoAdvance = (page: Page) => detailPane(page).getByRole('checkbox', { name: 'Next claim after a verdict' });
const projectButton = (page: Page) => page.getByRole('button', { name: /^Project:/ });

test('j and k open the next claim at the top of the detail pane', async ({ app: page }) => {
  // a short window, so every cluster's detail scrolls
  await page.setViewportSize({ width: 1280, height: 600 });
  await waitForClusters(page);
  const pane = detailPane(page);
  for (const key of ['j', 'j', 'k']) {
    await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    const before = (await detailTitle(page).textContent()) ?? '';
    await page.keyboard.press(key);
    await expect(detailTitle(page)).not.toHaveText(before);
    expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(detailTitle(page)).toBeInViewport();
  }
  // a click in the queue too
  await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await queueRows(page).nth(4).click();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '5');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0);
  await shot(page, 'review-jk-detail-top');
});

test('auto-advance after a verdict: off by default, on with the toggle, remembered after a reload', async ({ app: page }) => {
  await waitForClusters(page);
  await expect(autoAdvance(page)).not.toBeChecked();
  // off: the claim stays open with its verdict
  await page.keyboard.press('c');
  await expect(page.getByRole('button', { name: /Corroborated/, pressed: true })).toBeVisible();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '1');

  // on: x marks the claim and opens the next one
  await autoAdvance(page).check();
  await page.keyboard.press('x'); // the toggle has the focus; verdict keys still work
  await expect(selected(page)).toHaveAttribute('aria-posinset', '2');
  await expect(queueRows(page).nth(0)).toContainText('Reviewed Contradicted');
  // the mouse too
  await page.getByRole('button', { name: /Single-sourced/ }).click();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '3');
  await expect(queueRows(page).nth(1)).toContainText('Reviewed Single-sourced');
  await expect(page.getByRole('progressbar', { name: /Reviewed 2 of/ })).toBeAttached();
  // Clear does not move on
  await queueRows(page).nth(1).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('progressbar', { name: /Reviewed 1 of/ })).toBeAttached();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '2');

  // remembered, and the same setting in Settings
  await page.reload();
  await waitForClusters(page);
  await expect(autoAdvance(page)).toBeChecked();
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('menuitem', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('checkbox', { name: 'After a verdict, go to the next claim' })).toBeChecked();
  await settings.getByRole('checkbox', { name: 'After a verdict, go to the next claim' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(autoAdvance(page)).not.toBeChecked();
});

test('each project reopens at the cluster the reviewer was on, after a reload and after switching', async ({ app: page }) => {
  await waitForClusters(page);
  const demoName = /^Project: (.*)\. Switch/.exec((await projectButton(page).getAttribute('aria-label')) ?? '')?.[1] ?? '';
  await queueRows(page).nth(6).click();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '7');
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: /Single-sourced/, pressed: true })).toBeVisible();
  const title = (await detailTitle(page).textContent()) ?? '';

  await page.reload();
  await waitForClusters(page);
  await expect(selected(page)).toHaveAttribute('aria-posinset', '7');
  await expect(detailTitle(page)).toHaveText(title);
  await expect(page.getByRole('button', { name: /Single-sourced/, pressed: true })).toBeVisible();

  // a second project has its own place; the demo keeps its own
  await projectButton(page).click();
  await page.getByLabel('New project').fill('Second story');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('No claims yet.')).toBeVisible();
  await projectButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  await dialog.getByRole('row').filter({ has: page.getByRole('textbox', { name: `New name for ${demoName}` }) }).getByRole('button', { name: 'Open' }).click();
  await expect(selected(page)).toHaveAttribute('aria-posinset', '7');
  await expect(detailTitle(page)).toHaveText(title);

  // a filtered selection is remembered too (found by its claim, not its position)
  await page.getByLabel('Verdict', { exact: true }).selectOption('corroborated');
  await queueRows(page).nth(2).click();
  const filteredTitle = (await detailTitle(page).textContent()) ?? '';
  await page.reload();
  await waitForClusters(page);
  await expect(detailTitle(page)).toHaveText(filteredTitle);
});

test("the reviewer's verdict is the prominent badge, the suggestion secondary", async ({ app: page }) => {
  await waitForClusters(page);
  const head = detailPane(page).locator('.detail-head');
  // unreviewed: an outlined "Unreviewed" under "Your verdict", the suggestion in muted words
  await expect(head.locator('.your-verdict')).toContainText('Your verdict');
  await expect(head.locator('.your-verdict .badge')).toHaveText(/Unreviewed/);
  await expect(head.locator('.suggestion')).toHaveText(/^. Suggested (corroborated|contradicted|single-sourced)$/);

  // a verdict that differs from the suggestion
  const suggested = ((await head.locator('.suggestion').textContent()) ?? '').includes('corroborated') ? 'x' : 'c';
  await page.keyboard.press(suggested);
  const mine = suggested === 'x' ? 'Contradicted' : 'Corroborated';
  await expect(head.locator('.your-verdict .badge')).toHaveText(new RegExp(mine));
  // filled, larger and first: it outweighs the suggestion
  const sizes = await head.evaluate((h) => {
    const badge = h.querySelector('.your-verdict .badge') as HTMLElement;
    const sugg = h.querySelector('.suggestion') as HTMLElement;
    const cs = (el: HTMLElement) => getComputedStyle(el);
    return {
      badgeFont: parseFloat(cs(badge).fontSize),
      suggFont: parseFloat(cs(sugg).fontSize),
      badgeBg: cs(badge).backgroundColor,
      suggBg: cs(sugg).backgroundColor,
      badgeFirst: !!(badge.compareDocumentPosition(sugg) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
  expect(sizes.badgeFont).toBeGreaterThan(sizes.suggFont);
  expect(sizes.badgeBg).not.toBe('rgba(0, 0, 0, 0)');
  expect(sizes.suggBg).toBe('rgba(0, 0, 0, 0)');
  expect(sizes.badgeFirst).toBe(true);

  // the row: the reviewer's verdict filled and first, then the suggestion
  const row = selected(page);
  await expect(row.locator('.qrow-meta .badge.solid')).toHaveText(new RegExp(mine));
  await expect(row.locator('.qrow-meta .suggestion')).toContainText('Suggested');
  await expect(row.locator('.qrow-state.solid')).toBeVisible();
  // agreeing with the suggestion is two quiet words
  await page.keyboard.press('j');
  const next = (await detailPane(page).locator('.suggestion').textContent()) ?? '';
  const key = next.includes('corroborated') ? 'c' : next.includes('contradicted') ? 'x' : 's';
  await page.keyboard.press(key);
  await expect(selected(page).locator('.qrow-meta .suggestion')).toHaveText('as suggested');
  await shot(page, 'review-verdict-prominence');
});
